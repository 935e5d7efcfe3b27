// What a Slack message is made of here: blocks plus the plain-text fallback for notifications.
import type { types } from "@slack/bolt";
import { escapeMrkdwn } from "./escape.js";
import { clip, LIMITS } from "./limits.js";

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** The notification and screen-reader text; already escaped. */
  text: string;
  blocks: Block[];
}

/** A header block; plain text, escaped all the same so no entity or mention can be smuggled in. */
export function header(title: string): Block {
  return { type: "header", text: { type: "plain_text", text: clip(escapeMrkdwn(title), LIMITS.headerChars), emoji: false } };
}

/** A section of already-escaped mrkdwn; `verbatim` so Slack does not auto-link names or channels. */
export function section(mrkdwn: string): Block {
  return { type: "section", text: { type: "mrkdwn", text: clip(mrkdwn, LIMITS.sectionTextChars), verbatim: true } };
}

export function fieldsSection(fields: string[]): Block {
  return { type: "section", fields: fields.map((f) => ({ type: "mrkdwn", text: clip(f, LIMITS.fieldChars), verbatim: true })) };
}

export function context(parts: string[]): Block {
  return { type: "context", elements: parts.slice(0, LIMITS.contextElements).map((p) => ({ type: "mrkdwn", text: clip(p, LIMITS.sectionTextChars), verbatim: true })) };
}

export function fallback(lines: string[]): string {
  return clip(lines.filter((l) => l !== "").join("\n"), LIMITS.fallbackChars);
}
