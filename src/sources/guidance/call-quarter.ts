// The period of a call's outlook that names none. On a call held after a fiscal year's first
// quarter, the year's capex outlook was given at the start of the year, so a later word on it is
// framed against that one ("we now expect", "we continue to expect", "raised", "tightening",
// "for the year", "no change to our forecast"). A plain outlook with no period and no such word,
// given among the quarter's outlook (and after no sentence of it naming a year) of earnings per share, margins or tax rate ("Non-GAAP EPS of
// $0.91 to $1.03. We expect capital expenditures of $130 to $170 million."), is the coming
// quarter's: the period the rest of that outlook is for.
import { daysIntoFiscalYear, type Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";

// The Q4 results call comes within about two and a half months of the year's end: its plain outlook is the new year's.
const RESULTS_SEASON_DAYS = 75;
// Words that place an outlook against the year's earlier one, or name a year or a stretch of time.
const FRAMED_AGAINST_THE_YEAR =
  /\b(?:now|continu\w*|still|remain\w*|rais\w*|lower\w*|increas\w*|reduc\w*|cut|trim\w*|tighten\w*|narrow\w*|maintain\w*|reaffirm\w*|reiterat\w*|updat\w*|revis\w*|unchanged|change|prior|previous\w*|original\w*|earlier|initial\w*|full[-\s]year|year\w*|annual\w*|fiscal|FY\d*|half|quarters?|months?|plan|budget|program\w*|(?:19|20)\d{2})\b/i;
// What a quarter's outlook on a call gives beside capex.
const QUARTER_OUTLOOK_METRIC = /\b(?:earnings\s+per\s+share|EPS|gross\s+margins?|operating\s+margins?|tax\s+rates?|share\s+count|diluted\s+shares)\b/i;
// The outlook before it speaking of a year ("our fiscal 25 tax rate … for the full year") makes the list the year's.
const NAMES_A_YEAR = /\b(?:full[-\s]year|(?:this|the|next|fiscal|financial)\s+year|annual\w*|fiscal\s+'?\d{2,4}|FY\s?'?\d{2,4}|(?:19|20)\d{2})\b/i;
const FORWARD = /\b(?:expect\w*|anticipat\w*|guid\w*|outlook|forecast\w*|project\w*)\b/i;

/** The coming quarter, when `sentence` (after `previous`) is a call's plain outlook for it; else null. */
export function callQuarterOutlook(sentence: string, previous: string, pc: PeriodContext): Period | null {
  if (daysIntoFiscalYear(pc.date, pc.cal) < RESULTS_SEASON_DAYS) return null;
  if (FRAMED_AGAINST_THE_YEAR.test(sentence) || NAMES_A_YEAR.test(previous)) return null;
  const outlook = `${previous} ${sentence}`;
  if (!FORWARD.test(outlook) || !QUARTER_OUTLOOK_METRIC.test(outlook)) return null;
  return { kind: "Q", ...pc.comingQuarter };
}
