// How a company names its fiscal years, as the text shows it when the context has not said: a
// year named together with the month it ends in ("fiscal 2025, ending March 2026" names years by
// their start; "FY2025 (year ending March 2025)" by their end), and a plan for a year that would
// already be over if named by its end ("plans to invest $4 billion in fiscal 2025", written in
// March 2025 by a company whose year ends in January, is for February 2025 – January 2026).
import { FORWARD } from "./cues.js";
import { isEnded, periodEndDate, type FiscalCalendar, type FiscalYearNaming } from "./fiscal.js";
import { nameFiscalYears, type PeriodContext } from "./period-context.js";
import { MONTH_NAME, MONTHS, Y4, year } from "./period-words.js";
import type { PeriodMention } from "./periods.js";

const NAME = "(?:fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+|FY\\s?'?)((?:19|20)\\d{2}|\\d{2})\\b";
const DAY = "(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?";
// After a year's name only words of ending ("fiscal 2025 through March 2027" is a span); after "year", also "to".
const ENDS = "(?:(?:which|that)\\s+)?(?:end(?:s|ed|ing)|closing)\\s+(?:in\\s+|on\\s+)?";
const YEAR_ENDS = "(?:(?:which|that)\\s+)?(?:end(?:s|ed|ing)|closing|to)\\s+(?:in\\s+|on\\s+)?";
const MONTH_YEAR = `(${MONTH_NAME})\\.?\\s+${DAY}(${Y4})`;

/** "fiscal 2025, ending March 2026", "FY2024 (ended March 31, 2025)". */
const NAME_THEN_END = new RegExp(`\\b${NAME}\\s*[,(]?\\s*${ENDS}${MONTH_YEAR}`, "gi");
/** "the fiscal year ending March 2026 (fiscal 2025)". */
const END_THEN_NAME = new RegExp(`\\b(?:fiscal\\s+|financial\\s+)?year\\s+${YEAR_ENDS}${MONTH_YEAR}\\s*[,(]\\s*(?:or\\s+|i\\.e\\.,?\\s+)?${NAME}`, "gi");
/** "fiscal 2025 (February 2025 to January 2026)". */
const NAME_THEN_SPAN = new RegExp(`\\b${NAME}\\s*[,(]\\s*(?:from\\s+)?${MONTH_NAME}\\.?\\s+${DAY}${Y4}\\s*(?:-|–|—|to|through)\\s*${MONTH_YEAR}`, "gi");

// A plan for a year, not a report on one.
const PAST = /\b(?:was|were|had|spent|invested|incurred|totall?ed|came\s+in|reported|recorded|report|results)\b/i;
/** An end-named year must have been over for a month before a plan for it gives the naming away (not a results preview). */
const OVER_FOR_DAYS = 30;
/** Years ending in January or February are the ones often named by the year they mostly fall in, their first. */
const START_NAMING_LAST_MONTH = 2;

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? "").slice(0, 3).toLowerCase()] ?? 0;
}

/** Whether `month` is the calendar's year-end month or next to it (52/53-week years end near a month's turn). */
function nearYearEnd(month: number, cal: FiscalCalendar): boolean {
  const gap = Math.abs(month - cal.endMonth);
  return gap <= 1 || gap === 11;
}

/** The naming a year named `name` that ends in `month` of `endYear` shows, or null. */
function shown(name: number | null, month: number, endYear: number, cal: FiscalCalendar): FiscalYearNaming | null {
  if (name === null || cal.endMonth === 12 || !nearYearEnd(month, cal)) return null;
  if (endYear === name) return "end";
  if (endYear === name + 1) return "start";
  return null;
}

function stated(sentence: string, cal: FiscalCalendar): FiscalYearNaming | null {
  for (const re of [NAME_THEN_END, NAME_THEN_SPAN]) {
    re.lastIndex = 0;
    const m = re.exec(sentence);
    const named = m ? shown(year(m[1]), monthNumber(m[m.length - 2]), Number(m[m.length - 1]), cal) : null;
    if (named) return named;
  }
  END_THEN_NAME.lastIndex = 0;
  const m = END_THEN_NAME.exec(sentence);
  return m ? shown(year(m[3]), monthNumber(m[1]), Number(m[2]), cal) : null;
}

function daysBetween(a: { y: number; m: number; d: number }, b: { y: number; m: number; d: number }): number {
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}

/** A plan for a fiscal year named with its number that, named by its end, was over a month before the document. */
function impliedByPlan(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext): FiscalYearNaming | null {
  if (pc.cal.endMonth > START_NAMING_LAST_MONTH || !FORWARD.test(sentence) || PAST.test(sentence)) return null;
  const byStart: FiscalCalendar = { ...pc.cal, namedBy: "start" };
  for (const m of mentions) {
    const p = m.period;
    if (p?.kind !== "FY" || m.compared || !/\d{2}/.test(sentence.slice(m.start, m.end))) continue;
    const over = daysBetween(periodEndDate(p, pc.cal), pc.date);
    if (over >= OVER_FOR_DAYS && !isEnded(p, pc.date, byStart)) return "start";
  }
  return null;
}

/**
 * Learns from `sentence` how the company names its fiscal years, when neither the context nor an
 * earlier sentence has said. Returns true when the naming changed, so the sentence is read again.
 */
export function learnNaming(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext): boolean {
  if (pc.namedBy !== null || pc.cal.endMonth === 12) return false;
  const naming = stated(sentence, pc.cal) ?? impliedByPlan(sentence, mentions, pc);
  if (naming === null) return false;
  nameFiscalYears(pc, naming);
  return naming === "start";
}
