// earnings [TICKER | week]: the next reports with estimates, and the last results.
import { addDays, easternDate, weekday } from "../../../market/eastern-time.js";
import { surprisePct } from "../../../alerts/detectors/earnings-result.js";
import { formatDay, formatPct, formatPrice, formatUsd } from "../../../alerts/render/format.js";
import type { EarningsScheduleRecord } from "../../../store/store.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import { asOf, unknownTickers } from "./footnotes.js";

const TIME = { bmo: "before the open", amc: "after the close", unknown: "time not announced" } as const;

function calendarRows(entries: EarningsScheduleRecord[]): string[][] {
  return entries
    .sort((a, b) => (a.date === b.date ? a.ticker.localeCompare(b.ticker) : a.date.localeCompare(b.date)))
    .map((e) => [e.ticker, formatDay(e.date), TIME[e.time], e.epsEstimate === undefined ? "n/a" : formatPrice(e.epsEstimate), e.revenueEstimate === undefined ? "n/a" : formatUsd(e.revenueEstimate)]);
}

const COLUMNS = ["Ticker", "Date", "Time", "EPS est.", "Revenue est."];

function watched(desk: CommandDesk, channel: string): (ticker: string) => boolean {
  const w = desk.engine.routing.watchlistOf(channel);
  return (t) => w !== undefined && (w.tickers === "*" || w.tickers.has(t));
}

export function upcomingEarningsReply(desk: CommandDesk, channel: string, range: "next" | "week", share: boolean): Reply {
  const today = easternDate(desk.dataNow());
  const monday = addDays(today, -((weekday(today) + 6) % 7));
  const [from, to] = range === "week" ? [monday, addDays(monday, 4)] : [today, "9999-12-31"];
  const isWatched = watched(desk, channel);
  const entries = desk.engine.market.earningsSchedule().filter((e) => isWatched(e.ticker) && e.date >= from && e.date <= to);
  const title = range === "week" ? `Earnings this week (${formatDay(from)} – ${formatDay(to)})` : "Upcoming earnings";
  const visibility = share ? "channel" : "private";
  if (entries.length === 0) {
    return { title, text: "No scheduled reports for this channel's tickers.", footnotes: [asOf(desk, desk.dataNow())], visibility, tone: "info" };
  }
  return { title, table: { columns: COLUMNS, rows: calendarRows(entries) }, footnotes: ["Estimates are consensus as recorded with the date.", asOf(desk, desk.dataNow())], visibility, tone: "info" };
}

export async function tickerEarningsReply(desk: CommandDesk, ticker: string, share: boolean): Promise<Reply> {
  const next = desk.engine.market.earningsScheduleOf(ticker);
  const results = await desk.store.earningsResultsFor(ticker, 4);
  if (next === undefined && results.length === 0) return { title: `Earnings: ${ticker}`, text: unknownTickers(desk, [ticker]), footnotes: [asOf(desk, desk.dataNow())], visibility: "private", tone: "error" };
  const today = easternDate(desk.dataNow());
  const fields = [];
  if (next !== undefined && next.date >= today) {
    fields.push({ label: "Next report", value: `${formatDay(next.date)} ${next.date.slice(0, 4)}, ${TIME[next.time]}${next.period ? ` (${next.period})` : ""}` });
    fields.push({ label: "Estimates", value: `EPS ${next.epsEstimate === undefined ? "n/a" : formatPrice(next.epsEstimate)} · revenue ${next.revenueEstimate === undefined ? "n/a" : formatUsd(next.revenueEstimate)}` });
  } else {
    fields.push({ label: "Next report", value: "not announced yet" });
  }
  const name = desk.engine.market.companyName(ticker);
  return {
    title: `Earnings: ${ticker}${name ? ` · ${name}` : ""}`,
    fields,
    table:
      results.length > 0
        ? {
            columns: ["Reported", "Period", "EPS", "vs est.", "Revenue", "vs est."],
            rows: results.map((r) => [
              formatDay(easternDate(Date.parse(r.ts))),
              r.period ?? "n/a",
              formatPrice(r.epsActual ?? null),
              formatPct(surprisePct(r.epsActual, r.epsEstimate)),
              r.revenueActual === undefined ? "n/a" : formatUsd(r.revenueActual),
              formatPct(surprisePct(r.revenueActual, r.revenueEstimate)),
            ]),
          }
        : undefined,
    footnotes: [results.length > 0 ? "Last results, newest first." : "No results recorded yet.", asOf(desk, desk.dataNow())],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}
