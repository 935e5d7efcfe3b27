// Alerts and replies as an incoming-webhook message in Slack's JSON (`text` plus one legacy
// attachment), which Slack, Mattermost, Rocket.Chat and others accept: the title (linked to the
// document), the sentence with the quote and who said it, the key figures as short fields, colour
// by direction and severity, the event's time in the footer. Mattermost renders attachments but not
// Block Kit, so attachments it is. Text from data is escaped as Slack mrkdwn (the same rules as the
// Slack adapter's, shared rather than copied) and cut to bounds.
import { listItemText } from "../../alerts/render/text.js";
import type { AlertView } from "../../alerts/views/alert-view.js";
import type { Reply } from "../replies/reply.js";
import { escapeMrkdwn } from "../slack/blocks/escape.js";
import { clip } from "../slack/blocks/limits.js";

export interface WebhookField {
  title: string;
  value: string;
  short: boolean;
}

export interface WebhookAttachment {
  fallback: string;
  color: string;
  title: string;
  title_link?: string;
  text?: string;
  fields?: WebhookField[];
  footer?: string;
  /** The event's time, Unix seconds (Slack and Mattermost show it beside the footer). */
  ts?: number;
  mrkdwn_in: ["text"];
}

export interface WebhookMessage {
  /** The notification line, and all a client without attachments shows. */
  text: string;
  attachments: [WebhookAttachment];
}

const BOUNDS = { title: 150, text: 3000, fields: 10, field: 300, fallback: 300 } as const;

/** Falls and misses red, rises and beats green, neutral grey; deeper with severity. */
const COLOURS = { neutral: "#8d96a0", up: "#2eb67d", upStrong: "#1f8b4c", down: "#e01e5a", downSevere: "#992d22", info: "#1d9bd1", success: "#2eb67d", error: "#e01e5a" } as const;

function toneColour({ pct, severe }: AlertView["tone"]): string {
  if (pct === null || pct === 0) return COLOURS.neutral;
  if (pct > 0) return severe ? COLOURS.upStrong : COLOURS.up;
  return severe ? COLOURS.downSevere : COLOURS.down;
}

const fields = (pairs: Array<{ label: string; value: string }>): WebhookField[] | undefined =>
  pairs.length === 0 ? undefined : pairs.slice(0, BOUNDS.fields).map((f) => ({ title: clip(f.label, BOUNDS.field), value: escapeMrkdwn(clip(f.value, BOUNDS.field)), short: true }));

export function webhookAlertMessage(view: AlertView, source?: string): WebhookMessage {
  const lines = view.headline !== undefined ? [escapeMrkdwn(view.headline)] : (view.items ?? []).map((i) => escapeMrkdwn(listItemText(i).trim()));
  if (view.quote) lines.push(`> “${escapeMrkdwn(view.quote)}”`);
  if (view.said) lines.push(`— _${escapeMrkdwn(view.said)}_`);
  const seconds = Math.floor(Date.parse(view.ts) / 1000);
  const fallback = clip(`${view.title}: ${view.headline ?? view.summary}`, BOUNDS.fallback);
  return {
    text: escapeMrkdwn(fallback),
    attachments: [
      {
        fallback: escapeMrkdwn(fallback),
        color: toneColour(view.tone),
        title: clip(view.title, BOUNDS.title),
        ...(view.link ? { title_link: view.link.url } : {}),
        ...(lines.length > 0 ? { text: clip(lines.join("\n"), BOUNDS.text) } : {}),
        ...(view.figures.length > 0 ? { fields: fields(view.figures) } : {}),
        footer: clip([view.time, source ?? "capwatch"].join(" · "), BOUNDS.field),
        ...(Number.isFinite(seconds) ? { ts: seconds } : {}),
        mrkdwn_in: ["text"],
      },
    ],
  };
}

/** A reply in the same shape (the port asks for one; webhooks take no commands, so none is posted today). */
export function webhookReplyMessage(reply: Reply): WebhookMessage {
  const parts = [reply.text ?? "", ...(reply.footnotes ?? [])].filter((p) => p !== "").map(escapeMrkdwn);
  return {
    text: escapeMrkdwn(clip(reply.title, BOUNDS.fallback)),
    attachments: [
      {
        fallback: escapeMrkdwn(clip(reply.title, BOUNDS.fallback)),
        color: COLOURS[reply.tone],
        title: clip(reply.title, BOUNDS.title),
        ...(parts.length > 0 ? { text: clip(parts.join("\n"), BOUNDS.text) } : {}),
        ...(reply.fields && reply.fields.length > 0 ? { fields: fields(reply.fields) } : {}),
        mrkdwn_in: ["text"],
      },
    ],
  };
}
