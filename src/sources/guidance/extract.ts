// The capex-guidance extractor behind `capwatch guidance extract` and the replay's `document`
// lines: every figure a text gives as the company's planned capital expenditure, with its period,
// range or bound, currency and the sentence it came from. Pure: no I/O.
import { findAmounts } from "./amounts.js";
import type { Verdict } from "./classify.js";
import { AGGREGATE, CAPEX_WEAK, FORWARD } from "./cues.js";
import { endOfRange } from "./range-end.js";
import { namesCapex, readHeading, type Heading } from "./headings.js";
import { localDollar, localPeso, localRupee } from "./local-dollar.js";
import { findMetrics } from "./metrics.js";
import { outlookList } from "./outlook-list.js";
import { periodContext, type PeriodContext } from "./period-context.js";
import { findPeriods } from "./periods.js";
import { splitSentences } from "./sentences.js";
import { isTableRow } from "./table-columns.js";
import { companyFinder } from "./companies.js";
import { oneLevelPerPeriod } from "./document-levels.js";
import { perYearBySize } from "./per-year-compared.js";
import { readSentence } from "./read-sentence.js";
import { gaveCapex, pointsBackToMoney, restatedCapex } from "./restated-capex.js";
import { levelsFromSpentYear } from "./relative-to-actual.js";
import { hear, spokenCurrency, type Voice } from "./hearing.js";
import type { FigureReading } from "./reading.js";
import { splitTurns } from "./turns.js";
import { askedPrefix } from "./asked.js";
import { ALLOCATES, ANSWER_SENTENCES, CAPEX_OUTLOOK_ANNOUNCED, COMPANY_PLANS, CONTINUES_BEFORE, POINTER_SUBJECT, POINTS_BACK, SUBJECT_REACH } from "./sentence-links.js";
import type { ExtractionContext, GuidanceStatement } from "./types.js";

export type { FigureReading } from "./reading.js";

// A figure needs a digit, or a scale word for amounts written out ("seventy billion dollars").
const HAS_DIGIT = /\d|\b(?:trillion|billion|million)\b/i;
// Words of a sentence that may name the year an outlook is for, with no money of its own.
const OUTLOOK_WORD = /\b(?:guidance|outlook|commitments|targets)\b|\bthe\s+following\s+for\b/i;
const QUARTER_WORD = /\bQ[1-4]\b|\bquarter\b/i;
// Verdicts that the period can still turn into guidance, or that are guidance.
const CANDIDATE: ReadonlySet<Verdict> = new Set(["guidance", "not-forward", "rate"]);
// For consensus read from the text (estimates.ts), estimates need their period too.
const CANDIDATE_OR_ESTIMATE: ReadonlySet<Verdict> = new Set([...CANDIDATE, "estimate"]);

function mayBeCapex(text: string): boolean {
  CAPEX_WEAK.lastIndex = 0;
  return namesCapex(text) || CAPEX_WEAK.test(text);
}

function hasMoney(text: string): boolean {
  return findAmounts(text).some((t) => !t.bare);
}

const NO_HEADING: Heading = { capex: false, forward: false, period: null, periodGuessed: false, past: false, scale: null, columns: null };

/**
 * `answersCapex`: the turn answers a question about capex ("What's the capex outlook for 2026?" —
 * "We're still forecasting $4.5 to $5 billion"): the amounts of its first sentences that name
 * no metric at all are capex (a sentence that names capex or another metric is read by its words).
 */
function readTurn(v: Voice, pc: PeriodContext, out: FigureReading[], transcript: boolean, answersCapex = false): void {
  let heading: Heading | null = null;
  // Where the answer to a capex question starts, or -1.
  let answerFrom = answersCapex ? 0 : -1;
  let afterCapex = false;
  // The sentence before gave a capex figure, the company's or another's.
  let afterAnyCapex = false;
  let afterAggregate = false;
  // "we show our current estimates for capital expenditures for 24 and 25. … $3.6 billion is
  // projected for 2024": a sentence that announces capex with no money of its own makes the next
  // sentences' amounts with no metric of their own capex.
  let announcedCapex = 0;
  let lastRange: FigureReading | null = null;
  const sentences = splitSentences(v.turn.text);
  const asked = askedPrefix(sentences, transcript, v.turn);
  const turn = v.turn;
  const outlook = outlookList();
  for (const [at, sentence] of sentences.entries()) {
    v.turn = at < asked ? { ...turn, asking: true } : turn;
    // In an excerpt that opens on the question, the answer starts after it.
    if (at === asked && asked > 0 && sentences.slice(0, asked).some((q) => namesCapex(q.text))) answerFrom = at;
    const noMetric = !mayBeCapex(sentence.text) && findMetrics(sentence.text).length === 0;
    const answering = (answerFrom >= 0 && at >= answerFrom && at < answerFrom + ANSWER_SENTENCES && noMetric) || (afterAnyCapex && noMetric && COMPANY_PLANS.test(sentence.text)) || (announcedCapex > 0 && noMetric && FORWARD.test(sentence.text));
    announcedCapex = CAPEX_OUTLOOK_ANNOUNCED.test(sentence.text) && !hasMoney(sentence.text) ? ANSWER_SENTENCES : Math.max(0, announcedCapex - 1);
    afterAnyCapex = false;
    const listed = outlook.continues(sentence.text);
    if (!HAS_DIGIT.test(sentence.text)) {
      if (sentence.headingLike) heading = readHeading(sentence.text, pc, heading);
      hear([], sentence.text, v);
      afterCapex = false;
      continue;
    }
    if (afterCapex && (POINTS_BACK.test(sentence.text) || ALLOCATES.test(sentence.text))) {
      let readings = readSentence(sentence.text, pc, { ...(heading ?? NO_HEADING), capex: true }, v);
      // "Big tech's capex was around $100 billion. That figure is expected to rise to $500 billion": still their total.
      if (afterAggregate && POINTER_SUBJECT.test(sentence.text)) readings = readings.map((r) => (r.verdict === "guidance" ? { ...r, verdict: "aggregate" as const } : r));
      out.push(...hear(readings, sentence.text, v));
      afterCapex = false;
      continue;
    }
    afterCapex = false;
    if (noMetric && !answering && pointsBackToMoney(sentence.text) && gaveCapex(out)) {
      const again = restatedCapex(readSentence(sentence.text, pc, { ...(heading ?? NO_HEADING), capex: true }, v, sentences[at - 1]?.text), out);
      if (again.length > 0) {
        out.push(...hear(again, sentence.text, v));
        continue;
      }
    }
    // Most sentences of a long release never name capex: skip them cheaply.
    if (!(heading?.capex ?? false) && !answering && !mayBeCapex(sentence.text) && !isTableRow(sentence.text)) {
      if (sentence.headingLike && !hasMoney(sentence.text)) heading = readHeading(sentence.text, pc, heading);
      // On a call, an outlook for a quarter ("margin of about 29% for Q3") dates the figures after it.
      // An outlook read out as a list ("For fiscal 2025, we expect total sales of …") dates its items.
      // "… confirms its fiscal 2015 annual guidance.": the year an outlook is for dates what it lists.
      if ((v.spoken !== null && QUARTER_WORD.test(sentence.text)) || outlook.open || OUTLOOK_WORD.test(sentence.text)) findPeriods(sentence.text, pc, v.spoken !== null);
      hear([], sentence.text, v);
      continue;
    }
    const sentenceHeading = answering ? { ...(heading ?? NO_HEADING), capex: true } : heading;
    const goesOn = CONTINUES_BEFORE.test(sentence.text) && FORWARD.test(sentences[at - 1]?.text ?? "");
    let readings = readSentence(sentence.text, pc, listed || goesOn ? { ...(sentenceHeading ?? NO_HEADING), forward: true } : sentenceHeading, v, sentences[at - 1]?.text);
    const restated = readings.length === 0 ? endOfRange(sentence.text, pc, lastRange, v.spoken !== null) : null;
    if (restated) readings = [restated];
    if (readings.length === 0 && sentence.headingLike) {
      heading = readHeading(sentence.text, pc, heading);
      continue;
    }
    const heard = hear(readings, sentence.text, v);
    out.push(...heard);
    afterAnyCapex = heard.some((r) => r.verdict === "guidance" || r.verdict === "other-company" || r.verdict === "superseded" || r.verdict === "recalled");
    lastRange = readings.filter((r) => r.low !== null && r.high !== null && r.low !== r.high && (r.verdict === "guidance" || r.verdict === "not-forward" || r.verdict === "vague")).pop() ?? lastRange;
    afterCapex = readings.some((r) => r.verdict === "guidance" || r.verdict === "actual");
    afterAggregate = readings.some((r) => r.verdict === "aggregate") || AGGREGATE.test(sentence.text.slice(0, SUBJECT_REACH));
  }
}

/**
 * Every figure of the text with the verdict on it: the extractor's working, for tests and tuning.
 * `estimates`: also read the periods of others' estimates, for the consensus a text reports.
 */
export function explainCapexGuidance(text: string, ctx: ExtractionContext, estimates = false): FigureReading[] {
  const candidates = estimates ? CANDIDATE_OR_ESTIMATE : CANDIDATE;
  const pc = periodContext(ctx);
  const finder = companyFinder(ctx.company, ctx.companies);
  const out: FigureReading[] = [];
  let subject = finder?.own ?? "";
  const spoken = ctx.kind === "transcript" ? spokenCurrency(text) : null;
  const dollar = localDollar(text, ctx.company?.name, ctx.reportingCurrency);
  const peso = localPeso(text, ctx.reportingCurrency);
  const rupee = localRupee(text, ctx.reportingCurrency);
  let capexAsked = false;
  for (const turn of splitTurns(text, ctx.kind === "transcript")) {
    // An executive's "we" is the company; a new turn starts about it again.
    if (turn.speaker !== null && finder) subject = finder.own;
    const v: Voice = { turn, finder, subject, reported: false, spoken, candidates, dollar, peso, rupee, reporting: ctx.reportingCurrency ?? null, ownDocument: ctx.kind === "transcript" || ctx.kind === "earnings_release" };
    const answersCapex = capexAsked && turn.speaker !== null && !turn.asking;
    readTurn(v, pc, out, ctx.kind === "transcript", answersCapex);
    // An asker's turn about capex: the next speaker's answer is about it too.
    capexAsked = turn.asking && ctx.kind === "transcript" && namesCapex(turn.text);
    v.turn = turn;
    subject = v.subject;
  }
  perYearBySize(out);
  return oneLevelPerPeriod(levelsFromSpentYear(out));
}

export function extractCapexGuidance(text: string, ctx: ExtractionContext): GuidanceStatement[] {
  const statements: GuidanceStatement[] = [];
  const seen = new Set<string>();
  const voice = ctx.kind === "news" ? { voice: "press" as const } : {};
  for (const r of explainCapexGuidance(text, ctx)) {
    if (r.verdict !== "guidance" || r.currency === null) continue;
    const key = `${r.period}|${r.low}|${r.high}|${r.currency}|${r.segment ?? ""}|${r.perYear}`;
    if (seen.has(key)) continue;
    seen.add(key);
    statements.push({
      metric: "capex",
      period: r.period,
      low: r.low,
      high: r.high,
      currency: r.currency,
      text: r.sentence,
      ...(r.segment !== null ? { segment: r.segment } : {}),
      ...(r.perYear ? { per: "year" as const } : {}),
      ...voice,
      ...(r.speaker !== null ? { speaker: r.speaker } : {}),
    });
  }
  return statements;
}
