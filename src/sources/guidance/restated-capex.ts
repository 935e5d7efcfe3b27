// "Can you provide a breakdown on the CapEx outlook for the fiscal year, the $4.5 to $5 billion outlook? … We're
// still forecasting that $4.5 to $5 billion to be what we're looking for for this fiscal year": an amount the text
// already gave as a capex level (the company's, a question's, an estimate's, an earlier plan's; not a change, a part or
// money spent), pointed back to ("that", "the same") in a sentence that names no metric of its own, is that capex
// again; the sentence's other amounts stay unread.
import { sameAmount } from "./document-levels.js";
import type { FigureReading } from "./reading.js";

// The roles of a capex level, whoever gives it.
const LEVELS: ReadonlySet<string> = new Set(["guidance", "not-forward", "vague", "asked", "question", "estimate", "superseded", "compared", "recalled", "hypothetical", "third-party"]);

// "that $4.5 to $5 billion", "the same $12 billion": the amount pointed back to.
const POINTER_BEFORE = /\b(?:that|this|those|the\s+same)\s+(?:~\s?)?$/i;

/** Whether a sentence points back to an amount at all ("that $4.5 to $5 billion"): the cheap test before it is read again. */
export function pointsBackToMoney(text: string): boolean {
  return POINTER_TO_MONEY.test(text);
}
const POINTER_TO_MONEY = /\b(?:that|this|those|the\s+same)\s+(?:~\s?)?(?:[A-Z]{0,3}\$|[€£¥₹]|\d)/i;

/** Whether the text has given any capex level so far. */
export function gaveCapex(earlier: readonly FigureReading[]): boolean {
  return earlier.some((e) => LEVELS.has(e.verdict));
}

/** The readings (of a sentence read as about capex) whose amount the text gave as capex before. */
export function restatedCapex(readings: readonly FigureReading[], earlier: readonly FigureReading[]): FigureReading[] {
  return readings.filter((r) => (r.low !== null || r.high !== null) && POINTER_BEFORE.test(r.sentence.slice(Math.max(0, r.start - 20), r.start)) && earlier.some((e) => LEVELS.has(e.verdict) && e.currency === r.currency && sameAmount(e.low, r.low) && sameAmount(e.high, r.high)));
}
