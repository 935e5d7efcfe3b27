// The picture under a market-cap alert: the company's market cap over the alert's day and the five
// trading days before, the reference close drawn across, the point where the level was crossed
// marked. Built from the stored quote history; a chart that cannot be drawn (no history, no share
// count) is an error its caller logs: the alert's text has gone out already.
import type { MarketView } from "../../alerts/market-state.js";
import { formatDay, formatEasternTime, formatPct, formatPrice, formatUsd } from "../../alerts/render/format.js";
import type { Alert, McapMoveAlert } from "../../alerts/types.js";
import { easternDate } from "../../market/eastern-time.js";
import { chartFilename, thinPoints, type ChartImage, type LineChart } from "./chart-spec.js";
import { pointLabel, priceHistory, tradingDaysBack, type HistoryReader } from "./price-history.js";
import { drawChart } from "./draw-off-thread.js";
import { chartKey, oneDrawing } from "./chart-cache.js";

/** At most this many points drawn (an 800-pixel chart). */
export const MAX_POINTS = 400;
/** Trading days before the alert's own that its chart shows. */
export const ALERT_DAYS_BEFORE = 5;

export interface ChartDeps {
  store: HistoryReader;
  market: Pick<MarketView, "unsavedHistory" | "sharesOf" | "companyName">;
  /** Where the numbers come from, under the title. */
  source?: string;
}

/** Why a chart was not drawn, in words for the log and the person who asked. */
export class NoChart extends Error {}

/** The chart of an alert, or undefined for kinds that have none (only market-cap moves do). */
export function chartForAlert(deps: ChartDeps, alert: Alert): Promise<ChartImage> | undefined {
  if (alert.kind !== "mcap_drop" && alert.kind !== "mcap_gain") return undefined;
  return oneDrawing(deps.store, chartKey(alert, deps.source), () => mcapAlertChart(deps, alert));
}

export async function mcapAlertChart(deps: ChartDeps, alert: McapMoveAlert): Promise<ChartImage> {
  const at = Date.parse(alert.ts);
  const day = easternDate(at);
  const fromDay = tradingDaysBack(day, ALERT_DAYS_BEFORE);
  const history = (await priceHistory(deps.store, deps.market, alert.ticker, fromDay, day)).filter((p) => p.ts <= at);
  if (history.length < 2) throw new NoChart(`no quote history for ${alert.ticker} from ${fromDay} to ${day}`);
  const last = history[history.length - 1]!;
  const spec = alert.marketCap === null || alert.referenceMarketCap === null ? priceSpec(deps, alert, history, fromDay, day) : mcapSpec(deps, alert, alert.marketCap, alert.referenceMarketCap, history, last, fromDay, day);
  const png = await drawChart(spec);
  return {
    png,
    filename: chartFilename(alert.ticker, alert.kind, day, String(at)),
    title: `${alert.ticker} ${spec.unit === "price" ? "price" : "market cap"}, ${formatDay(fromDay)} to ${formatDay(day)}`,
    altText: spec.altText,
  };
}

type HistoryPoint = Awaited<ReturnType<typeof priceHistory>>[number];
type AlertSpec = LineChart & { altText: string };

function headline(deps: ChartDeps, alert: McapMoveAlert, what: string): string {
  const name = deps.market.companyName(alert.ticker);
  return `${name ? `${name} (${alert.ticker})` : alert.ticker} ${what} ${alert.kind === "mcap_drop" ? "down" : "up"} ${formatPct(alert.changePct)} · level ${alert.level}`;
}

function mcapSpec(deps: ChartDeps, alert: McapMoveAlert, marketCap: number, referenceMarketCap: number, history: HistoryPoint[], last: HistoryPoint, fromDay: string, day: string): AlertSpec {
  // The share count the alert was measured with: its market cap over the price it fired on.
  const shares = deps.market.sharesOf(alert.ticker) ?? marketCap / last.price;
  const thinned = thinPoints(history, MAX_POINTS, history.length - 1);
  const oneDay = fromDay === day;
  const points = thinned.points.map((p) => ({ ts: p.ts, value: p.price * shares, label: pointLabel(p.ts, easternDate(p.ts), oneDay) }));
  const markedAt = thinned.kept ?? points.length - 1;
  // The marked point is the alert's own figure, not the bucket's last price.
  points[markedAt] = { ...points[markedAt]!, value: marketCap };
  const when = formatEasternTime(alert.ts);
  return {
    kind: "line",
    title: headline(deps, alert, "market cap"),
    subtitle: `${formatDay(fromDay)} – ${when} · five-minute prices × shares${deps.source ? ` · ${deps.source}` : ""}`,
    unit: "mcap",
    points,
    reference: { value: referenceMarketCap, label: `Reference close ${formatUsd(referenceMarketCap)}` },
    marker: { index: markedAt, label: `Level ${alert.level} crossed: ${formatUsd(marketCap)} at ${when.replace(/^.*, (\d\d:\d\d ET)$/, "$1")}` },
    altText: `${alert.ticker} market cap from ${formatDay(fromDay)} to ${when}: ${formatUsd(marketCap)} when level ${alert.level} was crossed, against the reference close of ${formatUsd(referenceMarketCap)}.`,
  };
}

/** A ticker without a share count has no market cap: its percentage-only alert charts the price. */
function priceSpec(deps: ChartDeps, alert: McapMoveAlert, history: HistoryPoint[], fromDay: string, day: string): AlertSpec {
  const thinned = thinPoints(history, MAX_POINTS, history.length - 1);
  const oneDay = fromDay === day;
  const points = thinned.points.map((p) => ({ ts: p.ts, value: p.price, label: pointLabel(p.ts, easternDate(p.ts), oneDay) }));
  const markedAt = thinned.kept ?? points.length - 1;
  const price = alert.price ?? points[markedAt]!.value;
  points[markedAt] = { ...points[markedAt]!, value: price };
  const reference = price / (1 + alert.changePct / 100);
  const when = formatEasternTime(alert.ts);
  return {
    kind: "line",
    title: headline(deps, alert, "price"),
    subtitle: `${formatDay(fromDay)} – ${when} · five-minute prices; market cap unknown${deps.source ? ` · ${deps.source}` : ""}`,
    unit: "price",
    points,
    reference: { value: reference, label: `Reference close ${formatPrice(reference)}` },
    marker: { index: markedAt, label: `Level ${alert.level} crossed: ${formatPrice(price)} at ${when.replace(/^.*, (\d\d:\d\d ET)$/, "$1")}` },
    altText: `${alert.ticker} price from ${formatDay(fromDay)} to ${when}: ${formatPrice(price)} when level ${alert.level} was crossed, against the reference close of ${formatPrice(reference)} (market cap unknown).`,
  };
}
