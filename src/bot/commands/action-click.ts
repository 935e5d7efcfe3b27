// A click on an alert's button as it comes back from Slack (action_id + value) or Discord
// (custom_id): bounded, then checked with zod. A value carries one id, the alert's or its
// ticker's; anything else (a forged or stale value) is refused with a message, never run.
import { z } from "zod";
import { ACTION_KINDS, type AlertAction, type AlertActionKind } from "../../alerts/views/alert-actions.js";
import { TICKER_PATTERN } from "../../sources/events.js";

/** Every action id and custom id capwatch puts on a button starts with this. */
export const ACTION_PREFIX = "capwatch:";

/** Discord's custom_id limit; longer input is not ours. */
export const MAX_CLICK_CHARS = 100;

export type Click = { kind: "mute_day" | "mute_earnings" | "chart"; ticker: string } | { kind: "ack"; alertId: number } | { kind: "open" };

const tickerValue = z.string().max(10).regex(TICKER_PATTERN);
const clickSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["mute_day", "mute_earnings", "chart"]), value: tickerValue }).transform((c) => ({ kind: c.kind, ticker: c.value })),
  z.object({ kind: z.literal("ack"), value: z.string().regex(/^[1-9]\d{0,14}$/) }).transform((c) => ({ kind: c.kind, alertId: Number(c.value) })),
  z.object({ kind: z.literal("open"), value: z.string().max(0).optional() }).transform(() => ({ kind: "open" as const })),
]);

/** Slack's action_id for a kind: `capwatch:mute_day`. */
export function actionIdOf(kind: AlertActionKind): string {
  return `${ACTION_PREFIX}${kind}`;
}

/** The id a button carries: the alert's id or its ticker; nothing for a link. */
export function actionValueOf(action: AlertAction): string {
  switch (action.kind) {
    case "ack":
      return String(action.alertId);
    case "open":
      return "";
    default:
      return action.ticker;
  }
}

/** Discord's custom_id: `capwatch:ack:42`, `capwatch:chart:MSFT`. */
export function customIdOf(action: AlertAction): string {
  return `${actionIdOf(action.kind)}:${actionValueOf(action)}`;
}

/** A Slack click (action_id, value); undefined when it is not a valid capwatch button. */
export function parseSlackClick(actionId: unknown, value: unknown): Click | undefined {
  if (typeof actionId !== "string" || actionId.length > MAX_CLICK_CHARS || !actionId.startsWith(ACTION_PREFIX)) return undefined;
  if (value !== undefined && (typeof value !== "string" || value.length > MAX_CLICK_CHARS)) return undefined;
  return parse(actionId.slice(ACTION_PREFIX.length), value);
}

/** A Discord click (custom_id); undefined when it is not a valid capwatch button. */
export function parseCustomId(customId: unknown): Click | undefined {
  if (typeof customId !== "string" || customId.length > MAX_CLICK_CHARS || !customId.startsWith(ACTION_PREFIX)) return undefined;
  const rest = customId.slice(ACTION_PREFIX.length);
  const colon = rest.indexOf(":");
  return colon < 0 ? undefined : parse(rest.slice(0, colon), rest.slice(colon + 1));
}

function parse(kind: string, value: unknown): Click | undefined {
  if (!(ACTION_KINDS as readonly string[]).includes(kind)) return undefined;
  const result = clickSchema.safeParse({ kind, value });
  return result.success ? result.data : undefined;
}
