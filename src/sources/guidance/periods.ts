// Period phrases in a sentence ("2026", "fiscal 2026", "FY26", "fiscal year 2023-24", "Q1FY26",
// "the first quarter", "this year", "next year", "the coming quarter", "five-year plan",
// "from 2025 to 2027", "今年", "2026年") and the fiscal period each one names.
import type { Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import { MONTH_PATTERNS } from "./period-months.js";
import { learnNaming } from "./period-naming.js";
import { PATTERNS as SINGLE_PATTERNS } from "./period-patterns.js";
import { SPAN_PATTERNS } from "./period-spans.js";
import { updateTopic } from "./period-topic.js";

export interface PeriodMention {
  start: number;
  end: number;
  /** null for a phrase that looks like a period but names none (a calendar date). */
  period: Period | null;
  /** A quarter or half named without its year ("the third quarter"): its year is a guess. */
  guessed: boolean;
  /** The period something is compared with ("a 10% increase over 2025"), not the one it is for. */
  compared: boolean;
  /** Written as over ("the year ended March 31, 2015"): what it dates is a report on it, not a plan after it. */
  closed?: boolean;
}

const PATTERNS = [...MONTH_PATTERNS, ...SPAN_PATTERNS, ...SINGLE_PATTERNS];

interface Candidate extends PeriodMention {
  order: number;
  follows: boolean;
  fromComingYear: boolean;
}

/** The fiscal year after `p`'s last. */
function yearAfter(p: Period): Period {
  return { kind: "FY", fy: (p.kind === "MULTI" ? p.to : p.fy) + 1 };
}

/** "the following two years" after `p`: as many years as `span` has, from the year after `p`. */
function yearsAfter(p: Period, span: Period & { kind: "MULTI" }): Period {
  const from = (p.kind === "MULTI" ? p.to : p.fy) + 1;
  return { kind: "MULTI", from, to: from + span.to - span.from };
}

// "a 10% increase over 2025", "above last year", "flat to the prior year", "compared to the 2021-2024 period".
const SPENT_OVER = /\b(?:over|from|since)\s+(?:the\s+|fiscal\s+)?$/i;
const COMPARED_BEFORE =
  /\b(?:over|versus|vs\.?|compared\s+(?:with|to)|than|relative\s+to|from|against|since|above|below|exceed(?:s|ed|ing)?|(?:flat|level|in\s+line|on\s+par)\s+(?:with|to)|close\s+to|similar\s+to|unchanged\s+from|(?:up|down)\s+on)\s+(?:the\s+|fiscal\s+)?$/i;
// "the company's Q4 earnings results", "its fourth-quarter earnings call": the report, not the figure's period.
const NAMES_A_REPORT = /^[-\s]*(?:(?:and|&)\s+(?:full[-\s]year|annual|fiscal[-\s]year|year[-\s]end)\s+)?(?:earnings|results|report|call|conference|release|financial\s+results|financials|update|presentation|letter)\b/i;
// "than expected 2015 spending", "the previous plan of 2024-2026", "lower than we finished this past
// fiscal year": the period of a figure compared
// with, or of an earlier plan, even with a word or two between it and the comparison.
const COMPARED_LOOSE_BEFORE =
  /\b(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against)\s+(?:(?:the|its|their|our|expected|estimated|planned|budgeted|actual|projected|forecast|guided|original|previous|prior|earlier)\s+){1,2}(?:fiscal\s+)?$|\b(?:previous|prior|earlier|old|original|initial|last|preceding)\s+(?:[\w-]+\s+)?(?:plan|budget|guidance|outlook|program(?:me)?|period|framework|cycle|target)\s+(?:of|for|covering|in)\s+(?:the\s+)?(?:fiscal\s+)?$|\b(?:than|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:what\s+)?(?:we|it|they|the\s+company)\s+(?:finished|ended|spent|did|had|reported|closed|invested|saw)(?:\s+(?:in|for|during|at))?\s+(?:the\s+|this\s+)?$/i;
const BRACKET_LABEL_AFTER = /^(?:\s+(?:actual|actuals|comparable|figure|level|capex|outturn))?\s*[:=]/i;
// "$10.5 billion of free cash flow over 2022", "capital investments of $1.5 billion over 2022": "over" right
// after the money or its metric is the year it is spent in, not a year compared with ("up 10% over 2025").
const OVER_AS_DURING = /(?:\d\s*(?:billion|million|trillion|bn|mn|crores?|[BM])|\b(?:capex|expenditures?|investments?|spending|spend|flows?|budget|plan))\s+over\s+(?:the\s+|fiscal\s+)?$/i;
const WRITTEN_YEAR = /(?:19|20)\d{2}|(?:FY|F|'|Q[1-4]|H[12]|[1-4]Q|[12]H)\s?\d{2}(?!\d)|年/i;

/** A sentence's period phrases, and the period the text was talking about before it. */
export type SentencePeriods = PeriodMention[] & { carried?: Period | null };

/**
 * The period phrases of `sentence`, left to right, without overlaps (the longest wins). What the
 * sentence shows of how the company names its fiscal years, and the period it is about, are kept
 * in `pc` for the sentences after it.
 */
export function findPeriods(sentence: string, pc: PeriodContext, spoken = false): SentencePeriods {
  const carried = pc.topic;
  let kept = scan(sentence, pc);
  if (learnNaming(sentence, kept, pc)) kept = scan(sentence, pc);
  updateTopic(sentence, kept, pc, spoken);
  keepNamedSpans(sentence, kept, pc);
  return Object.assign(kept, { carried });
}

function keepNamedSpans(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext): void {
  for (const m of mentions) {
    const p = m.period;
    if (p?.kind === "MULTI" && !m.guessed && FOUR_DIGIT_YEAR.test(sentence.slice(m.start, m.end)) && !pc.namedSpans.some((n) => n.kind === "MULTI" && n.from === p.from && n.to === p.to)) pc.namedSpans.push(p);
  }
}

/** A sentence with no money that names a span of years ("filed … its 2023-2027 Investment Plan", "the three-year period ending
 * December 2023"): kept for the plan named later by its length only ("over the 3-year period"). */
export function noteNamedSpans(sentence: string, pc: PeriodContext): void {
  if (FOUR_DIGIT_YEAR.test(sentence)) keepNamedSpans(sentence, scan(sentence, pc), pc);
}

// A span kept for later mentions names a year: "2023-2027", or its end ("the three-year period ending December 2023").
const FOUR_DIGIT_YEAR = /(?:19|20)\d{2}/;

function scan(sentence: string, pc: PeriodContext): PeriodMention[] {
  const candidates: Candidate[] = [];
  PATTERNS.forEach((pattern, order) => {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(sentence); m !== null; m = pattern.re.exec(sentence)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex += 1;
        continue;
      }
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const names = NAMES_A_REPORT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const period = names ? null : pattern.resolve(m, pc);
      if (period === null && pattern.onlyWhenResolved === true) continue;
      const guessed = (period?.kind === "Q" || period?.kind === "H") && !WRITTEN_YEAR.test(m[0]) && !/\b(?:this|next|coming|upcoming|current|last|previous|prior|latest|recent)\b|[本當当上下]一?季/i.test(m[0]);
      const before = sentence.slice(Math.max(0, start - 30), start);
      // "over 2026-2028", "from 2025 to 2027": a span after "over" or "from" is the one spent in.
      // "$1.2bn (2024: $1.0bn)": a period labelling a bracket's figure is that figure's, set beside the one before it.
      const labelsBracket = /\(\s*$/.test(before) && BRACKET_LABEL_AFTER.test(sentence.slice(m.index + m[0].length));
      const compared = period !== null && ((COMPARED_BEFORE.test(before) && !(period.kind === "MULTI" && SPENT_OVER.test(before)) && !OVER_AS_DURING.test(before)) || COMPARED_LOOSE_BEFORE.test(sentence.slice(Math.max(0, start - 50), start)) || labelsBracket);
      const closed = /\b(?:ended|closed)\b/i.test(m[0]);
      candidates.push({ start, end: m.index + m[0].trimEnd().length, period, guessed, compared, ...(closed ? { closed } : {}), order, follows: pattern.follows === true, fromComingYear: pattern.fromComingYear === true });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: PeriodMention[] = [];
  const spansFromComing = new Set<number>();
  let coveredTo = -1;
  for (const c of candidates) {
    if (c.start < coveredTo) continue;
    const { order: _order, follows, fromComingYear, ...mention } = c;
    // "the following year": after the period named before it, else after the one the text is about.
    const before = follows ? ([...kept].reverse().find((k) => k.period !== null)?.period ?? pc.topic) : null;
    kept.push(before ? { ...mention, period: mention.period?.kind === "MULTI" ? yearsAfter(before, mention.period) : yearAfter(before) } : mention);
    if (fromComingYear) spansFromComing.add(mention.start);
    coveredTo = c.end;
  }
  return afterYearOfItsOwn(kept, spansFromComing);
}

/** "$7-9 billion in each of the next two years, up from $6-8 billion this year": when the sentence names the
 * year the span would start with on its own ("this year"), "the next N years" are the ones after it. */
function afterYearOfItsOwn(kept: PeriodMention[], spans: ReadonlySet<number>): PeriodMention[] {
  return kept.map((k) => {
    const p = k.period;
    if (p?.kind !== "MULTI" || !spans.has(k.start)) return k;
    // ("in the three years from April 2018": the year right after the span is where it starts, not a year of its own.)
    const own = kept.some((o) => o !== k && !o.guessed && o.period?.kind === "FY" && o.period.fy === p.from && !(o.start >= k.end && o.start - k.end <= 16));
    return own ? { ...k, period: { kind: "MULTI", from: p.from + 1, to: p.to + 1 } } : k;
  });
}
