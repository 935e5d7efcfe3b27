// The capex-guidance extractor behind `capwatch guidance extract` and the replay's `document`
// lines: every figure a text gives as the company's planned capital expenditure, with its period,
// range or bound, currency and the sentence it came from. Pure: no I/O.
import { findAmounts, unitsNote } from "./amounts.js";
import { assignPeriods, type AssignedPeriod } from "./assign-periods.js";
import { classifyFigures, type SentenceFacts, type Verdict } from "./classify.js";
import { callQuarterOutlook } from "./call-quarter.js";
import { findClauses } from "./clauses.js";
import { AGGREGATE, CAPEX_WEAK, FORWARD, FORWARD_ALL, FORWARD_CJK_ALL, PAST_CUE } from "./cues.js";
import { readFigures } from "./figures.js";
import { eachNamedYear } from "./each-year.js";
import { endOfRange } from "./range-end.js";
import { formatPeriod, isEnded, isFuture } from "./fiscal.js";
import { namesCapex, readHeading, type Heading } from "./headings.js";
import { localDollar, localPeso } from "./local-dollar.js";
import { findMetrics } from "./metrics.js";
import { outlookList } from "./outlook-list.js";
import { periodContext, type PeriodContext } from "./period-context.js";
import { findPeriods, noteNamedSpans } from "./periods.js";
import { perYear, segmentOf } from "./segments.js";
import { splitSentences } from "./sentences.js";
import { columnOf, isTableRow, mergeLowHigh } from "./table-columns.js";
import { companyFinder } from "./companies.js";
import { oneLevelPerPeriod } from "./document-levels.js";
import { perYearBySize } from "./per-year-compared.js";
import { boundsAgainstEarlier } from "./relative-bound.js";
import { hear, spokenCurrency, type Voice } from "./hearing.js";
import type { FigureReading } from "./reading.js";
import { splitTurns } from "./turns.js";
import { askedPrefix } from "./asked.js";
import { ALLOCATES, ANSWER_SENTENCES, CAPEX_OUTLOOK_ANNOUNCED, COMPANY_PLANS, CONTINUES_BEFORE, POINTER_SUBJECT, POINTS_BACK, SUBJECT_REACH } from "./sentence-links.js";
import type { ExtractionContext, GuidanceStatement } from "./types.js";

export type { FigureReading } from "./reading.js";

// A figure needs a digit, or a scale word for amounts written out ("seventy billion dollars").
const HAS_DIGIT = /\d|\b(?:trillion|billion|million)\b/i;
// Figures whose period dates a plan given without one: "$17 billion, up from $15 billion this year".
const BASELINE: ReadonlySet<Verdict> = new Set(["compared", "actual"]);
// "The company now expects to invest …" right after a sentence naming its capex.
const COMPANY_SUBJECT = /^\s*(?:[Tt]he\s+company|[Ii]t|[Ww]e|(?!(?:Analysts?|Investors?|They|He|She|Economists?|Observers?)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:now\s+|still\s+|also\s+)?(?:expects?|plans?|intends?|will|anticipates?)\b/;
// Words of a sentence that may name the year an outlook is for, with no money of its own.
const OUTLOOK_WORD = /\b(?:guidance|outlook|commitments|targets)\b|\bthe\s+following\s+for\b/i;
// "its 2025 projection of", "the capex target of", "a planned": the company's own plan named as the baseline.
const STANDING_PLAN_BEFORE = /\b(?:its|their|our|the)\s+(?:(?:FY|fiscal\s+)?'?\d{2,4}\s+|current\s+|capex\s+|capital\s+(?:expenditure|spending|budget)\s+)*(?:projection|expectation|target|plan|guidance|budget|forecast|outlook)\s+(?:of|at)\s+(?:(?:about|around|approximately|roughly)\s+)?~?\s?$|\ba\s+planned\s+~?\s?$/i;
const QUARTER_WORD = /\bQ[1-4]\b|\bquarter\b/i;
const APPROVED = /\bapprov(?:ed|es|al)\b/i;
// A period named in words findPeriods leaves to the context ("in its fiscal year ending in June").
const TIME_WORD = /\b(?:years?|quarters?|half|fiscal|FY\d*|annual(?:ly)?(?!\s+(?:general|shareholders|meeting))|(?:19|20)\d{2})\b/i;
// "will level at roughly $2.5 billion per year": a run rate with no years named is no year's figure.
const PER_YEAR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|per\s+annum|p\.a\.)/i;
// Verdicts that the period can still turn into guidance, or that are guidance.
const CANDIDATE: ReadonlySet<Verdict> = new Set(["guidance", "not-forward", "rate"]);
// For consensus read from the text (estimates.ts), estimates need their period too.
const CANDIDATE_OR_ESTIMATE: ReadonlySet<Verdict> = new Set([...CANDIDATE, "estimate"]);

function mayBeCapex(text: string): boolean {
  CAPEX_WEAK.lastIndex = 0;
  return namesCapex(text) || CAPEX_WEAK.test(text);
}

function forwardPositions(text: string): number[] {
  const at: number[] = [];
  for (const re of [FORWARD_ALL, FORWARD_CJK_ALL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) at.push(m.index);
  }
  return at;
}

function hasMoney(text: string): boolean {
  return findAmounts(text).some((t) => !t.bare);
}

function readSentence(text: string, pc: PeriodContext, heading: Heading | null, v: Pick<Voice, "spoken" | "candidates" | "dollar" | "peso" | "reporting">, previous = ""): FigureReading[] {
  const { spoken, candidates } = v;
  const table = isTableRow(text);
  const columns = table ? (heading?.columns ?? null) : null;
  const clauses = findClauses(text);
  const scale = unitsNote(text) ?? (table ? (heading?.scale ?? null) : null);
  let figures = readFigures(text, clauses, findAmounts(text, scale, v.dollar, v.peso));
  if (figures.length === 0) {
    noteNamedSpans(text, pc);
    // "Petrohawk will reduce its 2009 capital budget by 33%.": the year a capex plan is named for dates what follows.
    if (namesCapex(text)) findPeriods(text, pc, spoken !== null);
    return [];
  }
  // On a call "83 billion" is said without its currency: it is the one the call speaks in.
  if (spoken !== null) figures = figures.map((f) => (f.currency === null ? { ...f, currency: spoken } : f));
  if (columns) figures = mergeLowHigh(text, columns, figures);
  const facts: SentenceFacts = {
    text,
    clauses,
    figures,
    metrics: findMetrics(text),
    forwardAt: forwardPositions(text),
    headingForward: heading?.forward ?? false,
    headingCapex: heading?.capex ?? false,
    reporting: v.reporting,
  };
  const verdicts = classifyFigures(facts);
  const fallback: AssignedPeriod = heading?.period
    ? { period: heading.period, guessed: heading.periodGuessed }
    : { period: { kind: "FY", fy: pc.currentFy }, guessed: true };
  // Periods are read only where a figure may still be guidance (most figures of a long release are
  // not): the others keep the fallback period, which nothing downstream reads.
  // A pledge's period is read too: "we shall invest €84.2 billion … in the period from 2014 to 2018" dates the capex said of it next.
  const candidate = verdicts.some((v) => candidates.has(v) || v === "pledge") || columns !== null;
  const mentions = candidate ? findPeriods(text, pc, spoken !== null) : [];
  const periods = candidate
    ? assignPeriods(text, clauses, figures, mentions, (i) => BASELINE.has(verdicts[i] ?? "guidance"), fallback)
    : figures.map(() => fallback);

  // "… a further reduction in its 2020 capital spending program. The company now expects to invest $2.7 billion …": the company's spending right after its capex is named is that capex.
  const capexNamed = namesCapex(text) || (heading?.capex ?? false) || (COMPANY_SUBJECT.test(text) && namesCapex(previous));
  const noPeriodNamed = !heading?.period && mentions.length === 0 && !TIME_WORD.test(text);
  const callQuarter = spoken !== null && noPeriodNamed && !mentions.carried ? callQuarterOutlook(text, previous, pc) : null;
  // The periods the sentence's new levels are for: a baseline for another year can still be that year's plan.
  const levelPeriods = new Set(figures.map((_, i) => (verdicts[i] === "guidance" || verdicts[i] === "not-forward" ? formatPeriod((periods[i] as AssignedPeriod).period) : "")));
  return figures.flatMap((fig, i) => {
    let { period, guessed } = periods[i] as AssignedPeriod;
    let verdict: Verdict | "ended" = verdicts[i] ?? "not-capex";
    // "… 2026 capex of $6.3-6.7 billion, down from its 2025 projection of $7.1-7.3 billion", written
    // in 2025: the company's standing plan for a year not yet over is that year's level too.
    if (verdict === "compared" && !guessed && period.kind === "FY" && !levelPeriods.has(formatPeriod(period)) && !isEnded(period, pc.date, pc.cal) && STANDING_PLAN_BEFORE.test(text.slice(Math.max(0, fig.start - 50), fig.start))) verdict = "guidance";
    const column = columns ? columnOf(text, columns, fig) : null;
    if (column?.period) {
      period = column.period;
      guessed = false;
    }
    if (column?.actual && (verdict === "guidance" || verdict === "not-forward")) verdict = "actual";
    if (column?.forward && verdict === "not-forward") verdict = "guidance";
    // "Capex: ~$2.5B for FY2026" needs no "expect": a period not yet begun is the future, and a
    // figure for the year under way, written with no past tense, is a plan ("has lined up a
    // capex of Rs 12,000 crore for FY26").
    const past = PAST_CUE.test(text) || (heading?.past ?? false);
    if (verdict === "not-forward" && !guessed && (isFuture(period, pc.date, pc.cal) || !past)) verdict = "guidance";
    if (verdict === "rate" && period.kind === "Q" && !guessed) verdict = "guidance";
    if (verdict === "guidance" && guessed && period.kind === "FY" && callQuarter !== null) period = callQuarter;
    if (verdict === "guidance" && isEnded(period, pc.date, pc.cal)) verdict = "ended";
    // "will spend 45 billion yen to expand …", "investments amounting to HK$165 billion": money
    // named only by a verb of spending, with no period of its own, is a project's or a pledge's,
    // not a year's capex budget. Only a capex word or a named period makes it guidance.
    if (verdict === "guidance" && guessed && noPeriodNamed && !capexNamed) verdict = "vague";
    // "the newly approved capex plan of ₹25,115 crore": a board's approval with no period is projects' money, not a year's plan.
    if (verdict === "guidance" && guessed && noPeriodNamed && APPROVED.test(text)) verdict = "vague";
    if (verdict === "guidance" && guessed && period.kind === "FY" && PER_YEAR_AFTER.test(text.slice(fig.end, fig.end + 20))) verdict = "vague";
    const segment = verdict === "guidance" ? segmentOf(text, fig.start, fig.end) : null;
    const perYearPlan = period.kind === "MULTI" && perYear(text, fig.start, fig.end);
    const reading: FigureReading = {
      sentence: text,
      start: fig.start,
      end: fig.end,
      low: fig.low,
      high: fig.high,
      currency: fig.currency,
      period: formatPeriod(period),
      verdict,
      segment,
      periodGuessed: guessed,
      perYear: perYearPlan,
      speaker: null,
      company: null,
    };
    const each = eachNamedYear(text, mentions, period);
    return boundsAgainstEarlier(each === null ? [reading] : each.map((fy) => ({ ...reading, period: formatPeriod({ kind: "FY", fy }), perYear: false })));
  });
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
  let capexAsked = false;
  for (const turn of splitTurns(text, ctx.kind === "transcript")) {
    // An executive's "we" is the company; a new turn starts about it again.
    if (turn.speaker !== null && finder) subject = finder.own;
    const v: Voice = { turn, finder, subject, reported: false, spoken, candidates, dollar, peso, reporting: ctx.reportingCurrency ?? null };
    const answersCapex = capexAsked && turn.speaker !== null && !turn.asking;
    readTurn(v, pc, out, ctx.kind === "transcript", answersCapex);
    // An asker's turn about capex: the next speaker's answer is about it too.
    capexAsked = turn.asking && ctx.kind === "transcript" && namesCapex(turn.text);
    v.turn = turn;
    subject = v.subject;
  }
  perYearBySize(out);
  return oneLevelPerPeriod(out);
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
