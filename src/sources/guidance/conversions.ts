// Which figures of a sentence are the same money in another currency ("EUR 20 billion (about $22
// billion)"): the classifier reads them as conversions, never as levels of their own.
import type { SentenceFacts } from "./classify.js";
import type { Figure } from "./figures.js";

// "EUR 20 billion (about $22 billion)", "NT$1 trillion, or about US$31 billion": the same money in
// another currency; the company's own figure is the one written first.
const CONVERSION_GAP =
  /^\s*(?:[([]\s*(?:or\s+)?|,?\s*(?:or|i\.e\.,?)\s+|,?\s*(?:equivalent|equal)\s+to\s+|,?\s*the\s+equivalent\s+of\s+)(?:about|approximately|approx\.?|around|roughly|some|nearly|almost|close\s+to|circa|c\.|~|more\s+than|over|less\s+than|under|at\s+least|up\s+to)?\s*$/i;

const APPROXIMATELY = /\b(?:about|approximately|approx|around|roughly|some|nearly|almost|close\s+to|circa|equivalent|equal|more\s+than|over|less\s+than|under|at\s+least|up\s+to)\b|~/i;

/**
 * Which figures are the same money in another currency. Of "A (B)", B is the conversion when it
 * says so ("about", "approximately") or when A is not in US dollars; when A is in US dollars and B
 * in another currency, written without "about", A is the press's conversion of the company's B
 * ("$8.61 billion (9.6 trillion won)"). Where the store knows the currency the company reports in,
 * the figure in it is the company's own and the other the conversion.
 */
export function conversions(f: Pick<SentenceFacts, "text" | "figures" | "reporting">): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < f.figures.length; i++) {
    const a = f.figures[i - 1] as Figure;
    const b = f.figures[i] as Figure;
    if (a.currency === null || b.currency === null || a.currency === b.currency) continue;
    const gap = f.text.slice(a.end, b.start);
    // "(USD 29.25bn/EUR 28.15bn)", "(Dh23.8bn-Dh26.4bn, or $6.5bn-$7.2bn)": a second conversion follows the first.
    if (out.has(i - 1)) {
      if (/^\s*(?:[/,;]\s*(?:or\s+)?|or\s+)$/i.test(gap)) out.add(i);
      continue;
    }
    // "450-500 billion roubles (Dh23.8bn-Dh26.4bn, or $6.5bn-$7.2bn)": money in another currency inside a bracket opened after an amount converts it.
    if (!CONVERSION_GAP.test(gap)) {
      if (/^\s*\([^()]*$/.test(gap)) out.add(i);
      continue;
    }
    // "$12.6bn (£8.2bn)" of a company that reports in US dollars: the pounds are the press's conversion.
    if (f.reporting === a.currency || f.reporting === b.currency) out.add(f.reporting === a.currency ? i : i - 1);
    else out.add(a.currency === "USD" && !APPROXIMATELY.test(gap) ? i - 1 : i);
  }
  return out;
}
