// One drawing per alert, not per channel: the alert a ticker raises for 1,000 channels is the
// same picture in each (only its channel differs), and drawing one takes about 100 ms of the
// process's only thread (Chart.js on the canvas; docs/benchmarks.md, "Charts"). Every channel's
// worker asking within a few minutes gets the same promise, a failure included (no history then
// is no history a moment later). Kept per store, so two desks in one process never share one.
import type { Alert } from "../../alerts/types.js";
import type { ChartImage } from "./chart-spec.js";

/** How long a drawn chart is handed out again: a fan-out's channels are all served well within it. */
export const CHART_REUSE_MS = 5 * 60_000;
/** Charts kept at most per store (a burst of alerts for different tickers). */
const MAX_KEPT = 64;

interface Kept {
  at: number;
  chart: Promise<ChartImage>;
}

const byOwner = new WeakMap<object, Map<string, Kept>>();

/** What makes two alerts' charts the same: the alert without its channel and its cause link. */
export function chartKey(alert: Alert, source: string | undefined): string {
  const { channel: _channel, ...rest } = alert as Alert & { after?: unknown };
  delete (rest as { after?: unknown }).after;
  return `${source ?? ""}\u0000${JSON.stringify(rest)}`;
}

/** The chart drawn for `key` within CHART_REUSE_MS, or `draw()` now (and kept). */
export function oneDrawing(owner: object, key: string, draw: () => Promise<ChartImage>, now = Date.now()): Promise<ChartImage> {
  let kept = byOwner.get(owner);
  if (kept === undefined) byOwner.set(owner, (kept = new Map()));
  const hit = kept.get(key);
  if (hit !== undefined && now - hit.at < CHART_REUSE_MS) return hit.chart;
  for (const [k, entry] of kept) if (now - entry.at >= CHART_REUSE_MS || kept.size >= MAX_KEPT) kept.delete(k);
  const chart = draw();
  kept.set(key, { at: now, chart });
  return chart;
}
