// The capex-guidance extractor behind `capwatch guidance extract` and the replay's `document`
// lines: every figure a text gives as the company's planned capital expenditure, with its period,
// range or bound, currency and the sentence it came from. Pure: no I/O.
import { findAmounts, unitsNote } from "./amounts.js";
import { assignPeriods } from "./assign-periods.js";
import { classifyFigures, type SentenceFacts, type Verdict } from "./classify.js";
import { findClauses } from "./clauses.js";
import { CAPEX_CJK, CAPEX_STRONG, CAPEX_WEAK, FORWARD, FORWARD_CJK, OTHER_METRIC } from "./cues.js";
import { readFigures } from "./figures.js";
import { formatPeriod, isEnded, isFuture, type Period } from "./fiscal.js";
import { findMetrics } from "./metrics.js";
import { periodContext, type PeriodContext } from "./period-context.js";
import { findPeriods } from "./periods.js";
import { splitSentences } from "./sentences.js";
import type { ExtractionContext, GuidanceStatement } from "./types.js";

/** What a heading line ("Fiscal 2026 Outlook", "FPL Capital Expenditures Q2 2025") says about the lines under it. */
interface Heading {
  capex: boolean;
  forward: boolean;
  period: Period | null;
  /** From a note like "(in millions)", for the table rows below it. */
  scale: number | null;
}

export interface FigureReading {
  sentence: string;
  low: number | null;
  high: number | null;
  currency: string | null;
  period: string;
  verdict: Verdict | "ended";
}

const HAS_DIGIT = /\d/;
const TABLE_ROW = /\s\|\s/;
const BASELINE: ReadonlySet<Verdict | "ended"> = new Set(["superseded", "actual"]);

function looksForward(text: string): boolean {
  return FORWARD.test(text) || FORWARD_CJK.test(text);
}

function namesCapex(text: string): boolean {
  CAPEX_STRONG.lastIndex = 0;
  CAPEX_CJK.lastIndex = 0;
  return CAPEX_STRONG.test(text) || CAPEX_CJK.test(text);
}

function mayBeCapex(text: string): boolean {
  CAPEX_WEAK.lastIndex = 0;
  return namesCapex(text) || CAPEX_WEAK.test(text);
}

function hasMoney(text: string): boolean {
  return findAmounts(text).some((t) => !t.bare);
}

function readHeading(text: string, pc: PeriodContext, previous: Heading | null): Heading {
  const own = findPeriods(text, pc).find((m) => m.period !== null)?.period ?? null;
  OTHER_METRIC.lastIndex = 0;
  const otherMetric = OTHER_METRIC.test(text);
  // A sub-heading under an outlook heading keeps the outlook's sense, period and metric
  // unless it names its own.
  return {
    capex: namesCapex(text) || (!otherMetric && (previous?.capex ?? false)),
    forward: looksForward(text) || (own === null && (previous?.forward ?? false)),
    period: own ?? previous?.period ?? null,
    scale: unitsNote(text) ?? previous?.scale ?? null,
  };
}

function readSentence(text: string, pc: PeriodContext, heading: Heading | null): FigureReading[] {
  const clauses = findClauses(text);
  const scale = unitsNote(text) ?? (TABLE_ROW.test(text) ? (heading?.scale ?? null) : null);
  const figures = readFigures(text, clauses, findAmounts(text, scale));
  if (figures.length === 0) return [];
  const facts: SentenceFacts = {
    text,
    clauses,
    figures,
    metrics: findMetrics(text),
    forward: looksForward(text) || (heading?.forward ?? false),
    headingCapex: heading?.capex ?? false,
  };
  const verdicts: (Verdict | "ended")[] = classifyFigures(facts);
  const fallback: Period = heading?.period ?? { kind: "FY", fy: pc.currentFy };
  const periods = assignPeriods(text, clauses, figures, findPeriods(text, pc), (i) => BASELINE.has(verdicts[i] ?? "guidance"), fallback);
  return figures.map((fig, i) => {
    const period = periods[i] as Period;
    let verdict = verdicts[i] ?? "not-capex";
    if (verdict === "guidance" && isEnded(period, pc.date, pc.cal)) verdict = "ended";
    // "Capex: ~$2.5B for FY2026" needs no "expect": a period not yet begun is the future.
    if (verdict === "not-forward" && isFuture(period, pc.date, pc.cal)) verdict = "guidance";
    return { sentence: text, low: fig.low, high: fig.high, currency: fig.currency, period: formatPeriod(period), verdict };
  });
}

/** Every figure of the text with the verdict on it: the extractor's working, for tests and tuning. */
export function explainCapexGuidance(text: string, ctx: ExtractionContext): FigureReading[] {
  const pc = periodContext(ctx);
  const out: FigureReading[] = [];
  let heading: Heading | null = null;
  for (const sentence of splitSentences(text)) {
    if (!HAS_DIGIT.test(sentence.text)) {
      if (sentence.headingLike) heading = readHeading(sentence.text, pc, heading);
      continue;
    }
    // Most sentences of a long release never name capex: skip them cheaply.
    if (!(heading?.capex ?? false) && !mayBeCapex(sentence.text)) {
      if (sentence.headingLike && !hasMoney(sentence.text)) heading = readHeading(sentence.text, pc, heading);
      continue;
    }
    const readings = readSentence(sentence.text, pc, heading);
    if (readings.length === 0 && sentence.headingLike) {
      heading = readHeading(sentence.text, pc, heading);
      continue;
    }
    out.push(...readings);
  }
  return out;
}

export function extractCapexGuidance(text: string, ctx: ExtractionContext): GuidanceStatement[] {
  const statements: GuidanceStatement[] = [];
  const seen = new Set<string>();
  for (const r of explainCapexGuidance(text, ctx)) {
    if (r.verdict !== "guidance" || r.currency === null) continue;
    const key = `${r.period}|${r.low}|${r.high}|${r.currency}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statements.push({ metric: "capex", period: r.period, low: r.low, high: r.high, currency: r.currency, text: r.sentence });
  }
  return statements;
}
