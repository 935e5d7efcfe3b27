// Requests as Slack signs them: HMAC-SHA256 of `v0:<ts>:<body>` with the signing secret.
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-0123456789";

export interface SlashCommandFields {
  text: string;
  user_id: string;
  channel_id?: string;
  team_id?: string;
  response_url: string;
}

export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    command: "/capwatch",
    text: f.text,
    team_id: f.team_id ?? "T1",
    channel_id: f.channel_id ?? "C_MARKETS",
    user_id: f.user_id,
    user_name: "someone",
    response_url: f.response_url,
    trigger_id: "1.2.3",
    api_app_id: "A1",
  }).toString();
}

export function signedHeaders(body: string, tsSeconds: number, secret = SIGNING_SECRET): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${tsSeconds}:${body}`).digest("hex")}`;
  return { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(tsSeconds), "x-slack-signature": signature };
}

export interface ClickFields {
  actionId: string;
  value?: string;
  userId: string;
  userName?: string;
  channel?: string;
  team?: string;
  messageTs: string;
  responseUrl: string;
}

/** A `block_actions` payload as Slack sends it for a button click on a message. */
export function blockActionsPayload(f: ClickFields): Record<string, unknown> {
  const team = f.team ?? "T1";
  const channel = f.channel ?? "C_MARKETS";
  return {
    type: "block_actions",
    user: { id: f.userId, username: f.userName ?? "someone", name: f.userName ?? "someone", team_id: team },
    api_app_id: "A1",
    token: "verification-token",
    container: { type: "message", message_ts: f.messageTs, channel_id: channel, is_ephemeral: false },
    trigger_id: "1.2.3",
    team: { id: team, domain: "test" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: "markets" },
    message: { type: "message", ts: f.messageTs, text: "an alert", user: "UBOT" },
    response_url: f.responseUrl,
    actions: [{ action_id: f.actionId, block_id: "capwatch_alert_actions", type: "button", text: { type: "plain_text", text: "x" }, action_ts: "1700000000.000001", ...(f.value !== undefined ? { value: f.value } : {}) }],
  };
}

/** The form body Slack posts for an interaction: `payload=<json>`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
