// The alert's buttons as a Block Kit actions block, and who acknowledged it as a context line.
// Values carry only an alert id or a ticker (bot/commands/action-click.ts reads them back); the
// source link is a URL button, https only (the view holds no other).
import type { types } from "@slack/bolt";
import { acknowledgedText, type AlertAction, type ViewAcknowledgement } from "../../../alerts/views/alert-actions.js";
import { actionIdOf, actionValueOf } from "../../commands/action-click.js";
import type { Block } from "./message.js";

export const ACTIONS_BLOCK_ID = "capwatch_alert_actions";

function button(action: AlertAction): types.Button {
  const base = { type: "button" as const, action_id: actionIdOf(action.kind), text: { type: "plain_text" as const, text: action.label, emoji: false } };
  if (action.kind === "open") return { ...base, url: action.url };
  return { ...base, value: actionValueOf(action), ...(action.kind === "ack" ? { style: "primary" as const } : {}) };
}

/** The actions block, or nothing when the alert has no buttons. */
export function actionBlocks(actions: readonly AlertAction[]): Block[] {
  if (actions.length === 0) return [];
  return [{ type: "actions", block_id: ACTIONS_BLOCK_ID, elements: actions.map(button) }];
}

/** `✓ acknowledged by @ana at 10:42 ET`: plain text, so no name can become a mention. */
export function acknowledgedBlock(ack: ViewAcknowledgement): Block {
  return { type: "context", elements: [{ type: "plain_text", text: `✓ ${acknowledgedText(ack)}`, emoji: false }] };
}
