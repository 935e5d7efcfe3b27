// "…we expect our cash capital expenditure to grow to $23-27 billion per annum … For 2022 we expect
// our cash capex to be at the lower end of this range": a sentence that places a period's capex
// at an end of a range given before, with no figure of its own, states that range for its period
// (the whole stated range: the text gives no point of its own).
import { AT_END_OF, FORWARD } from "./cues.js";
import { formatPeriod, isEnded } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import { findPeriods } from "./periods.js";
import type { FigureReading } from "./reading.js";

const END_OF_RANGE = new RegExp(`${AT_END_OF}\\s+(?:range|guidance|outlook|band)\\b`, "i");

/** The range `last` restated for the period this sentence names, or null. */
export function endOfRange(text: string, pc: PeriodContext, last: FigureReading | null, spoken: boolean): FigureReading | null {
  if (last === null || last.low === null || last.high === null || !END_OF_RANGE.test(text) || !FORWARD.test(text)) return null;
  const named = findPeriods(text, pc, spoken).filter((m) => m.period !== null && !m.compared && !m.guessed);
  const period = named[0]?.period;
  if (period === undefined || period === null || named.length !== 1) return null;
  return { ...last, sentence: text, start: 0, end: 0, period: formatPeriod(period), verdict: isEnded(period, pc.date, pc.cal) ? "ended" : "guidance", periodGuessed: false, perYear: false, segment: null };
}
