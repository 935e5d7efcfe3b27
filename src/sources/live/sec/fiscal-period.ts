// Which fiscal quarter or year a period ending on a date belongs to, from the company's fiscal
// year end (52/53-week years end a few days either side of it) and how the company names its
// years, so that actuals carry the names its guidance uses.
import type { FiscalYearNaming } from "../../events.js";

export interface FiscalYearEnd {
  month: number;
  day: number;
}

/** "1231", "0131" (submissions) or "12-31" (replay files); December 31 when absent or unreadable. */
export function parseFiscalYearEnd(text: string | null | undefined): FiscalYearEnd {
  const m = /^(\d{2})-?(\d{2})$/.exec(text ?? "");
  const month = m ? Number(m[1]) : 12;
  const day = m ? Number(m[2]) : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : { month: 12, day: 31 };
}

export function formatFiscalYearEnd(fye: FiscalYearEnd): string {
  return `${String(fye.month).padStart(2, "0")}-${String(fye.day).padStart(2, "0")}`;
}

/**
 * The fiscal year and quarter (4 = the year's last) of a period ending on `end`. The year is named
 * by the calendar year it ends in, or with `namedBy` "start" by the one before (Target's year ended
 * February 1, 2025 is its fiscal 2024); a December year starts and ends in one year, so there
 * "start" changes nothing (as in the guidance extractor's calendars).
 */
export function fiscalQuarterOf(end: string, fye: FiscalYearEnd, namedBy: FiscalYearNaming | null = null): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const byEnd = fiscalQuarterByEnd(end, fye);
  const lag = namedBy === "start" && fye.month !== 12 ? 1 : 0;
  return { year: byEnd.year - lag, quarter: byEnd.quarter };
}

function fiscalQuarterByEnd(end: string, fye: FiscalYearEnd): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const [y, m, d] = end.split("-").map(Number) as [number, number, number];
  const endMonths = y * 12 + (m - 1) + d / 31;
  // The latest fiscal year end on or before `end` (half a month of slack for 52/53-week years).
  let fyeYear = y;
  while (fyeYear * 12 + (fye.month - 1) + fye.day / 31 > endMonths + 0.5) fyeYear -= 1;
  const since = endMonths - (fyeYear * 12 + (fye.month - 1) + fye.day / 31);
  const q = Math.round(since / 3);
  if (q === 0) return { year: fyeYear, quarter: 4 };
  if (q >= 4) return { year: fyeYear + 1, quarter: 4 };
  return { year: fyeYear + 1, quarter: q as 1 | 2 | 3 };
}
