// A level stated relative to another figure of the sentence: "$10 billion above the $30 billion it
// gave in June", "cut by $2 billion from $15.5 billion", "10% below the $350 million", "$1.1 billion
// plus or minus $100 million". Read after the sentence's figures, as one figure each.
import { scaledAmount } from "./amounts.js";
import type { Figure, FigureShape } from "./figures.js";

// "$10 billion above the $30 billion it gave in June" is a level of $40 billion.
const RELATIVE_GAP =
  /^\s+(above|more\s+than|higher\s+than|over|on\s+top\s+of|beyond|below|less\s+than|lower\s+than|under|short\s+of)\s+(?:the|its|our|their|his|her)\s+(?:(?:prior|previous|earlier|original|initial|current|latest|last)\s+)?~?$/i;
// "10% below the $350 million we had previously indicated" is a level of $315 million.
const PERCENT_RELATIVE_BEFORE =
  /(\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(above|more\s+than|higher\s+than|over|below|less\s+than|lower\s+than|under)\s+(?:the|its|our|their)\s+(?:(?:prior|previous|earlier|original|initial|current|latest|last)\s+)?~?$/i;

// "to rise by about $1 billion from 2025's $3 billion", "cut by $2 billion from $15.5 billion": a
// change from a stated level is the level it comes to; the verb before the change says which way.
const FROM_LEVEL_GAP = /^\s*,?\s+from\s+(?:(?:the|its|our|their|a|an|(?:19|20)\d{2}['’]s|last\s+year['’]s|this\s+year['’]s)\s+)?(?:(?:prior|previous|earlier|original|initial|current|latest|planned|budgeted)\s+)?~?$/i;
export const UP_BEFORE = /\b(?:increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|grow(?:s|ing)?|grew|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|up)(?:(?:\s+[\w'’-]+){0,5}?\s+by)?\s+(?:(?:about|approximately|around|roughly|nearly|some|almost)\s+)?~?\s?$/i;
export const DOWN_BEFORE = /\b(?:decreas(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|down)(?:(?:\s+[\w'’-]+){0,5}?\s+by)?\s+(?:(?:about|approximately|around|roughly|nearly|some|almost)\s+)?~?\s?$/i;

const ADD_VERB_BEFORE = /\badd(?:s|ed|ing)?\s+(?:(?:about|approximately|around|roughly|another|some)\s+)?~?\s?$/i;
const ADDED_TO_GAP = /^\s+to\s+(?:its|the|their|our)\s+(?:[\w-]+\s+){0,3}?(?:budget|plan|guidance|forecast|outlook)\s+of\s+~?\s?$/i;

// "$1.1 billion plus or minus $100 million", "give or take", "+/-", "±": a range around the point.
const PLUS_OR_MINUS_GAP = /^\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|\+\s?\/\s?-|±)\s*~?$/i;
// "750 million plus or minus five percent", "$675 million, +/- 5%": a range of that share around the point.
const PLUS_OR_MINUS_PERCENT = /^\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|\+\s?\/\s?-|±)\s*(\d{1,2}(?:\.\d+)?|one|two|three|four|five|ten)\s*(?:%|percent\b|per\s+cent\b)/i;
const PERCENT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 };

/**
 * A point figure followed by "above/below the $Y …", or a rise or cut "from $Y", becomes one
 * level, Y plus or minus it; "$X plus or minus $Y" the range X−Y to X+Y.
 */
export function mergeRelative(sentence: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i] as Figure;
    const b = figures[i + 1];
    const pct = a.shape === "point" && a.low !== null ? PLUS_OR_MINUS_PERCENT.exec(sentence.slice(a.end, a.end + 40)) : null;
    if (pct !== null && a.low !== null) {
      const share = (PERCENT_WORDS[(pct[1] ?? "").toLowerCase()] ?? Number(pct[1])) / 100;
      out.push({ ...a, end: a.end + pct[0].length, low: scaledAmount(a.low * (1 - share), 1), high: scaledAmount(a.low * (1 + share), 1), shape: "range" });
      continue;
    }
    // "spend 10% below the $350 million we had previously indicated" is a level of $315 million.
    // (The words before it may have made it a bound: "below the $350 million".)
    const base = a.low === null || a.high === null || a.low === a.high ? (a.low ?? a.high) : null;
    const share = base !== null ? PERCENT_RELATIVE_BEFORE.exec(sentence.slice(Math.max(0, a.start - 50), a.start)) : null;
    if (share !== null && base !== null) {
      const shifted = scaledAmount(base * (1 + (Number(share[1]) / 100) * (/above|more|higher|over/i.test(share[2] ?? "") ? 1 : -1)), 1);
      out.push({ ...a, start: a.start - share[0].length, low: shifted, high: shifted, shape: "point" });
      continue;
    }
    const sameCurrency = b !== undefined && (a.currency === null || b.currency === null || a.currency === b.currency);
    if (b !== undefined && sameCurrency && a.shape === "point" && b.shape === "point" && a.low !== null && b.low !== null && b.low < a.low && PLUS_OR_MINUS_GAP.test(sentence.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, low: scaledAmount(a.low - b.low, 1), high: scaledAmount(a.low + b.low, 1), currency: a.currency ?? b.currency, shape: "range" });
      i += 1;
      continue;
    }
    // "plans to add US$300 million to US$400 million to its capital expenditure budget of US$2.5 billion": the budget plus the addition.
    if (b !== undefined && sameCurrency && b.shape === "point" && b.low !== null && a.low !== null && a.high !== null && ADD_VERB_BEFORE.test(sentence.slice(Math.max(0, a.start - 30), a.start)) && ADDED_TO_GAP.test(sentence.slice(a.end, b.start))) {
      // (Read where the budget is named, so that its words before it are the figure's.)
      out.push({ start: b.start, end: b.end, low: scaledAmount(b.low + a.low, 1), high: scaledAmount(b.low + a.high, 1), currency: b.currency ?? a.currency, shape: a.low === a.high ? "point" : "range" });
      i += 1;
      continue;
    }
    const gap = b !== undefined ? RELATIVE_GAP.exec(sentence.slice(a.end, b.start)) : null;
    const before = sentence.slice(Math.max(0, a.start - 60), a.start);
    const up = UP_BEFORE.exec(before);
    const down = up === null ? DOWN_BEFORE.exec(before) : null;
    const fromLevel = b !== undefined && gap === null && FROM_LEVEL_GAP.test(sentence.slice(a.end, b.start)) ? (up !== null ? 1 : down !== null ? -1 : 0) : 0;
    if (b === undefined || (gap === null && fromLevel === 0) || a.shape !== "point" || a.low === null || !sameCurrency) {
      out.push(a);
      continue;
    }
    const sign = gap === null ? fromLevel : /above|more|higher|over|top|beyond/i.test(gap[1] ?? "") ? 1 : -1;
    const shift = (x: number | null): number | null => (x === null ? null : x + sign * (a.low as number));
    const shape: FigureShape = b.shape === "range" ? "range" : "point";
    const low = shift(b.low ?? b.high);
    const high = shift(b.high ?? b.low);
    // A level reached by a change starts at the verb: the words before it are the level's, not a change's.
    const start = fromLevel !== 0 ? a.start - ((up ?? down)?.[0].length ?? 0) : a.start;
    out.push({ start, end: b.end, low, high, currency: b.currency ?? a.currency, shape });
    i += 1;
  }
  return out;
}
