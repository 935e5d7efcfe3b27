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
