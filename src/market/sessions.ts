// Market sessions in US/Eastern on NYSE trading days: pure functions of the time.
import { addDays, easternDate, easternOffsetMinutes } from "./eastern-time.js";
import { isNyseTradingDay } from "./nyse.js";
import { isNyseEarlyClose } from "./nyse-early-close.js";

export type Session = "pre" | "regular" | "post" | "closed";

const PRE_OPEN = 4 * 60;
const OPEN = 9 * 60 + 30;
const CLOSE = 16 * 60;
const POST_CLOSE = 20 * 60;
/** On early-close days the regular session ends at 13:00 and late trading at 17:00. */
const EARLY_CLOSE = 13 * 60;
const EARLY_POST_CLOSE = 17 * 60;

/** Minutes since midnight, US/Eastern. */
export function easternMinuteOfDay(ms: number): number {
  const local = ms + easternOffsetMinutes(ms) * 60_000;
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/**
 * The session at `ms`: pre 04:00–09:30, regular 09:30–16:00, post 16:00–20:00 ET on NYSE trading
 * days; on early-close days regular ends at 13:00 and post at 17:00.
 */
export function sessionAt(ms: number): Session {
  const date = easternDate(ms);
  if (!isNyseTradingDay(date)) return "closed";
  const early = isNyseEarlyClose(date);
  const close = early ? EARLY_CLOSE : CLOSE;
  const postClose = early ? EARLY_POST_CLOSE : POST_CLOSE;
  const minute = easternMinuteOfDay(ms);
  if (minute >= OPEN && minute < close) return "regular";
  if (minute >= PRE_OPEN && minute < OPEN) return "pre";
  if (minute >= close && minute < postClose) return "post";
  return "closed";
}

/** The session a quote's own time falls in; a closing print stamped at 16:00 sharp is the regular close. */
export function quoteSession(ms: number): "pre" | "regular" | "post" {
  const session = sessionAt(ms);
  const close = isNyseEarlyClose(easternDate(ms)) ? EARLY_CLOSE : CLOSE;
  if (session === "post" && easternMinuteOfDay(ms) === close) return "regular";
  return session === "closed" ? "regular" : session;
}

export function isTradingDayAt(ms: number): boolean {
  return isNyseTradingDay(easternDate(ms));
}

/** The YYYY-MM-DD US/Eastern dates from `ms`'s day through `days` later. */
export function easternDatesAhead(ms: number, days: number): string[] {
  const first = easternDate(ms);
  return Array.from({ length: days + 1 }, (_, i) => addDays(first, i));
}
