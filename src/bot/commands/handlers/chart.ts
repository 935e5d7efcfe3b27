// chart TICKER [1d|5d|1m]: the ticker's price from the stored quote history, with the close before
// the window drawn across, as a PNG under a short answer in words (last, change, high, low).
import { formatDay, formatPct, formatPrice } from "../../../alerts/render/format.js";
import { addDays, easternDate } from "../../../market/eastern-time.js";
import { chartFilename, thinPoints, type LineChart } from "../../charts/chart-spec.js";
import { pointLabel, priceHistory, tradingDaysBack } from "../../charts/price-history.js";
import { renderChart } from "../../charts/render-chart.js";
import { MAX_POINTS } from "../../charts/alert-chart.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import type { ChartRange } from "../types.js";
import { asOf } from "./footnotes.js";

const RANGE_WORDS: Record<ChartRange, string> = { "1d": "the last trading day", "5d": "five trading days", "1m": "a month" };

/** The first day a range starts on, ending at `day`; one trading day earlier for the reference close. */
function rangeStart(range: ChartRange, day: string): string {
  if (range === "1d") return day;
  if (range === "5d") return tradingDaysBack(day, 4);
  return addDays(day, -30);
}

export async function chartReply(desk: CommandDesk, ticker: string, range: ChartRange): Promise<Reply> {
  const now = desk.dataNow();
  const today = easternDate(now);
  const name = desk.engine.market.companyName(ticker);
  const title = `Chart: ${ticker}${name ? ` · ${name}` : ""} · ${range}`;
  // One trading day before the window too: its last price is the reference close drawn across.
  const lookBack = range === "1d" ? tradingDaysBack(today, 5) : tradingDaysBack(rangeStart(range, today), 1);
  const all = (await priceHistory(desk.store, desk.engine.market, ticker, lookBack, today)).filter((p) => p.ts <= now);
  const lastDay = all.length > 0 ? easternDate(all[all.length - 1]!.ts) : today;
  // `1d` is the latest day with quotes (a weekend's chart shows Friday).
  const from = rangeStart(range, lastDay);
  const inRange = all.filter((p) => easternDate(p.ts) >= from);
  const before = all.filter((p) => easternDate(p.ts) < from);
  if (inRange.length < 2) {
    return {
      title,
      text: `Not enough quote history for ${ticker} over ${RANGE_WORDS[range]} to draw (${inRange.length} price${inRange.length === 1 ? "" : "s"}). capwatch keeps 30 days of five-minute prices from the quotes it sees; a ticker nobody watches, or one before its first quotes, has none.`,
      footnotes: [asOf(desk, desk.engine.market.dataTime())],
      visibility: "private",
      tone: "error",
    };
  }
  const reference = before.length > 0 ? before[before.length - 1]!.price : undefined;
  const first = inRange[0]!;
  const last = inRange[inRange.length - 1]!;
  const prices = inRange.map((p) => p.price);
  const base = reference ?? first.price;
  const changePct = Math.round(((last.price - base) / base) * 10_000) / 100;
  const oneDay = from === lastDay;
  const thinned = thinPoints(inRange, MAX_POINTS).points;
  const spec: LineChart = {
    kind: "line",
    title: `${name ? `${name} (${ticker})` : ticker} · ${formatPct(changePct)} over ${RANGE_WORDS[range]}`,
    subtitle: `${oneDay ? formatDay(lastDay) : `${formatDay(from)} – ${formatDay(lastDay)}`} · five-minute prices · ${desk.source}`,
    unit: "price",
    points: thinned.map((p) => ({ ts: p.ts, value: p.price, label: pointLabel(p.ts, easternDate(p.ts), oneDay) })),
    ...(reference !== undefined ? { reference: { value: reference, label: `Previous close ${formatPrice(reference)}` } } : {}),
  };
  const png = await renderChart(spec);
  return {
    title,
    fields: [
      { label: "Last", value: formatPrice(last.price) },
      { label: reference !== undefined ? "Change vs previous close" : "Change over the chart", value: formatPct(changePct) },
      { label: "High", value: formatPrice(Math.max(...prices)) },
      { label: "Low", value: formatPrice(Math.min(...prices)) },
    ],
    footnotes: [`${inRange.length} five-minute prices; the chart is posted to the channel.`, asOf(desk, last.ts)],
    visibility: "channel",
    tone: "info",
    chart: {
      png,
      filename: chartFilename(ticker, range, lastDay),
      title: `${ticker} price, ${range}`,
      altText: `${ticker} price over ${RANGE_WORDS[range]} to ${formatDay(lastDay)}: last ${formatPrice(last.price)}, ${formatPct(changePct)}, high ${formatPrice(Math.max(...prices))}, low ${formatPrice(Math.min(...prices))}.`,
    },
  };
}
