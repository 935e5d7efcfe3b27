// Deciding, figure by figure, whether a sentence's figure is capex guidance: its metric must be
// capex, the sentence must look forward (a range alone does not: "capex of $2-3 billion funds …"), and the figure must not be an
// estimate, an earlier figure, a change without a level, money already spent, or a slice of a plan.
import { clauseEnd, clauseStart, type Clauses } from "./clauses.js";
import { conversions } from "./conversions.js";
import {
  isRate,
  ACTUAL_BEFORE,
  AT_END_OF,
  ACTUAL_NAMED_BEFORE,
  GUIDANCE_WAS_BEFORE,
  PLAN_MOVED_BEFORE,
  AGGREGATE,
  FORWARD,
  ACTUAL_CJK_BEFORE,
  CHANGE_AFTER,
  FROM_BEFORE,
  SAVINGS_SPLIT_BEFORE,
  TO_MONEY_AFTER,
  CHANGE_BEFORE,
  CHANGE_CJK_BEFORE,
  DERIVED_BEFORE,
  EARLIER_STATEMENT,
  VAGUE_BEFORE,
  COMPARED_POSSESSIVE_BEFORE,
  ESTIMATE_AFTER,
  ESTIMATE_ATTRIBUTION,
  ESTIMATE_BEFORE,
  ESTIMATE_CJK,
  ESTIMATE_SUBJECT,
  FROM_THEN_TO,
  PLEDGE_AFTER,
  RANGING_FROM,
  SPEND_NOT_CAPEX_AFTER,
  SUBALLOCATION_AFTER,
  SUBALLOCATION_CLAUSE,
  COMPARED_BEFORE,
  PRIOR_BEFORE,
  PRIOR_NAMED_BEFORE,
  PRIOR_KEPT,
  RANGE_END_KEPT,
  OF_WHICH,
  PLAN_INCLUDES_BEFORE,
  WHICH_INCLUDES_BEFORE,
  pathThroughYears,
  LEVEL_AFTER_COMPARISON,
  SUPERSEDED_CJK_BEFORE,
  PERCENT_CHANGE_OR_BEFORE,
  PERCENT_CHANGE_SET_OFF_BEFORE,
  PERIOD_BRACKET_BEFORE,
  PROJECT_AFTER,
  PLEDGE_BEFORE,
  DOMESTIC_AFTER,
  REACHING_BEFORE,
  PAST_TOTAL_BEFORE,
  ACTUAL_AFTER,
  ATTRIBUTIVE_BEFORE,
  PLAN_NOUN_AFTER,
  VAGUE_SPAN,
  APPROPRIATION,
  NAMED_PROJECT_BEFORE,
  PROJECT_BEFORE,
} from "./cues.js";
import type { Figure } from "./figures.js";
import { metricOf, type MetricKind, type MetricMention } from "./metrics.js";
import { partOfThePlan } from "./part-of-plan.js";
import type { Verdict } from "./verdicts.js";
import { figureVoice } from "./voice.js";

export type { Verdict } from "./verdicts.js";

export interface SentenceFacts {
  text: string;
  clauses: Clauses;
  figures: Figure[];
  metrics: MetricMention[];
  /** Where the sentence's forward words ("expect", "will", "plan", "預計") are. */
  forwardAt: number[];
  /** The heading above speaks of the future ("Outlook"). */
  headingForward: boolean;
  /** The heading above names capex, for lines like "Full year expected $8B-$8.8B". */
  headingCapex: boolean;
  /** The currency the company reports in, where known (conversions.ts). */
  reporting?: string | null;
}

const MIN_AMOUNT = 1e6;
// The opening words of a sentence name what it is about ("The Magnificent 7's capital expenditure is …").
const SUBJECT_REACH = 60;
const WINDOW = 80;
// "The cutbacks, $150mn on sustaining capex and $10mn on exploration, will …": the cuts themselves, set off as the subject.
const CUTS_SUBJECT = /^\s*(?:the|these|those|its|our|their)\s+(?:cutbacks?|cuts|reductions|savings)\s*[,:]\s*(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$/i;
const TOTAL_NAMED = /^[\s,;:(]*with\s+(?:the\s+|its\s+|our\s+)?(?:total|overall|consolidated|company-wide)\s+(?:cap(?:ital)?[-\s]?ex|capital\s+(?:expenditures?|spending|investments?))\b/i;
// "By the end of this year, we'll have spent probably close to $2 billion": what will have been
// spent by a date, over years already mostly past, is a running total, not a period's level.
const SPENT_BY_THEN_BEFORE = /\b(?:will|would|shall)\s+have\s+(?:\w+\s+){0,1}?(?:spent|invested|deployed|poured)\b[^.;]{0,40}$|'ll\s+have\s+(?:\w+\s+){0,1}?(?:spent|invested|deployed|poured)\b[^.;]{0,40}$/i;

function before(f: SentenceFacts, i: number): string {
  const figure = f.figures[i] as Figure;
  const prevEnd = i > 0 ? (f.figures[i - 1] as Figure).end : 0;
  const from = Math.max(clauseStart(f.clauses, figure.start), prevEnd, figure.start - WINDOW);
  return f.text.slice(from, figure.start);
}

// "deployed capital expenditure (excluding leases) of R41 billion": money spent is named across a short aside in brackets.
const ASIDE_BEFORE = /\([^()$€£¥₹\d]{1,30}\)\s*$/;

/** The tail before figure `i`, taken on past a bracketed aside that ends its clause. */
function beforePastAside(f: SentenceFacts, i: number, tail: string): string {
  const figure = f.figures[i] as Figure;
  const start = figure.start - tail.length;
  const aside = ASIDE_BEFORE.exec(f.text.slice(Math.max(0, start - 32), start));
  if (aside === null || (i > 0 && (f.figures[i - 1] as Figure).end > start - aside[0].length)) return tail;
  const from = Math.max(clauseStart(f.clauses, Math.max(0, start - aside[0].length - 1)), i > 0 ? (f.figures[i - 1] as Figure).end : 0, figure.start - WINDOW);
  return f.text.slice(from, figure.start);
}

// "KRW 20 trillion (A$21 billion) by 2030 for the complex", "40 billion yen ($333.4 million) more than it
// planned": the words after a figure go on past the same money in brackets.
const BRACKET_OPEN = /^\s*\(\s*[^()]{0,20}$/;
const BRACKET_CLOSE = /^[^()]{0,3}\)/;
const BRACKET_FIRST = /^\s*\([^()]*\)/;

function after(f: SentenceFacts, i: number): string {
  const figure = f.figures[i] as Figure;
  let n = i + 1;
  let next = f.figures[n];
  let from = figure.end;
  if (next && BRACKET_OPEN.test(f.text.slice(figure.end, next.start)) && BRACKET_CLOSE.test(f.text.slice(next.end))) {
    from = f.text.indexOf(")", next.end) + 1;
    next = f.figures[++n];
  }
  const to = Math.min(clauseEnd(f.clauses, from), next?.start ?? f.text.length, from + WINDOW);
  return f.text.slice(figure.end, Math.max(to, figure.end));
}

// "$1.7 billion in CapEx (capital expenditures) at Electric Boat over the next several years": a
// span with no years, past a bracket or a place, before the next figure, in a sentence that names no
// year before it ("capex for 2016 to be $110 million, driven by … over the next few years" has one).
const NAMED_YEAR = /\b(?:19|20)\d{2}\b|\bFY\s?\d|\b(?:this|next|the\s+current|the\s+coming)\s+(?:fiscal\s+|financial\s+)?year\b/i;
function vagueSpanLater(before: string, rest: string): boolean {
  const span = VAGUE_SPAN.exec(rest);
  return span !== null && !NAMED_YEAR.test(rest.slice(0, span.index)) && !NAMED_YEAR.test(before);
}

// "a program of $15 billion, at the low end of its $15 to $17 billion guidance range", "$420 million of capital expenditures
// in 2024, which is at the lower end of our multi-year targeted range of $420 to $440 million": a point set inside a range.
const POINT_IN_RANGE_BEFORE = new RegExp(String.raw`\d(?:\s*(?:million|billion|trillion|bn|mn|crore))?(?:\s+(?:of\s+)?[\w-]+(?:\s+[\w-]+){0,3})?\s*,\s+(?:which\s+is\s+)?` + AT_END_OF + String.raw`\s+(?:[\w-]+\s+){0,4}$`, "i");

/** "superseded": an earlier forecast of the same period; "compared": a figure the new one is set against.
 * After a comparison with a period, "at" gives the level ("$50 million lower than last year at approximately $750 million"). */
function earlierFigure(tail: string): "superseded" | "compared" | null {
  if (PRIOR_BEFORE.test(tail) || PRIOR_NAMED_BEFORE.test(tail)) return RANGE_END_KEPT.test(tail) || PRIOR_KEPT.test(tail) ? null : "superseded";
  const m = COMPARED_BEFORE.exec(tail);
  if (m && !(FROM_THEN_TO.test(m[0].trim()) || RANGING_FROM.test(tail) || (/\b(?:flat|in\s+line|similar|consistent|on\s+par|unchanged)\b|\b(?:last|this|prior|previous)\s+(?:year|quarter)\b|\b(?:19|20)\d{2}\b/i.test(m[0]) && LEVEL_AFTER_COMPARISON.test(tail)))) return "compared";
  return COMPARED_POSSESSIVE_BEFORE.test(tail) || SUPERSEDED_CJK_BEFORE.test(tail) ? "compared" : null;
}

const SHORT_CLAUSE_WORDS = 6;

/**
 * Whether a forward word governs the figure: one before the end of its clause, or one in a short
 * closing attribution ("…, the company expects"); not one in a later clause of its own
 * ("we said about $37.5 billion this quarter, and we expect that to come down").
 */
function looksForwardAt(f: SentenceFacts, figure: Figure): boolean {
  if (f.headingForward) return true;
  const end = clauseEnd(f.clauses, figure.end);
  if (f.forwardAt.some((p) => p < end)) return true;
  const lastStart = f.clauses.starts[f.clauses.starts.length - 1] ?? 0;
  const lastClause = f.text.slice(lastStart);
  return lastStart >= end && f.forwardAt.some((p) => p >= lastStart) && lastClause.trim().split(/\s+/).length <= SHORT_CLAUSE_WORDS;
}

function metricKind(f: SentenceFacts, figure: Figure): MetricKind | null {
  return metricOf(f.text, f.clauses, f.metrics, figure) ?? (f.headingCapex ? "capex" : null);
}

// "Chevron, one of the world's largest companies, …": an apposition that ranks the company is not its subject.
const RANKING = /\bone\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:companies|firms|players|producers|makers|groups)\b/gi;

// "Among the large players, UltraTech has guided for …": the group a fronted "among" picks the subject from is not the subject.
const AMONG_FRONTED = /^\s*Among\s+(?:the\s+)?[^,$€£¥₹\d]{0,60},\s*/i;

// "KUALA LUMPUR (Feb 26): Analysts are …", "TOKYO (Jiji Press) — …", "(RTTNews) - …": a news story's dateline is not its subject.
const DATELINE = /^\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]+)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?|\([A-Za-z\d ]{2,30}\))\s*[:—–-]\s+/;

function subjectOf(text: string, figureStart: number): string {
  return text.slice(0, Math.min(figureStart, SUBJECT_REACH)).replace(DATELINE, "").replace(AMONG_FRONTED, "").replace(RANKING, "");
}

// "we're talking $50 to $150 million, so that's a $100 million range depending on the project": a sum per project.
const PER_PROJECT_AFTER = /^[^.;]*?\b(?:depending\s+on\s+(?:the|each)\s+project|per\s+project|for\s+each\s+project)\b/i;

// "The government plans to spend …", "the Ministry of Coal's capex target", "its joint venture will invest …": a spender that is not the company.
const OTHER_SPENDER =
  /\b(?:governments?|ministry|ministries|administration|authorit(?:y|ies)|municipalit(?:y|ies)|parliament|congress|joint\s+ventures?|JVs?|partners?|(?:a|an|its|one)\s+(?:[\w-]+\s+)?(?:unit|subsidiary|arm|affiliate))\s+(?:\w+\s+){0,2}?(?:plans?|will|would|is\s+set|are\s+set|expects?|aims?|intends?|is\s+to|are\s+to|to)\s+(?:\w+\s+)?(?:spend|invest|allocate|deploy|put|pour)\b|\b(?:government|ministry|Centre|administration)(?:\s+of\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})?['’]s\s+(?:[\w-]+\s+){0,3}?(?:capex|capital\s+(?:expenditures?|spending|budget|outlay)|investments?|budget|target)\b/i;

// "The capital budgets of Mobile, Unicom and Telecom … will reach a total of …": the money of several named companies.
const SEVERAL_NAMED =
  /\b(?:budgets|plans|capex|spending|expenditures?|investments?|outlays)\s+of\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?(?:\s*,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)*,?\s+and\s+[A-Z]/;

// "were $759 million in the fourth quarter and $2.6 billion for the full year": the second figure
// of a list joined by "and" shares the first one's past tense.
const LISTED_AFTER = /^[^.;:$€£¥₹\d]{0,50}?,?\s+and\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+)?~?\s?$/i;

// "The project will require approximately $350 million of capex", "Investments to extend the Pelambres mine
// life … are estimated at $2 billion": one project's money as the subject.
const PROJECT_SUBJECT =
  /^\s*(?:the|this|that|each|the\s+new)\s+(?:[\w-]+\s+){0,2}?(?:project|plant|facility|fab|mine|factory|terminal|pipeline|expansion|development|acquisition)\s+(?:will|would|is\s+expected\s+to|is\s+set\s+to)?\s*(?:require|cost|need|involve|entail|take)s?\b/i;
// A named asset's investment as the subject (the name capitalised: "our network" is no project).
const NAMED_ASSET_SUBJECT = /^\s*(?:-\s*)?(?:[Tt]he\s+)?[Ii]nvestments?\s+to\s+(?:extend|expand|build|develop|construct|complete|upgrade)\s+(?:the\s+)?[A-Z]/;

// "cut capex by $200 million versus the revised forecast and $400 million versus the original
// guidance": a second amount set against its own reference, in the same words, is a change too.
const COMPARISON_NEXT = /^\s*(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|against|below|above|from)\b/i;
const AND_BEFORE = /\band\s+(?:(?:about|approximately|around|roughly|nearly|almost|some|another)\s+)?~?\s?$/i;

function parallelChange(f: SentenceFacts, i: number): boolean {
  const prev = f.figures[i - 1] as Figure;
  const figure = f.figures[i] as Figure;
  return AND_BEFORE.test(f.text.slice(prev.end, figure.start)) && COMPARISON_NEXT.test(f.text.slice(prev.end)) && COMPARISON_NEXT.test(f.text.slice(figure.end));
}

const PREVIOUSLY_AFTER = /^\s*(?:previously|earlier)\b(?!\s+(?:this|that|in|on|at|the)\b)/i;

/** The verdict for each figure of the sentence, in order. */
export function classifyFigures(f: SentenceFacts): Verdict[] {
  const verdicts: Verdict[] = [];
  const converted = conversions(f);
  f.figures.forEach((figure, i) => {
    if (converted.has(i)) return void verdicts.push("conversion");
    const prev = f.figures[i - 1];
    const listed = prev !== undefined && verdicts[i - 1] === "actual" && LISTED_AFTER.test(f.text.slice(prev.end, figure.start)) && !FORWARD.test(f.text.slice(prev.end, figure.start));
    if (listed || (prev !== undefined && verdicts[i - 1] === "change" && parallelChange(f, i))) return void verdicts.push(listed ? "actual" : "change");
    // "our/street estimates of ~$110B/$100B": amounts joined by a slash share one role.
    const slashed = prev !== undefined && /^\s*\/\s*$/.test(f.text.slice(prev.end, figure.start)) ? verdicts[i - 1] : undefined;
    if (slashed !== undefined && slashed !== "guidance" && slashed !== "conversion") return void verdicts.push(slashed);
    verdicts.push(verdictFor(f, figure, i, verdicts.includes("guidance")));
  });
  return verdicts;
}

function verdictFor(f: SentenceFacts, figure: Figure, i: number, earlierGuidance: boolean): Verdict {
  if (figure.currency === null) return "no-currency";
  if (Math.max(figure.low ?? 0, figure.high ?? 0) < MIN_AMOUNT) return "too-small";
  if (PERIOD_BRACKET_BEFORE.test(f.text.slice(Math.max(0, figure.start - 40), figure.start))) return "compared";
  const tail = before(f, i);
  const next = after(f, i);
  const earlier = EARLIER_STATEMENT.test(f.text.slice(Math.max(0, figure.start - 2 * WINDOW), figure.start)) ? "superseded" : POINT_IN_RANGE_BEFORE.test(f.text.slice(Math.max(0, figure.start - WINDOW), figure.start)) ? "compared" : pathThroughYears(f.text.slice(figure.end, figure.end + 80)) && FROM_BEFORE.test(tail) ? null : earlierFigure(tail);
  if (earlier) return earlier;
  // "reducing our 2026 CapEx range from approximately $6 billion to roughly $5.9 billion": the money "from" is the old level.
  if (FROM_BEFORE.test(tail) && TO_MONEY_AFTER.test(f.text.slice(figure.end, figure.end + 40))) return "superseded";
  // "…, from $4 billion and $5 billion previously": money followed by "previously" is the old figure.
  if (PREVIOUSLY_AFTER.test(next)) return "superseded";
  const voice = figureVoice(tail, f.text.slice(0, figure.start));
  if (voice) return voice;
  if (PERCENT_CHANGE_OR_BEFORE.test(f.text.slice(Math.max(0, figure.start - 60), figure.start)) || PERCENT_CHANGE_SET_OFF_BEFORE.test(f.text.slice(Math.max(0, figure.start - 120), figure.start)) || CUTS_SUBJECT.test(f.text.slice(0, figure.start))) return "change";
  if ((ACTUAL_BEFORE.test(beforePastAside(f, i, tail)) && !PLAN_MOVED_BEFORE.test(tail) && !GUIDANCE_WAS_BEFORE.test(f.text.slice(Math.max(0, figure.start - WINDOW), figure.start))) || ACTUAL_NAMED_BEFORE.test(tail) || ACTUAL_CJK_BEFORE.test(tail) || ACTUAL_AFTER.test(next)) return "actual";
  if (REACHING_BEFORE.test(tail) && !f.forwardAt.some((p) => p < figure.start)) return "actual";
  // "…, our capex in Q4 was $101 million, bringing the full-year spend to $270 million": a total brought on from money
  // already spent is spent, whatever "increasing" said before ("we plan $50 million in Q4, bringing …" stays a plan).
  const past = PAST_TOTAL_BEFORE.exec(tail);
  if (past && (!f.forwardAt.some((p) => p < figure.start - tail.length + past.index) || (i > 0 && !earlierGuidance))) return "actual";
  if (SPENT_BY_THEN_BEFORE.test(tail)) return "actual";
  const metric = metricKind(f, figure);
  if (metric === null || metric === "other") return "not-capex";
  if (metric === "spend" && PLEDGE_AFTER.test(next)) return "pledge";
  if (PLEDGE_BEFORE.test(tail) || DOMESTIC_AFTER.test(next)) return "pledge";
  if (PROJECT_AFTER.test(next) || PER_PROJECT_AFTER.test(f.text.slice(figure.end, figure.end + WINDOW)) || PROJECT_SUBJECT.test(subjectOf(f.text, figure.start)) || NAMED_ASSET_SUBJECT.test(subjectOf(f.text, figure.start))) return "project";
  if (ATTRIBUTIVE_BEFORE.test(tail) && !PLAN_NOUN_AFTER.test(next)) return "project";
  const wideBefore = f.text.slice(Math.max(0, figure.start - 2 * WINDOW), figure.start);
  if (PROJECT_BEFORE.test(wideBefore) || PROJECT_BEFORE.test(next) || NAMED_PROJECT_BEFORE.test(wideBefore)) return "project";
  // The words after the figure up to the next one (at most two windows).
  const rest = f.text.slice(figure.end, Math.min(f.figures[i + 1]?.start ?? f.text.length, figure.end + 2 * WINDOW));
  if (VAGUE_SPAN.test(next) || VAGUE_SPAN.test(tail) || vagueSpanLater(f.text.slice(0, figure.start), rest)) return "vague";
  if (metric === "spend" && SPEND_NOT_CAPEX_AFTER.test(next)) return "not-capex";
  const clause = f.text.slice(clauseStart(f.clauses, figure.start), clauseEnd(f.clauses, figure.end));
  // "BofA has an $810 target and expects full-year capex of …": a bank or analyst as the sentence's subject.
  const subject = subjectOf(f.text, figure.start);
  if (ESTIMATE_BEFORE.test(tail) || ESTIMATE_BEFORE.test(subject) || ESTIMATE_SUBJECT.test(subject) || ESTIMATE_AFTER.test(next) || ESTIMATE_ATTRIBUTION.test(rest) || ESTIMATE_CJK.test(clause)) {
    return "estimate";
  }
  if (AGGREGATE.test(clause.replace(AMONG_FRONTED, "")) || AGGREGATE.test(subject) || OTHER_SPENDER.test(subject) || OTHER_SPENDER.test(tail) || SEVERAL_NAMED.test(f.text.slice(0, figure.start))) return "aggregate";
  if (partOfThePlan(f, figure, next, f.text.slice(figure.end, figure.end + WINDOW))) return "part";
  if (APPROPRIATION.test(f.text)) return "project";
  if (CHANGE_BEFORE.test(tail) || CHANGE_AFTER.test(next.replace(BRACKET_FIRST, "")) || CHANGE_CJK_BEFORE.test(tail) || SAVINGS_SPLIT_BEFORE.test(f.text.slice(Math.max(0, figure.start - 2 * WINDOW), figure.start))) return "change";
  const clauseHead = f.text.slice(clauseStart(f.clauses, figure.start), figure.start);
  if (PLAN_INCLUDES_BEFORE.test(f.text.slice(Math.max(0, figure.start - 240), figure.start)) || (i > 0 && WHICH_INCLUDES_BEFORE.test(tail))) return "sub-allocation";
  // "…, with total CapEx now projected at $3.5–$4 billion": a "with" clause naming the total is the whole, not a slice.
  const namesTotal = TOTAL_NAMED.test(clauseHead);
  if ((earlierGuidance && !namesTotal && (SUBALLOCATION_CLAUSE.test(clauseHead) || SUBALLOCATION_AFTER.test(next))) || (i > 0 && OF_WHICH.test(clauseHead))) {
    return "sub-allocation";
  }
  if (DERIVED_BEFORE.test(tail)) return "estimate";
  if (VAGUE_BEFORE.test(tail)) return "vague";
  if (!looksForwardAt(f, figure)) return "not-forward";
  if (isRate(f.text, figure.start, next)) return "rate";
  return "guidance";
}
