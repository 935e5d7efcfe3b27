// The one message a channel gets when its quiet hours end: how many alerts came in, by kind, and
// each one's line, largest figure first, bounded so it fits every platform's message. An
// AlertView like any alert's, so every platform renders it with the code it has.
import { formatEasternTime } from "../render/format.js";
import type { Alert } from "../types.js";
import { alertSize, alertView, KIND_NAMES, type AlertView, type NameOf } from "./alert-view.js";

/** Lines listed before "and N more": the summary stays readable and under Slack's 3,000-character section. */
export const SUMMARY_MAX_LINES = 20;
/** Characters of one alert's line at most. */
export const SUMMARY_LINE_CHARS = 120;

const clip = (line: string) => (Array.from(line).length > SUMMARY_LINE_CHARS ? `${Array.from(line).slice(0, SUMMARY_LINE_CHARS - 1).join("")}…` : line);

/** The summary of `alerts` (one channel's, at least one) held in quiet hours. */
export function quietSummaryView(alerts: readonly Alert[], nameOf: NameOf = () => undefined): AlertView {
  const first = alerts[0];
  if (first === undefined) throw new RangeError("a quiet-hours summary needs at least one alert");
  // ISO UTC times order as strings: the span from the earliest to the latest alert.
  const times = alerts.map((a) => a.ts).sort();
  const from = times[0] as string;
  const to = times[times.length - 1] as string;
  const counts = new Map<Alert["kind"], number>();
  for (const a of alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  // Kinds by how many came, then in the order alerts list them; each count in words.
  const byKind = [...counts].sort((a, b) => b[1] - a[1]);
  const countWords = byKind.map(([kind, n]) => `${n} ${KIND_NAMES[kind][n === 1 ? 0 : 1]}`);
  const ordered = alerts
    .map((alert, i) => ({ alert, i, size: alertSize(alert) }))
    .sort((a, b) => b.size.usd - a.size.usd || b.size.pct - a.size.pct || a.i - b.i);
  const lines = ordered.slice(0, SUMMARY_MAX_LINES).map(({ alert }) => `• ${clip(alertView(alert, nameOf).summary)}`);
  const more = alerts.length - lines.length;
  if (more > 0) lines.push(`and ${more} more: the alerts command lists them`);
  const n = alerts.length;
  const headline = `${n} alert${n === 1 ? "" : "s"} came in during quiet hours (${formatEasternTime(from)} to ${formatEasternTime(to)}): ${countWords.join(", ")}.`;
  return {
    channel: first.channel,
    ts: to,
    time: formatEasternTime(to),
    title: `QUIET HOURS SUMMARY · ${n} alert${n === 1 ? "" : "s"}`,
    summary: `quiet hours: ${countWords.join(", ")}`,
    headline: [headline, ...lines].join("\n"),
    details: [],
    figures: byKind.map(([kind, count]) => ({ label: KIND_NAMES[kind][1].replace(/^./, (c) => c.toUpperCase()), value: String(count) })),
    tone: { pct: null, severe: false },
    // A summary of several alerts has no single alert's buttons.
    actions: [],
  };
}
