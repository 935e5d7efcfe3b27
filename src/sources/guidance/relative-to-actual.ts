// A plan stated as a change from a year whose capex the text gives: "Our capital expenditures in fiscal
// 2020 were approximately $4 billion … We expect CapEx in fiscal year 2021 to be $550 million higher versus
// fiscal year 2020" is a level of $4.55 billion for fiscal 2021. Read over the whole text, after each
// sentence's figures: the change and the year's figure may be sentences apart.
import { scaledAmount } from "./amounts.js";
import { FORWARD } from "./cues.js";
import { namesCapex } from "./headings.js";
import { year } from "./period-words.js";
import type { FigureReading } from "./reading.js";
import { DOWN_BEFORE, UP_BEFORE } from "./relative-levels.js";

// "$550 million higher versus fiscal year 2020", "$2.5 billion more than fiscal 2021".
const AFTER_CHANGE =
  /^\s*(?:of\s+capex\s+)?(higher|more|lower|less|above|below)\s+(?:versus|vs\.?|than|compared\s+(?:to|with)|over|from)\s+(?:(?:our|its|the)\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?['’]?)?((?:19|20)\d{2}|\d{2})\b/i;
// "to increase by $2.5 billion versus 2021" (the verb before the change: relative-levels.ts).
const AFTER_YEAR = /^\s*(?:versus|vs\.?|compared\s+(?:to|with)|over|from)\s+(?:(?:our|its|the)\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?['’]?)?((?:19|20)\d{2}|\d{2})\b/i;
const UP = /^(?:higher|more|above)/i;
// The year written just before a figure of money spent: "in fiscal 2020 were approximately $4 billion",
// "our fiscal 2020 CapEx of $4 billion" (no other money between).
const YEAR_BEFORE = /\b(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?:((?:19|20)\d{2})|['’](\d{2}))\b[^$€£¥₹\d]{0,45}$/i;
const SPENT: ReadonlySet<string> = new Set(["actual", "compared", "ended", "superseded"]);


/** The change, which way, and the year it is measured from, when the figure is stated as a change from a year. */
function changeFromYear(r: FigureReading): { up: boolean; year: number } | null {
  const after = r.sentence.slice(r.end, r.end + 80);
  const m = AFTER_CHANGE.exec(after);
  if (m) {
    const from = year(m[2]);
    return from !== null ? { up: UP.test(m[1] ?? ""), year: from } : null;
  }
  const before = r.sentence.slice(Math.max(0, r.start - 60), r.start);
  const up = UP_BEFORE.test(before);
  const y = up || DOWN_BEFORE.test(before) ? AFTER_YEAR.exec(after) : null;
  const from = y ? year(y[1]) : null;
  return from !== null ? { up, year: from } : null;
}

/** The capex figure the text gives for `spentYear`, already spent: the one named nearest before the change. */
function spentIn(readings: readonly FigureReading[], before: number, spentYear: number, r: FigureReading): FigureReading | null {
  for (let k = before - 1; k >= 0; k--) {
    const s = readings[k] as FigureReading;
    if (!SPENT.has(s.verdict) || s.currency !== r.currency || s.company !== r.company || s.low === null || s.low !== s.high || !namesCapex(s.sentence)) continue;
    const y = YEAR_BEFORE.exec(s.sentence.slice(Math.max(0, s.start - 70), s.start));
    if (y && year(y[1] ?? y[2]) === spentYear) return s;
  }
  return null;
}

/** Turns each forward change from a year whose capex the text gives into the level it comes to. */
export function levelsFromSpentYear(readings: FigureReading[]): FigureReading[] {
  return readings.map((r, i) => {
    if (r.verdict !== "change" || r.low === null || r.high === null || !namesCapex(r.sentence) || !FORWARD.test(r.sentence)) return r;
    const change = changeFromYear(r);
    const base = change ? spentIn(readings, i, change.year, r) : null;
    if (change === null || base === null || base.low === null) return r;
    const sign = change.up ? 1 : -1;
    const [low, high] = [base.low + sign * r.low, base.low + sign * r.high].sort((a, b) => a - b) as [number, number];
    if (low <= 0) return r;
    return { ...r, verdict: "guidance", low: scaledAmount(low, 1), high: scaledAmount(high, 1), period: `FY${change.year + 1}`, periodGuessed: false, perYear: false };
  });
}
