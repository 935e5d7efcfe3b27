// Alerts as plain text, one block each, as a person would read them in a channel (the terminal,
// replays, `poll --once`): the AlertView rendered line by line.
import type { Alert } from "../types.js";
import { alertView, type AlertView, type NameOf } from "../views/alert-view.js";
import { terminalSafe } from "./terminal-safe.js";

export type { NameOf } from "../views/alert-view.js";

export function renderAlertText(alert: Alert, nameOf: NameOf = () => undefined): string {
  return alertViewText(alertView(alert, nameOf));
}

export function alertViewText(view: AlertView): string {
  const lines = [`[${view.channel}] ${view.time} · ${view.title}`];
  if (view.headline !== undefined) lines.push(`  ${view.headline}`);
  for (const line of view.details) lines.push(`  ${line}`);
  for (const i of view.items ?? []) lines.push(`  ${listItemText(i)}`);
  if (view.quote) lines.push(`  “${view.quote}”`);
  if (view.said) lines.push(`  — ${view.said}`);
  if (view.link) lines.push(`  ${view.link.url}`);
  // Names, sentences and links come from data: no control or bidi character reaches a terminal.
  return terminalSafe(lines.join("\n"));
}

/** `MSFT   Wed Jan 28, after the close (Microsoft)`: tickers padded so the days line up. */
export function listItemText(item: NonNullable<AlertView["items"]>[number]): string {
  return `${item.ticker.padEnd(6)} ${item.when}${item.name ? ` (${item.name})` : ""}`;
}
