// Earnings dates and results: Finnhub's calendar when keyed, Nasdaq's public calendar otherwise.
import { easternWallTimeToUtc } from "../../market/eastern-time.js";
import type { EarningsResultEvent, EarningsScheduledEvent } from "../events.js";
import { PERIOD_PATTERN } from "../events.js";
import type { FinnhubClient } from "./finnhub/finnhub-client.js";
import type { FinnhubCalendarRow } from "./finnhub/finnhub-schemas.js";
import { easternDatesAhead } from "../../market/sessions.js";
import type { NasdaqClient } from "./nasdaq/nasdaq-client.js";

export type CalendarEvent = EarningsScheduledEvent | EarningsResultEvent;

/** Days ahead the calendar is read; Nasdaq lists about 55 days, one call per day. */
export const FINNHUB_DAYS_AHEAD = 30;
export const NASDAQ_DAYS_AHEAD = 14;
/** Results reported this many days back still become events (the engine dedupes them). */
const RESULTS_DAYS_BACK = 7;

const normal = (ticker: string) => ticker.toUpperCase().replace("-", ".");

export async function finnhubCalendarEvents(client: FinnhubClient, tickers: string[], nowMs: number): Promise<CalendarEvent[]> {
  const dates = easternDatesAhead(nowMs - RESULTS_DAYS_BACK * 86_400_000, RESULTS_DAYS_BACK + FINNHUB_DAYS_AHEAD);
  const rows = await client.earningsCalendar(dates[0]!, dates[dates.length - 1]!);
  const wanted = new Map(tickers.map((t) => [normal(t), t]));
  const today = dates[RESULTS_DAYS_BACK]!;
  const out: CalendarEvent[] = [];
  for (const row of [...rows].sort((a, b) => a.date.localeCompare(b.date))) {
    const ticker = wanted.get(normal(row.symbol));
    if (ticker === undefined) continue;
    const period = periodOf(row);
    const reported = row.epsActual != null || row.revenueActual != null;
    if (reported && row.date <= today) out.push(resultEvent(ticker, row, period));
    else if (row.date >= today) {
      const event: EarningsScheduledEvent = { type: "earnings_scheduled", ts: nowMs, ticker, date: row.date, time: row.hour === "bmo" || row.hour === "amc" ? row.hour : "unknown" };
      if (period) event.period = period;
      if (row.epsEstimate != null) event.epsEstimate = row.epsEstimate;
      if (row.revenueEstimate != null && row.revenueEstimate > 0) event.revenueEstimate = row.revenueEstimate;
      out.push(event);
    }
  }
  return out;
}

export async function nasdaqCalendarEvents(client: NasdaqClient, tickers: string[], nowMs: number): Promise<CalendarEvent[]> {
  const wanted = new Map(tickers.map((t) => [normal(t), t]));
  const out: CalendarEvent[] = [];
  for (const date of easternDatesAhead(nowMs, NASDAQ_DAYS_AHEAD)) {
    const day = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) continue;
    for (const row of await client.earningsOn(date)) {
      const ticker = wanted.get(normal(row.ticker));
      if (ticker === undefined) continue;
      const event: EarningsScheduledEvent = { type: "earnings_scheduled", ts: nowMs, ticker, date, time: row.time };
      if (row.epsEstimate !== undefined) event.epsEstimate = row.epsEstimate;
      out.push(event);
    }
  }
  return out;
}

/** Stamped at the report's own time, not the poll's: the engine's dedupe key includes the time. */
function resultEvent(ticker: string, row: FinnhubCalendarRow, period: string | undefined): EarningsResultEvent {
  const ts = row.hour === "bmo" ? easternWallTimeToUtc(row.date, 8, 0) : easternWallTimeToUtc(row.date, 16, 5);
  const event: EarningsResultEvent = { type: "earnings_result", ts, ticker };
  if (period) event.period = period;
  if (row.epsActual != null) event.epsActual = row.epsActual;
  if (row.epsEstimate != null) event.epsEstimate = row.epsEstimate;
  if (row.revenueActual != null && row.revenueActual > 0) event.revenueActual = row.revenueActual;
  if (row.revenueEstimate != null && row.revenueEstimate > 0) event.revenueEstimate = row.revenueEstimate;
  return event;
}

/** Finnhub's quarter and year are fiscal, as capwatch periods are. */
function periodOf(row: FinnhubCalendarRow): string | undefined {
  if (row.quarter == null || row.year == null) return undefined;
  const period = `Q${row.quarter}-${row.year}`;
  return PERIOD_PATTERN.test(period) ? period : undefined;
}
