// One document, one level per period: what a later figure for a period already given does to it.
import type { FigureReading } from "./reading.js";

// "… but cut that forecast to $6.3 billion", "grow to $23-27 billion": a later figure for the same
// period that replaces the one given before.
const REVISES_BEFORE =
  /\b(?:rais|lift|cut|lower(?!\s+end)|reduc|trim|revis|increas|boost|hik|slash|chop|scal|updat|adjust|narrow|tighten|grow|grew|rise|rose|climb)\w*\b[^.;]{0,60}$|\bnow\b[^.;]{0,40}$|\b(?:go(?:es)?|went)\s+up\b[^.;]{0,30}$/i;
const PART_OF_WHOLE = 0.95;
// "Q2 capex of $3 billion" after a year's $20 billion: a quarter named without its year still has a period of its own.
const QUARTER_OR_HALF = /^[QH][1-4]-/;

// "gross capital investments of ~$20 billion … net capex of $8 to $11 billion": two measures of one plan, neither a part of the other.
const MEASURE = /\b(net|gross|cash|organic|accrual)\s+(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?))\b[^.;]{0,40}$/i;

function measureOf(r: FigureReading): string {
  return (MEASURE.exec(r.sentence.slice(Math.max(0, r.start - 80), r.start))?.[1] ?? "").toLowerCase();
}

// "drive gross and net CapEx to between $20 to $23 billion and $12 to $14 billion, respectively": one figure per measure.
const EACH_MEASURE = /\b(?:net|gross|cash|organic|accrual)\s+and\s+(?:net|gross|cash|organic|accrual)\s+(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?))\b[^.;]*\brespectively\b/i;

function otherMeasure(a: FigureReading, b: FigureReading): boolean {
  if (a.sentence === b.sentence && a.start !== b.start && EACH_MEASURE.test(a.sentence)) return true;
  return measureOf(a) !== "" && measureOf(b) !== "" && measureOf(a) !== measureOf(b);
}

/** A range with both ends inside a one-sided bound given before ("up to $3 billion" then "$2.5 to $3.0 billion"). */
function narrows(r: FigureReading, bound: FigureReading): boolean {
  if (r.low === null || r.high === null || r.low === r.high || bound.currency !== r.currency) return false;
  if (bound.low === null && bound.high !== null) return r.high <= bound.high * 1.005;
  return bound.high === null && bound.low !== null && r.low >= bound.low * 0.995;
}

function topOf(r: FigureReading): number {
  return r.high ?? r.low ?? 0;
}

function amountOf(r: FigureReading): number {
  return r.low !== null && r.high !== null ? (r.low + r.high) / 2 : (r.low ?? r.high ?? 0);
}

/**
 * One document, one level per period: a later figure for a period already given replaces it when
 * worded as a revision; a later, smaller one is a part of it ("$1.9 billion will go toward …"); a
 * later one as large or larger, not worded as a revision, is the whole the earlier one was a part of.
 */
export function oneLevelPerPeriod(readings: FigureReading[]): FigureReading[] {
  const level = new Map<string, number>();
  const out = readings.map((r) => ({ ...r }));
  sumOfLevels(out);
  let largest: FigureReading | null = null;
  out.forEach((r, i) => {
    // Without the document's company, two figures may be two companies': nothing to compare.
    if (r.verdict !== "guidance" || r.segment !== null || r.company === null) return;
    const key = `${r.period}|${r.currency}|${r.perYear}|${r.company}`;
    const at = level.get(key);
    const prior = at === undefined ? undefined : out[at];
    const smallerThan = (x: FigureReading | null | undefined): boolean => x != null && x.currency === r.currency && amountOf(r) < amountOf(x) * PART_OF_WHOLE && !otherMeasure(r, x);
    // "$1.55 billion for 2016 … when it forecast $1.499 billion in 2016": a later figure a little
    // below the level, its top under the level's top, is no fuller level (an "up to" top that a
    // later range ends at still is).
    const below = (x: FigureReading | undefined): boolean => x !== undefined && x.currency === r.currency && topOf(r) < topOf(x) && !otherMeasure(r, x);
    if (prior !== undefined && REVISES_BEFORE.test(r.sentence.slice(Math.max(0, r.start - 80), r.start))) {
      prior.verdict = "superseded";
      level.set(key, i);
    } else if (prior !== undefined && narrows(r, prior)) {
      // "up to $3 billion a year … between $2.5 to $3.0 billion annually": the range the bound was said of.
      prior.verdict = "part";
      level.set(key, i);
    } else if (prior !== undefined && r.periodGuessed && !prior.periodGuessed) {
      // "CAPEX for FY25–26 is pegged at ₹33,494 crore, while its annual CAPEX … between ₹30,000 crore and
      // ₹40,000 crore": money with no period of its own does not displace the year's dated level.
      r.verdict = "part";
      return;
    } else if (smallerThan(prior) || below(prior) || (r.periodGuessed && !QUARTER_OR_HALF.test(r.period) && smallerThan(largest))) {
      // A smaller figure for a period already given, or one with no period of its own after a
      // stated level, is a part of it ("Occidental plans to allocate up to $400 million to …").
      r.verdict = "part";
      return;
    } else if (prior === undefined) {
      level.set(key, i);
    } else if (!otherMeasure(r, prior)) {
      // A later figure as large or larger for a period already given, with no revision word, is
      // the fuller level ("Upstream spending will be about $13 billion … total capex of $15
      // billion"; "about Rs 5,500 crore … more than Rs 5,500 crore"): the earlier one was a part.
      prior.verdict = "part";
      level.set(key, i);
    }
    if (largest === null || amountOf(r) > amountOf(largest)) largest = r;
  });
  sameFigureAgain(out);
  roundedConversion(out);
  return out;
}

// "SK Telecom ups 2011 capex to $2.1b … 2.3 trillion won ($2.16 billion)": a headline's figure
// that rounds a conversion given beside the company's own currency is that conversion again.
const ROUNDING = 0.05;
function roundedConversion(out: FigureReading[]): void {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= ROUNDING * Math.max(x, y);
  for (const r of out) {
    if (r.verdict !== "guidance" || r.segment !== null) continue;
    const same = (o: FigureReading): boolean => o.period === r.period && o.company === r.company;
    const converted = out.some((c) => c.verdict === "conversion" && same(c) && c.currency === r.currency && near(amountOf(c), amountOf(r)));
    if (converted && out.some((o) => o.verdict === "guidance" && same(o) && o.currency !== r.currency)) r.verdict = "conversion";
  }
}

/** Two amounts (or two missing ends) that are the same money as written, rounding aside (within 0.5 %). */
export function sameAmount(x: number | null, y: number | null): boolean {
  return x === null ? y === null : y !== null && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
}

function sameMoney(a: FigureReading, b: FigureReading): boolean {
  return a.currency === b.currency && a.company === b.company && sameAmount(a.low, b.low) && sameAmount(a.high, b.high);
}

// "Acme plans to spend $4 billion in 2026. … The $4 billion will go to …": the same money said
// again with no period of its own is the dated figure again, not a figure for the year under way.
function sameFigureAgain(out: FigureReading[]): void {
  const dated = out.filter((r) => r.verdict === "guidance" && r.segment === null && !r.periodGuessed);
  for (const r of out) {
    if (r.verdict !== "guidance" || r.segment !== null || !r.periodGuessed) continue;
    if (dated.some((d) => d.period !== r.period && sameMoney(d, r))) r.verdict = "part";
  }
}

// "budgeting ₹489 crores for FY26 … ₹291 crores for FY27, totaling ₹780 crores across two fiscal
// years": a total of levels already given is their sum, no level of its own.
const TOTALING_BEFORE = /\b(?:total(?:ing|ling|s)?|a\s+total\s+of|in\s+all|altogether|combined)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?~?\s?$/i;
function sumOfLevels(out: FigureReading[]): void {
  for (const r of out) {
    if (r.verdict !== "guidance" || r.segment !== null || !TOTALING_BEFORE.test(r.sentence.slice(Math.max(0, r.start - 30), r.start))) continue;
    const others = out.filter((o) => o !== r && o.verdict === "guidance" && o.segment === null && o.currency === r.currency && o.company === r.company);
    const sum = others.reduce((t, o) => t + amountOf(o), 0);
    if (others.length >= 2 && Math.abs(sum - amountOf(r)) <= 0.01 * amountOf(r)) r.verdict = "aggregate";
  }
}
