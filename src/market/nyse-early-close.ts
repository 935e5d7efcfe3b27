// NYSE early closes: the regular session ends at 13:00 ET (late trading at 17:00) on the trading
// day before Independence Day (July 3, when it is a trading day), the day after Thanksgiving,
// and Christmas Eve (when it is a trading day).
import { daysFromCivil, formatDay, nthWeekdayOfMonth } from "./civil-date.js";
import { isNyseTradingDay } from "./nyse.js";

const THURSDAY = 4;

/** The early-close days of `year`, in date order. */
export function nyseEarlyCloses(year: number): string[] {
  const candidates = [
    formatDay(daysFromCivil(year, 7, 3)),
    formatDay(nthWeekdayOfMonth(year, 11, THURSDAY, 4) + 1),
    formatDay(daysFromCivil(year, 12, 24)),
  ];
  return candidates.filter(isNyseTradingDay);
}

export function isNyseEarlyClose(date: string): boolean {
  return nyseEarlyCloses(Number(date.slice(0, 4))).includes(date);
}
