// When each ticker's news is due (US/Eastern): every 5 minutes in and around sessions (04:00–20:00
// on NYSE trading days), every 30 minutes otherwise, and every minute in the three hours after a
// watched ticker's scheduled earnings release. Pure functions of the time and the schedule.
import { easternWallTimeToUtc } from "../../../market/eastern-time.js";
import { sessionAt } from "../../../market/sessions.js";

export const NEWS_SESSION_EVERY_MS = 5 * 60_000;
export const NEWS_QUIET_EVERY_MS = 30 * 60_000;
export const NEWS_EARNINGS_EVERY_MS = 60_000;
export const EARNINGS_WINDOW_MS = 3 * 3_600_000;

/** Before the open, releases come out around 07:00 ET; after the close, at 16:00 ET. */
const BMO_RELEASE = { hour: 7, minute: 0 };
const AMC_RELEASE = { hour: 16, minute: 0 };

/** What the schedule needs of an earnings date (the engine's schedule records satisfy it). */
export interface ScheduledEarnings {
  ticker: string;
  date: string;
  time: "bmo" | "amc" | "unknown";
}

/** The release moments of a scheduled report; an unknown time could be either. */
export function releaseMoments(e: ScheduledEarnings): number[] {
  const at = (t: { hour: number; minute: number }) => easternWallTimeToUtc(e.date, t.hour, t.minute);
  if (e.time === "bmo") return [at(BMO_RELEASE)];
  if (e.time === "amc") return [at(AMC_RELEASE)];
  return [at(BMO_RELEASE), at(AMC_RELEASE)];
}

/** Whether `nowMs` is within three hours after one of the ticker's scheduled releases. */
export function inEarningsWindow(nowMs: number, earnings: ScheduledEarnings | undefined): boolean {
  if (earnings === undefined) return false;
  return releaseMoments(earnings).some((m) => nowMs >= m && nowMs < m + EARNINGS_WINDOW_MS);
}

/** Milliseconds between two news polls of a ticker at `nowMs`. */
export function newsIntervalMs(nowMs: number, earnings: ScheduledEarnings | undefined): number {
  if (inEarningsWindow(nowMs, earnings)) return NEWS_EARNINGS_EVERY_MS;
  return sessionAt(nowMs) === "closed" ? NEWS_QUIET_EVERY_MS : NEWS_SESSION_EVERY_MS;
}

/** The tickers whose news is due at `nowMs` (never polled, or polled an interval ago, less a little slack for the tick). */
export function newsTickersDue(
  tickers: string[],
  nowMs: number,
  lastPolled: (ticker: string) => number | undefined,
  earningsOf: (ticker: string) => ScheduledEarnings | undefined,
): string[] {
  return tickers.filter((t) => {
    const last = lastPolled(t);
    return last === undefined || nowMs - last >= newsIntervalMs(nowMs, earningsOf(t)) - 5_000;
  });
}

/**
 * Finnhub's quote calls a minute once company news takes its share of the same budget: each
 * ticker's news every 5 minutes in session is tickers / 5 calls a minute. Never below one.
 */
export function quoteCallsLeftForNews(quoteCallsPerMinute: number | undefined, tickers: number, newsOnSameBudget: boolean): number | undefined {
  if (quoteCallsPerMinute === undefined || !newsOnSameBudget) return quoteCallsPerMinute;
  const news = Math.ceil((tickers * 60_000) / NEWS_SESSION_EVERY_MS);
  return Math.max(1, quoteCallsPerMinute - news);
}
