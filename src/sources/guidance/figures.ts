// Figures: amounts read as ranges ("$115-135 billion", "$175 billion to $185 billion",
// "between $1.0 billion and $1.2 billion", "520億至560億美元"), points ("about $200 billion")
// and one-sided bounds ("up to $135 billion" → high only, "more than $20 billion" → low only).
// "from $75 billion to $85 billion" is a revision, not a range: two figures.
import { DOLLAR_CURRENCIES, scaledAmount, type AmountToken } from "./amounts.js";
import { clauseStart, type Clauses } from "./clauses.js";
import { mergeRelative } from "./relative-levels.js";

export type FigureShape = "range" | "point" | "min" | "max";

export interface Figure {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  currency: string | null;
  shape: FigureShape;
}

// "$400- to $435 million": a dash left before "to" is the same connector.
const RANGE_CONNECTOR = /^\s*(?:-|–|—|‒|−|－|~|～|(?:-\s*)?to|至|到)\s*$/i;
const AND_CONNECTOR = /^\s*(?:and|to)\s*$/i;
const BETWEEN_TAIL = /\bbetween\s+(?:\S+\s+){0,2}$/i;
// "cut its forecast by $500 million to $2.5 billion": a change, then the level; not a range.
const BY_TAIL = /\bby\s+(?:\S+\s+){0,2}$/i;
// "cut … by 31% to $4.3-4.7 billion": after a change given as a share, "to" leads to the level, a range of its own.
const BY_SHARE_TO_TAIL = /\bby\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|around\s+|almost\s+)?[\d.]+\s?(?:%|percent|per\s?cent)\s+to\s+$/i;
// "increased more than $100 million to $340 million", "rose $2 billion to $10 billion": the same, "by" left out.
// "has upped its five-year capital plan C$2.8 billion to C$17.3 billion": after a change verb and the plan it changed, "X to Y" is by X to Y.
const CHANGED_TAIL =
  /\b(?:increased|raised|cut|lowered|reduced|grew|grown|lifted|boosted|trimmed|decreased|expanded|rose|risen|climbed|jumped|fell|fallen|dropped|slashed|added|upped|hiked)\s+(?:(?:more\s+than|less\s+than|about|approximately|roughly|nearly|some|over|almost|around|just|another|an\s+additional)\s+)?~?$|\b(?:increased|raised|cut|lowered|reduced|lifted|boosted|trimmed|slashed|upped|hiked)\s+(?:its|their|our|the)\s+(?:[\w-]+\s+){0,3}(?:plan|budget|program(?:me)?|guidance|forecast|outlook|capex)\s+~?$/i;
const FROM_TAIL = /\bfrom\s+(?:\S+\s+){0,4}$/i;
const CHANGE_THEN_FROM =
  /\b(?:increas|rais|cut|lower|reduc|grew|grow|lift|boost|trimm|decreas|expand|ris|rose|climb|jump|fell|fall|drop)\w*\s+(?:by\s+)?(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+)?\S+(?:\s+(?:billion|million|trillion|bn|mn|crore))?\s+from\s+$/i;
const UP_DOWN_FROM_TAIL = /\b(?:up|down)\s+from\s+(?:the\s+|its\s+|their\s+|an?\s+)?$/i;
const RANGING_FROM_TAIL = /\b(?:range|ranges|ranging|ranged|anywhere|varies|vary|varying|spanning)\s+from\s+(?:\S+\s+){0,4}$/i;
const RANGE_WORD_AFTER = /^\s*(?:range|band|bracket)\b/i;

const FILLER =
  "(?:(?:a|an|the|record|record-high|record-level|all-time|high|level|levels|of|some|just|total|totaling|totalling|staggering|whopping|massive|hefty|estimated|easily|well|slightly|somewhat|roughly|about|approximately|around|nearly|capex|capital|expenditures?|spending|investments?|annual|annually|figure|sum|amount|budget|worth|mark|level|threshold|milestone)\\s+){0,4}";
const MAX_TAIL = new RegExp(
  `\\b(?:(?<!\\b(?:go|goes|going|gone|went|move|moves|moved|ramp|ramps|ramped|step|steps|stepped|scale|scaled|add|adds|added)\\s)up\\s+to|as\\s+much\\s+as|as\\s+high\\s+as|a\\s+high\\s+of|no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|a\\s+maximum\\s+of|maximum\\s+of|less\\s+than|under|below|not\\s+(?:to\\s+)?exceed(?:ing)?|capped\\s+at|top(?:s|ped|ping)?\\s+out\\s+at|peak(?:s|ed|ing)?\\s+at|a\\s+cap\\s+of|cap\\s+(?:to|at|of)|a\\s+ceiling\\s+of|ceiling\\s+(?:to|at|of)|(?:be\\s+)?limited\\s+to|limit(?:s|ing)?\\s+(?:[\\w'’-]+\\s+){0,5}?to)\\s+${FILLER}~?\\s?$`,
  "i",
);
const MIN_TAIL = new RegExp(
  `\\b(?:at\\s+least|more\\s+than|over|in\\s+excess\\s+of|exceed(?:s|ed|ing)?|above|north\\s+of|upwards?\\s+of|a\\s+minimum\\s+of|minimum\\s+of|no\\s+less\\s+than|not\\s+less\\s+than|greater\\s+than|surpass(?:es|ed|ing)?|to\\s+top|tops|topping|a\\s+floor\\s+of|beyond)\\s+${FILLER}~?\\s?$`,
  "i",
);
// "does not expect capex to exceed $X", "doesn't see spending topping $X": a ceiling, not a floor.
const NOT_EXPECTED_TO_EXCEED =
  /\b(?:not|n['’]t|never)\s+(?:expect|anticipate|foresee|see|plan|intend|believe|think|project|forecast)\w*\b[^.;]{0,60}?\bto\s+(?:exceed|top|surpass|go\s+(?:above|beyond)|be\s+(?:above|more\s+than|over))\s+~?\s?$/i;
const MIN_TAIL_CJK = /(?:逾|超過|超过|至少|不低於|不低于|突破)\s*(?:約|约)?\s*$/;
const MAX_TAIL_CJK = /(?:最多|最高|上看|不超過|不超过|上限)\s*(?:約|约)?\s*$/;
const MIN_AFTER_CJK = /^\s*(?:以上|多)/;
// "$19 billion or less", "$20 billion or below"; "$5 billion or more".
const MAX_AFTER = /^\s*(?:or\s+(?:(?:slightly|somewhat|a\s+bit|possibly)\s+)?(?:less|lower|below|under)|at\s+(?:the\s+)?most|tops)\b/i;
// "$12 billion plus over the next five years" is a floor; "$2 billion plus $300 million of …", "plus a further …" add money.
const MIN_AFTER = /^\s*(?:or\s+(?:more|higher|above|greater)|(?:at\s+(?:the\s+)?)?minimum|at\s+least)\b|^\+|^-plus\b|^\s+plus\b(?!\s*(?:or\s+minus\b|\/|-\s*minus\b))(?!\s+(?:[$€£¥₹]|[A-Z]{1,3}[$€£¥₹]|[A-Z]{3}\s*\d|\d|an?\b|the\b|another\b|other\b|some\b|about\b|approximately\b|around\b|roughly\b|nearly\b|up\s+to\b|[\w-]+\s+(?:of|for|in)\b))/i;
const MAX_AFTER_CJK = /^\s*(?:以內|以内|以下)/;

const WINDOW = 80;

// "in the low-$70 billion range", "the mid-$20 billions", "the high $20 billion area", "the late 2
// trillion won range": a band of
// the decade named, as a reader takes it (low: X to X+3, mid: X+4 to X+6, high: X+7 to X+10);
// of a single digit, tenths of the unit ("the low-$1 billion range": $1.0 to $1.3 billion).
const BAND_BEFORE = /\b(low|lower|mid|middle|high|upper|early|late)[-\s]?~?\s?$/i;
const BAND_AFTER = /^(?:s\b|['’]s\b)?\s*(?:range|area|level|zone|band|territory)?/i;
// "the late 2 trillion won range": early and late name a band only with the band's word ("an early $5 billion payment" is not one).
const NAMED_BAND_AFTER = /^(?:s\b|['’]s\b|\s*(?:range|area|level|zone|band|territory)\b)/i;
const BANDS: Record<string, [number, number]> = { low: [0, 0.3], lower: [0, 0.3], early: [0, 0.3], mid: [0.4, 0.6], middle: [0.4, 0.6], high: [0.7, 1], upper: [0.7, 1], late: [0.7, 1] };

// "the high $400 million to low $500 million range": one band to the next, the connector holding the second band's word.
const BAND_TO_BAND = /^\s*(?:to|-|–|—)\s*(?:low|lower|mid|middle|high|upper)[-\s]?~?\s?$/i;

/** A range from the low end of `a`'s band to the high end of `b`'s, when both are bands joined by "to". */
function bandToBand(sentence: string, a: AmountToken, b: AmountToken): Figure | null {
  if (a.bare || b.bare || !BAND_TO_BAND.test(sentence.slice(a.end, b.start))) return null;
  const from = band(sentence, a, scaledAmount(a.num, a.scale ?? b.scale));
  const to = band(sentence, b, scaledAmount(b.num, b.scale));
  if (from === null || to === null || from.low === null || to.high === null || !(from.low < to.high)) return null;
  return { start: from.start, end: to.end, low: from.low, high: to.high, currency: a.currency ?? b.currency, shape: "range" };
}

function band(sentence: string, t: AmountToken, amount: number): Figure | null {
  const m = BAND_BEFORE.exec(sentence.slice(Math.max(0, t.start - 12), t.start));
  if (!m || !BAND_AFTER.test(sentence.slice(t.end))) return null;
  if (/^(?:early|late)$/i.test(m[1] ?? "") && !NAMED_BAND_AFTER.test(sentence.slice(t.end))) return null;
  const width = t.num >= 100 && t.num % 100 === 0 ? 100 : t.num >= 10 && t.num % 10 === 0 ? 10 : Number.isInteger(t.num) && t.num >= 1 && t.num <= 9 ? 1 : null;
  const [from, to] = BANDS[(m[1] ?? "").toLowerCase()] ?? [0, 0];
  if (width === null) return null;
  const unit = amount / t.num;
  return {
    start: t.start - m[0].length,
    end: t.end,
    low: scaledAmount(t.num + from * width, unit),
    high: scaledAmount(t.num + to * width, unit),
    currency: t.currency,
    shape: "range",
  };
}


/** The text before `pos` within its clause, at most WINDOW characters. */
function tailBefore(sentence: string, clauses: Clauses, pos: number, floor: number): string {
  return sentence.slice(Math.max(clauseStart(clauses, pos), floor, pos - WINDOW), pos);
}

function asRange(sentence: string, clauses: Clauses, a: AmountToken, b: AmountToken, floor: number, lastFigureEnd: number): Figure | null {
  // The upper end needs a unit of its own, unless the lower one has a currency: "$14,000 – 16,000".
  if (a.yearLike || b.yearLike || (b.bare && (a.bare || a.currency === null))) return null;
  const connector = sentence.slice(a.end, b.start);
  const tail = tailBefore(sentence, clauses, a.start, floor);
  // "cut … by around 2.5 billion to 3.0 billion euros": one currency written after both ends of one scale is a range of the change.
  const changeRange = a.currency === null && a.scale !== null && a.scale === b.scale && b.currency !== null;
  if (((BY_TAIL.test(tail) && !BY_SHARE_TO_TAIL.test(tail)) || CHANGED_TAIL.test(tail)) && !changeRange) return null;
  const between = AND_CONNECTOR.test(connector) && BETWEEN_TAIL.test(tail);
  if (!between && !RANGE_CONNECTOR.test(connector)) return null;
  // "NZ$415-$435m": the upper end's bare "$" is the lower end's dollar.
  const sameDollar = DOLLAR_CURRENCIES.has(a.currency ?? "") && sentence[b.start] === "$" && !/[A-Za-z]/.test(sentence[b.start - 1] ?? "");
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency && !sameDollar) return null;
  const high = scaledAmount(b.num, b.scale ?? a.scale);
  // "$800 to $1 billion" (said on calls): a low end with no scale that the high end's would put above it is one scale down.
  const sameScaleLow = scaledAmount(a.num, a.scale ?? b.scale);
  const low = a.scale === null && b.scale !== null && b.scale >= 1e9 && sameScaleLow >= high ? scaledAmount(a.num, b.scale / 1000) : sameScaleLow;
  if (!(low < high)) return null;
  // "raised its forecast from $75 billion to $85 billion" is a revision, unless it reads
  // "ranging from X to Y" or "from the X to Y range".
  // "… to $66-72 billion from $64 billion to $72 billion": after a figure in its clause, "from X to Y" is the old range.
  // But "has increased $13 billion from $63 billion to $76 billion": after a change, it is the revision.
  // "… to a range of $13 billion to $14 billion, down from the $13.5 billion to $15.2 billion it projected": after the
  // sentence's level, "up/down from X to Y" compares it with the old range, even in a clause of its own.
  const comparedAfterLevel = lastFigureEnd >= 0 && UP_DOWN_FROM_TAIL.test(tail);
  const afterFigure =
    (lastFigureEnd > clauseStart(clauses, a.start) || comparedAfterLevel) && !CHANGE_THEN_FROM.test(sentence.slice(Math.max(0, a.start - WINDOW), a.start));
  // "from its prior outlook of $66B to $72B" is the old range, read whole.
  // "up from its expectation of $2.2 billion to $2.4 billion in 2023": a plan named after "from" is a range too.
  const priorRange = /\b(?:prior|previous(?:ly)?|earlier|original(?:ly)?|initial(?:ly)?)\b[^.;]{0,40}$|\bfrom\s+(?:its|their|our|the)\s+(?:[\w-]+\s+)?(?:expectations?|guidance|outlook|forecast|projection|plan|budget|range)\s+(?:of|for)\s+$/i.test(tail);
  if (/to/i.test(connector) && !between && !afterFigure && !priorRange && FROM_TAIL.test(tail) && !RANGING_FROM_TAIL.test(tail)) {
    if (!RANGE_WORD_AFTER.test(sentence.slice(b.end))) return null;
  }
  return { start: a.start, end: b.end, low, high, currency: a.currency ?? b.currency, shape: "range" };
}

const FROM_GAP = /^\s+from\s+(?:(?:about|approximately|around|roughly|nearly|some|just|its|the)\s+)?~?$/i;

/** "increased … to $340 from $238 million": a level written without its scale takes the scale of
 * the old level it is compared with, when the two numbers are of one size. */
function withScaleOfOld(sentence: string, a: AmountToken, b: AmountToken): AmountToken {
  if (a.scale !== null || a.currency === null || b.scale === null || b.currency !== a.currency) return a;
  if (!FROM_GAP.test(sentence.slice(a.end, b.start)) || a.num < b.num / 10 || a.num > b.num * 10) return a;
  return { ...a, scale: b.scale };
}

function single(sentence: string, clauses: Clauses, t: AmountToken, floor: number): Figure | null {
  if (t.bare) return null;
  const amount = scaledAmount(t.num, t.scale);
  const banded = band(sentence, t, amount);
  if (banded) return banded;
  const tail = tailBefore(sentence, clauses, t.start, floor);
  const after = sentence.slice(t.end, t.end + 20);
  let shape: FigureShape = "point";
  // The negation may sit before an earlier number of the clause ("does not expect 2025 capex to exceed").
  const negatedFloor = NOT_EXPECTED_TO_EXCEED.test(tailBefore(sentence, clauses, t.start, 0));
  if (MAX_TAIL.test(tail) || negatedFloor || MAX_TAIL_CJK.test(tail) || MAX_AFTER_CJK.test(after) || MAX_AFTER.test(after)) shape = "max";
  else if (MIN_TAIL.test(tail) || MIN_TAIL_CJK.test(tail) || MIN_AFTER_CJK.test(after) || MIN_AFTER.test(after)) shape = "min";
  return {
    start: t.start,
    end: t.end,
    low: shape === "max" ? null : amount,
    high: shape === "min" ? null : amount,
    currency: t.currency,
    shape,
  };
}

const OPEN_PAREN_GAP = /^\s*\(\s*(?:(?:about|approximately|approx\.?|around|roughly|some|~)\s*)?$/i;
const CLOSE_PAREN_CONNECTOR = /^\s*\)\s*(?:-|–|—|to)\s*$/i;

/**
 * "RMB125bn ($17.6bn) to RMB135bn ($19bn)": a range whose ends each carry a conversion is the
 * company's range; the converted ends are only the same money in another currency.
 */
function interleavedRange(sentence: string, t: AmountToken[], i: number): Figure | null {
  const [a, p, b, q] = [t[i], t[i + 1], t[i + 2], t[i + 3]];
  if (!a || !p || !b || !q || a.bare || p.bare || b.bare || q.bare) return null;
  if (!OPEN_PAREN_GAP.test(sentence.slice(a.end, p.start)) || !CLOSE_PAREN_CONNECTOR.test(sentence.slice(p.end, b.start))) return null;
  if (!OPEN_PAREN_GAP.test(sentence.slice(b.end, q.start))) return null;
  const low = scaledAmount(a.num, a.scale ?? b.scale);
  const high = scaledAmount(b.num, b.scale ?? a.scale);
  const sameCurrency = a.currency === b.currency || b.currency === null;
  return low < high && sameCurrency ? { start: a.start, end: q.end, low, high, currency: a.currency ?? b.currency, shape: "range" } : null;
}

const CLOSE_PAREN_AND = /^\s*\)\s*(?:-|–|—|to|and)\s*$/i;

/** "between C$4.5 billion ($3.35 billion) and C$5.0 billion": a range whose low end alone carries a conversion. */
function convertedLowEnd(sentence: string, t: AmountToken[], i: number): Figure | null {
  const [a, p, b] = [t[i], t[i + 1], t[i + 2]];
  if (!a || !p || !b || a.bare || p.bare || a.currency === null || p.currency === a.currency) return null;
  if (b.currency !== null && b.currency !== a.currency) return null;
  if (!OPEN_PAREN_GAP.test(sentence.slice(a.end, p.start))) return null;
  const connector = CLOSE_PAREN_AND.exec(sentence.slice(p.end, b.start));
  if (!connector || (/and\s*$/i.test(connector[0]) && !BETWEEN_TAIL.test(sentence.slice(Math.max(0, a.start - 30), a.start)))) return null;
  const low = scaledAmount(a.num, a.scale ?? b.scale);
  const high = scaledAmount(b.num, b.scale ?? a.scale);
  return low < high ? { start: a.start, end: b.end, low, high, currency: a.currency, shape: "range" } : null;
}

/** The figures of a sentence, left to right, from its amount tokens. */
export function readFigures(sentence: string, clauses: Clauses, tokens: AmountToken[]): Figure[] {
  const figures: Figure[] = [];
  let floor = 0;
  let lastFigureEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const interleaved = interleavedRange(sentence, tokens, i);
    if (interleaved) {
      figures.push(interleaved);
      floor = interleaved.end;
      lastFigureEnd = floor;
      i += 3;
      continue;
    }
    const lowConverted = convertedLowEnd(sentence, tokens, i);
    if (lowConverted) {
      figures.push(lowConverted);
      floor = lowConverted.end;
      lastFigureEnd = floor;
      i += 2;
      continue;
    }
    const a = tokens[i] as AmountToken;
    const b = tokens[i + 1];
    const range = b !== undefined ? (bandToBand(sentence, a, b) ?? asRange(sentence, clauses, a, b, floor, lastFigureEnd)) : null;
    const figure = range ?? single(sentence, clauses, b !== undefined ? withScaleOfOld(sentence, a, b) : a, floor);
    if (range) i += 1;
    if (figure) {
      figures.push(figure);
      floor = figure.end;
      lastFigureEnd = figure.end;
    } else if (!a.yearLike) {
      // A year is no amount: "limit its fiscal 2009 investment to ¥250 billion" still limits.
      floor = a.end;
    }
  }
  return mergeRelative(sentence, figures);
}
