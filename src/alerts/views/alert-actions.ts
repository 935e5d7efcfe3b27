// The buttons under an alert, in no platform's markup: what each does and the one id it carries
// (the alert's id or its ticker). Slack renders them as Block Kit buttons, Discord as message
// components; the click comes back through the command layer (bot/commands/alert-actions.ts).
import { TICKER_PATTERN } from "../../sources/events.js";
import type { Alert } from "../types.js";

export const ACTION_KINDS = ["mute_day", "mute_earnings", "ack", "open", "chart"] as const;
export type AlertActionKind = (typeof ACTION_KINDS)[number];

export type AlertAction =
  /** Mute the alert's ticker in this channel for a day, or until its next earnings (admins). */
  | { kind: "mute_day" | "mute_earnings"; label: string; ticker: string }
  /** Mark the alert seen: the message is edited to say who did, once. */
  | { kind: "ack"; label: string; alertId: number }
  /** A link to the filing, release or article (https only): no click comes back. */
  | { kind: "open"; label: string; url: string }
  /** The `chart TICKER 5d` lookup. */
  | { kind: "chart"; label: string; ticker: string };

export const ACTION_LABELS: Record<AlertActionKind, string> = {
  mute_day: "Mute 1 day",
  mute_earnings: "Mute until next earnings",
  ack: "Acknowledge",
  open: "Open source",
  chart: "Chart",
};

/** Who acknowledged the alert, as the message shows it. */
export interface ViewAcknowledgement {
  /** The name shown, without the `@`. */
  by: string;
  /** `10:42 ET`. */
  time: string;
}

export interface ActionOptions {
  /** The alert's id in the store; without it (a replay printed to the terminal) there is no Acknowledge. */
  id?: number;
  /** The https link the view shows, if any. */
  link?: string;
  acknowledged?: boolean;
}

/** The buttons for one alert: the ticker's actions when it has one ticker, Acknowledge until someone did, the link when there is one. */
export function alertActions(alert: Alert, options: ActionOptions): AlertAction[] {
  // A button carries a well-formed ticker or none: the value is bounded and read back by a schema.
  const ticker = "ticker" in alert && TICKER_PATTERN.test(alert.ticker) ? alert.ticker : undefined;
  const actions: AlertAction[] = [];
  if (ticker !== undefined) {
    actions.push({ kind: "mute_day", label: ACTION_LABELS.mute_day, ticker }, { kind: "mute_earnings", label: ACTION_LABELS.mute_earnings, ticker });
  }
  if (options.id !== undefined && !options.acknowledged) actions.push({ kind: "ack", label: ACTION_LABELS.ack, alertId: options.id });
  if (options.link !== undefined) actions.push({ kind: "open", label: ACTION_LABELS.open, url: options.link });
  if (ticker !== undefined) actions.push({ kind: "chart", label: ACTION_LABELS.chart, ticker });
  return actions;
}

const CLOCK = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** `10:42 ET`: when someone acknowledged, as the channel reads it. */
export function formatEasternClock(iso: string): string {
  return `${CLOCK.format(new Date(iso))} ET`;
}

/** `acknowledged by @ana at 10:42 ET`. */
export function acknowledgedText(ack: ViewAcknowledgement): string {
  return `acknowledged by @${ack.by} at ${ack.time}`;
}
