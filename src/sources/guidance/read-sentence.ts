// One sentence read: its amounts become figures, each with a verdict (guidance, a superseded level, an
// estimate, money spent, …), a period, a segment and a per-year mark; the turn and document passes in
// extract.ts refine them across sentences. Pure: no I/O.
import { findAmounts, unitsNote } from "./amounts.js";
import { assignPeriods, type AssignedPeriod } from "./assign-periods.js";
import { callQuarterOutlook } from "./call-quarter.js";
import { classifyFigures, type SentenceFacts, type Verdict } from "./classify.js";
import { findClauses } from "./clauses.js";
import { FORWARD_ALL, FORWARD_CJK_ALL, PAST_CUE, QUANTITY_UNIT } from "./cues.js";
import { eachNamedYear } from "./each-year.js";
import { readFigures } from "./figures.js";
import { formatPeriod, isEnded, isFuture } from "./fiscal.js";
import { namesCapex, type Heading } from "./headings.js";
import type { Voice } from "./hearing.js";
import { findMetrics } from "./metrics.js";
import type { PeriodContext } from "./period-context.js";
import { findPeriods, noteNamedSpans } from "./periods.js";
import type { FigureReading } from "./reading.js";
import { boundsAgainstEarlier } from "./relative-bound.js";
import { perYear, segmentOf } from "./segments.js";
import { columnOf, isTableRow, mergeLowHigh } from "./table-columns.js";

// Figures whose period dates a plan given without one: "$17 billion, up from $15 billion this year".
const BASELINE: ReadonlySet<Verdict> = new Set(["compared", "actual"]);
// "The company now expects to invest …" right after a sentence naming its capex.
// "The Denver-based company said it intended to invest …": the subject may be described, and may say it through "said it".
const COMPANY_SUBJECT =
  /^\s*(?:[Tt]he\s+(?:[\w,.'’-]+\s+){0,3}?company|[Ii]t|[Ww]e|(?!(?:Analysts?|Investors?|They|He|She|Economists?|Observers?)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:(?:said|says)\s+(?:that\s+)?it\s+)?(?:now\s+|still\s+|also\s+)?(?:expects?|expected|plans?|planned|intends?|intended|will|would|anticipates?|anticipated)\b/;
// "its 2025 projection of", "the capex target of", "a planned": the company's own plan named as the baseline.
const STANDING_PLAN_BEFORE = /\b(?:its|their|our|the)\s+(?:(?:FY|fiscal\s+)?'?\d{2,4}\s+|current\s+|capex\s+|capital\s+(?:expenditure|spending|budget)\s+)*(?:projection|expectation|target|plan|guidance|budget|forecast|outlook)\s+(?:of|at)\s+(?:(?:about|around|approximately|roughly)\s+)?~?\s?$|\ba\s+planned\s+~?\s?$/i;
const APPROVED = /\bapprov(?:ed|es|al)\b/i;
const MEASURE_AFTER = new RegExp(`^[\\s-]*${QUANTITY_UNIT}`, "i");
// A period named in words findPeriods leaves to the context ("in its fiscal year ending in June").
const TIME_WORD = /\b(?:years?|quarters?|half|fiscal|FY\d*|annual(?:ly)?(?!\s+(?:general|shareholders|meeting))|(?:19|20)\d{2})\b/i;
// "will level at roughly $2.5 billion per year": a run rate with no years named is no year's figure.
const PER_YEAR_AFTER = /^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|per\s+annum|p\.a\.)/i;

function forwardPositions(text: string): number[] {
  const at: number[] = [];
  for (const re of [FORWARD_ALL, FORWARD_CJK_ALL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) at.push(m.index);
  }
  return at;
}

/**
 * One sentence's figures and what each is: its amount, role, period, segment and whether it is per
 * year. `previous`: the sentence before it, for a capex named there and carried on.
 */
export function readSentence(text: string, pc: PeriodContext, heading: Heading | null, v: Pick<Voice, "spoken" | "candidates" | "dollar" | "peso" | "rupee" | "reporting">, previous = ""): FigureReading[] {
  const { spoken, candidates } = v;
  const table = isTableRow(text);
  const columns = table ? (heading?.columns ?? null) : null;
  const clauses = findClauses(text);
  const scale = unitsNote(text) ?? (table ? (heading?.scale ?? null) : null);
  let figures = readFigures(text, clauses, findAmounts(text, scale, v.dollar, v.peso, v.rupee));
  if (figures.length === 0) {
    noteNamedSpans(text, pc);
    // "Petrohawk will reduce its 2009 capital budget by 33%.": the year a capex plan is named for dates what follows.
    if (namesCapex(text)) findPeriods(text, pc, spoken !== null);
    return [];
  }
  // On a call "83 billion" is said without its currency: it is the one the call speaks in.
  // Not "the 5 million hectoliter expansion": a number of a measure is not money.
  if (spoken !== null) figures = figures.map((f) => (f.currency === null && !MEASURE_AFTER.test(text.slice(f.end, f.end + 24)) ? { ...f, currency: spoken } : f));
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
  const levelsAreYears = [...levelPeriods].every((p) => p === "" || /^FY\d{4}$/.test(p));
  return figures.flatMap((fig, i) => {
    let { period, guessed } = periods[i] as AssignedPeriod;
    let verdict: Verdict | "ended" = verdicts[i] ?? "not-capex";
    // "… 2026 capex of $6.3-6.7 billion, down from its 2025 projection of $7.1-7.3 billion", written
    // in 2025: the company's standing plan for a year not yet over is that year's level too.
    if (verdict === "compared" && !guessed && period.kind === "FY" && !levelPeriods.has(formatPeriod(period)) && !isEnded(period, pc.date, pc.cal) && STANDING_PLAN_BEFORE.test(text.slice(Math.max(0, fig.start - 50), fig.start))) verdict = "guidance";
    // "… earmarked Rs 5,700 crore for FY25 capex, with plans to ramp up investments to around Rs 7,500 crore in
    // FY26": money in a "with" clause is a slice of the total only for the total's own period.
    // (A year's money beside another year's; not a quarter or a span, which may lie within the total's.)
    if (verdict === "sub-allocation" && !guessed && period.kind === "FY" && levelsAreYears && !levelPeriods.has(formatPeriod(period))) verdict = "guidance";
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
