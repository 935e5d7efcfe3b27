// Which period each figure of a sentence is for. A period written right next to a figure
// ("$8.5 billion in 2025", "$15 billion this year", "$20 billion a year between 2022 and 2025",
// "$7.2 billion (2025 midpoint)", "2026 | $X") belongs to it alone; otherwise a figure takes the
// nearest period not held by another figure, preferring its own clause, and never one that opens
// a later stretch of the sentence ("For the Q4, … capex of $X … For the full year, …"); failing
// that, the period after a baseline's ("$17 billion, up from $15 billion this year" is next
// year's; a baseline "for the year ended …" dates the figures beside it), else the period the text was talking about, else the fallback.
import { clauseStart, type Clauses } from "./clauses.js";
import { QUANTITY_UNIT, SUBALLOCATION_CLAUSE } from "./cues.js";
import { nextPeriod, type Period } from "./fiscal.js";
import type { Figure } from "./figures.js";
import { opensStretch } from "./period-topic.js";
import type { PeriodMention } from "./periods.js";

export interface AssignedPeriod {
  period: Period;
  /** No year was written for it ("the third quarter"), or no period at all: the year is a guess. */
  guessed: boolean;
}

type Usable = PeriodMention & { period: Period };

// Between a figure and its period: a bound ("or less"), a rate ("a year"), money spent ("the $6.4 billion
// invested in 2025"), a preposition, a bracket.
const TIGHT_AFTER_GAP =
  /^\)?[\s,(]*(?:(?:or\s+(?:less|more|so|lower|higher)|(?:a|per|each|every)\s+year(?:\s+on\s+average)?|annually|per\s+annum|on\s+average)[\s,]+)?(?:(?:invested|spent|incurred|deployed)\s+)?(?:(?:in|for|during|over|through|throughout|across|of|on)\s+)?(?:the\s+)?$/i;
const TIGHT_BEFORE_GAP = /^\s*[:|–—-]?\s*$/;
const TIGHT_REACH = 16;
// A period in another clause is farther than any in the figure's own clause, and one in a later
// clause farther than one in an earlier clause ("For the fourth quarter, capex will be $X, which
// would put full-year spending at $Y").
const EARLIER_CLAUSE_PENALTY = 500;
const LATER_CLAUSE_PENALTY = 1000;
const RESPECTIVELY = /\brespectively\b/i;
// "flat with 2015", "in line with 2025": a level held at a year's, stated for the year after.
const LEVEL_WITH = /\b(?:flat|level|in\s+line|on\s+par|similar|unchanged|consistent)\s+(?:with|to|from)\s+(?:the\s+)?$/i;


// "skewed to the back half of the year", "weighted toward the first quarter": when in the period
// money falls (its phasing), not the period of the figure.
const PHASING = /\b(?:skewed|weighted|loaded|tilted|concentrated|front[-\s]?end[-\s]loaded|back[-\s]?end[-\s]loaded)\s+(?:more\s+|heavily\s+|mostly\s+)?(?:to|toward|towards|into|in)\s+(?:the\s+)?$/i;

// "… will invest Rs 32,400 crore to increase capacity to 200 million tonne per year by 2028": the year a
// goal in other units is to be met by, not the money's period.
const GOAL_BY = /\b(?:capacity|tonnes?|tons?|MTPA|GW|MW|gigawatts?|megawatts?|production|output|barrels|boe)\b[^$€£¥₹.;]{0,40}\bby\s+(?:the\s+end\s+of\s+)?$/i;
// "CapEx will be approximately $575 million as we ramp up in the second half of the year": a period
// in a clause giving the reason or the timing of the work dates that, not the money before it.
const REASON_BETWEEN = /\b(?:as|because|since|given\s+that)\s+(?:we|it|they|the\s+company|our|its)\b/i;
const WHEN_IN_YEAR = /\b(?:early|earlier|late|later|mid)[-\s]+(?:in\s+)?$/i;
// "raised its 2025 offshore wind target from 11-12GW to 15GW as part of its plan to invest DKK 200
// billion …": a year that names a goal in other units dates the goal.
const GOAL_NAMED_AFTER = /^[^$€£¥₹.;]{0,30}?\b(?:target|goal|ambition)s?\b([^$€£¥₹.;]{0,50})/i;
const goalBy = (text: string, m: PeriodMention): boolean => {
  if (GOAL_BY.test(text.slice(Math.max(0, m.start - 60), m.start) + (/^by\s/i.test(text.slice(m.start, m.end)) ? "by " : ""))) return true;
  const named = GOAL_NAMED_AFTER.exec(text.slice(m.end, m.end + 90));
  return named !== null && OTHER_QUANTITY.test(named[1] ?? "");
};

// "By the end of the second quarter, we expect to have spent about 56% of our $6.2 billion capital
// plan": a period before a share of the plan dates the share, not the plan.
const SHARE_OF_BEFORE = /\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\s+(?:our|its|the|their)\s+(?:[\w-]+\s+)?~?$/i;

function datesShare(text: string, m: PeriodMention, figures: readonly Figure[]): boolean {
  const next = figures.find((f) => f.start >= m.end);
  return next !== undefined && SHARE_OF_BEFORE.test(text.slice(Math.max(m.end, next.start - 40), next.start)) && !/[$€£¥₹]|\d\s*(?:million|billion)/i.test(text.slice(m.end, Math.max(m.end, next.start - 40)));
}

// "FY2020 CAPEX guidance, 3.1 trillion won", "2025 capital budget: $4 billion", "(compared with) its 2025
// projection of $7.1 billion": the year labels the plan the figure after it is.
// "2026 PLANNED CAPEX: $3.5 BILLION": the metric itself, with a colon, labels the figure after it.
const PLAN_LABEL_GAP =
  /^\s*(?:(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?|budget))\s+)?(?:projection|guidance|outlook|budget|plan|target|forecast|estimate|range)\s*(?:[:,]|of|at|is|remains|stands\s+at|to)?\s*(?:(?:about|around|approximately|roughly)\s+)?~?\s?$|^\s*(?:(?:planned|budgeted|projected|expected|estimated|actual)\s+)?(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?))\s*:\s*~?\s?$/i;

// "Dalmia Bharat, which expanded capacity by 2.9 MTPA last year, plans to invest Rs 35 billion": a period inside a
// relative clause describing the subject dates what the clause says, not the money after it.
const RELATIVE_OPEN_BEFORE = /,\s+(?:which|who)\s+(?:[^,;.]|(?<=\d)\.(?=\d))*$/i;
function insideRelativeClause(text: string, m: PeriodMention, fig: Figure): boolean {
  return m.end <= fig.start && RELATIVE_OPEN_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) && /,/.test(text.slice(m.end, fig.start));
}

function tightTo(text: string, m: PeriodMention, fig: Figure): boolean {
  if (m.end <= fig.start && fig.start - m.end <= 3 * TIGHT_REACH && PLAN_LABEL_GAP.test(text.slice(m.end, fig.start))) return true;
  if (m.start >= fig.end && m.start - fig.end <= TIGHT_REACH) return TIGHT_AFTER_GAP.test(text.slice(fig.end, m.start));
  if (m.end <= fig.start && fig.start - m.end <= TIGHT_REACH) return TIGHT_BEFORE_GAP.test(text.slice(m.end, fig.start));
  return false;
}

// "CAD200 million and CAD220 million (USD175 million) for 1Q2018": a period right after a bracket of
// figures (conversions) dates the figure the bracket follows.
function outsideBracket(text: string, figures: readonly Figure[], fi: number, m: PeriodMention): number {
  const fig = figures[fi] as Figure;
  if (m.start < fig.end || !/^\s*\)/.test(text.slice(fig.end, m.start))) return fi;
  // "DKK 210-230 billion (USD 29.25bn/EUR 28.15bn) between 2024 and 2030": past every figure in the bracket.
  for (let k = fi - 1; k >= 0; k--) if (/^\s*\([^()]*$/.test(text.slice((figures[k] as Figure).end, fig.start))) return k;
  return fi;
}

// "$1.3 billion … to have 3,000 MW of solar in operation by 2022": a period after another quantity
// (capacity, a share, a count) dates that quantity, not the money before it.
const OTHER_QUANTITY = new RegExp(`\\d[\\d,.]*\\s*(?:%|per\\s?cent\\b|percent\\b|${QUANTITY_UNIT})`, "i");

function afterOtherQuantity(text: string, m: PeriodMention, fig: Figure): boolean {
  return m.start > fig.end && OTHER_QUANTITY.test(text.slice(fig.end, m.start));
}

// "EPS growth of 6% to 8% through at least 2027 and confirmed its $14.3 billion plan spanning from
// 2024 to 2027": a period right after a percentage, before the money, dates the percentage.
const PERCENT_THEN = /\d\s*(?:%|per\s?cent\b|percent\b)\s+(?:(?:a|per)\s+year\s+|annually\s+)?(?:through|until|till|by)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/i;
function datesPercentBefore(text: string, m: PeriodMention, fig: Figure): boolean {
  return m.end <= fig.start && PERCENT_THEN.test(text.slice(Math.max(0, m.start - 40), m.start));
}

function distance(m: PeriodMention, fig: Figure, clauses: Clauses): number {
  const own = clauseStart(clauses, fig.start);
  const theirs = clauseStart(clauses, m.start);
  const penalty = theirs === own ? 0 : theirs < own ? EARLIER_CLAUSE_PENALTY : LATER_CLAUSE_PENALTY;
  if (m.start >= fig.end) return penalty + m.start - fig.end;
  if (m.end <= fig.start) return penalty + fig.start - m.end;
  return penalty;
}

function fromMention(m: Usable): AssignedPeriod {
  return { period: m.period, guessed: m.guessed };
}

/**
 * "$1.2 billion and $1.4 billion in 2025 and 2026, respectively", "2025 and 2026 capex of $1.2
 * billion and $1.4 billion, respectively": figures and periods pair in order, the periods after
 * the figures or, when none follow, before them. "2025 and 2026" read as one span of as many years
 * as there are figures is that many years, one each.
 */
function pairRespectively(text: string, figures: Figure[], usable: Usable[]): AssignedPeriod[] | null {
  const first = figures[0];
  if (first === undefined || figures.length < 2 || !RESPECTIVELY.test(text)) return null;
  const after = usable.filter((m) => m.start > first.start);
  const listed = after.length > 0 ? after : usable.filter((m) => m.start < first.start);
  const periods = listed.length === 1 ? yearsOfSpan(listed[0] as Usable, figures.length) : listed.map(fromMention);
  return periods?.length === figures.length ? periods : null;
}

/** A span of exactly `count` years ("2025 and 2026"), one period a year; else null. */
function yearsOfSpan(m: Usable, count: number): AssignedPeriod[] | null {
  if (m.period.kind !== "MULTI" || m.period.to - m.period.from + 1 !== count) return null;
  const from = m.period.from;
  return Array.from({ length: count }, (_, i) => ({ period: { kind: "FY" as const, fy: from + i }, guessed: m.guessed }));
}

/**
 * The period of each figure. `isBaseline(i)` tells which figures are earlier or actual amounts
 * whose own period can date the figures around them.
 */
export function assignPeriods(
  text: string,
  clauses: Clauses,
  figures: Figure[],
  mentions: readonly PeriodMention[] & { readonly carried?: Period | null },
  isBaseline: (i: number) => boolean,
  fallback: AssignedPeriod,
): AssignedPeriod[] {
  const named = mentions.filter((m): m is Usable => m.period !== null && !m.compared && !PHASING.test(text.slice(Math.max(0, m.start - 40), m.start)) && !goalBy(text, m) && !datesShare(text, m, figures));
  // "… will unveil a five-year capital plan spanning $95 billion to $105 billion early next year": with
  // another period named, "early next year" dates an event, not the money.
  const usable = named.length > 1 ? named.filter((m) => !WHEN_IN_YEAR.test(text.slice(Math.max(0, m.start - 12), m.start))) : named;
  // A period named in the text before (a guessed one; a heading's own period stands).
  const otherwise: AssignedPeriod = fallback.guessed && mentions.carried ? { period: mentions.carried, guessed: true } : fallback;
  const opens = usable.map((m) => opensStretch(text, m));
  const compared = mentions.filter((m): m is Usable => m.period !== null && m.compared);
  const respectively = pairRespectively(text, figures, usable);
  if (respectively) return respectively;

  // Each tight period belongs to one figure, preferring the figure it follows.
  const holder = new Map<number, number>();
  // A period opening a stretch ("…, For the full year, …") is never the figure's before it.
  usable.forEach((m, mi) => {
    const after = opens[mi] ? -1 : figures.findIndex((f) => m.start >= f.end && tightTo(text, m, f));
    const fi = after >= 0 ? after : figures.findIndex((f) => (!opens[mi] || f.start >= m.end) && tightTo(text, m, f));
    if (fi >= 0) holder.set(mi, outsideBracket(text, figures, fi, m));
  });
  const own = (fi: number): Usable | null => {
    for (const [mi, holderFi] of holder) if (holderFi === fi) return usable[mi] ?? null;
    return null;
  };
  // "…about $2 billion, with roughly half spent in the second half": a period inside a side
  // clause ("with …", "including …") after a figure dates only that clause ("With this approach and to
  // sustain production in 2027, we plan …" opens the sentence and carves nothing out).
  const aside = usable.map((m) => {
    const from = clauseStart(clauses, m.start);
    return figures.some((f) => f.end <= from) && SUBALLOCATION_CLAUSE.test(text.slice(from, m.start));
  });
  // "Capex of $3.5bn to $3.7bn ($3bn in FY 2022)": the period of a figure in brackets after another
  // dates the bracket's comparison only.
  const bracketedAfter = (fi: number, h: number): boolean => h > fi && /^\s*\([^()]*$/.test(text.slice((figures[fi] as Figure).end, (figures[h] as Figure).start));
  const nearest = (fig: Figure, fi: number, allowHeld: boolean, allowLaterOpeners = false): Usable | null => {
    let best: Usable | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    usable.forEach((m, mi) => {
      const h = holder.get(mi);
      if (h !== undefined && (!allowHeld || h === fi || isBaseline(h) || bracketedAfter(fi, h))) return;
      if (aside[mi] && clauseStart(clauses, m.start) !== clauseStart(clauses, fig.start)) return;
      if (opens[mi] && m.start >= fig.end && !allowLaterOpeners) return;
      if (afterOtherQuantity(text, m, fig) || datesPercentBefore(text, m, fig)) return;
      if (m.start >= fig.end && REASON_BETWEEN.test(text.slice(fig.end, m.start))) return;
      if (insideRelativeClause(text, m, fig)) return;
      const d = distance(m, fig, clauses);
      if (d < bestD) {
        best = m;
        bestD = d;
      }
    });
    return best;
  };

  return figures.map((fig, fi): AssignedPeriod => {
    const tight = own(fi);
    if (tight) return fromMention(tight);
    // "…, compared with its 2025 projection of $7.1 billion": the year compared with names the plan the figure is.
    const plan = compared.find((m) => m.end <= fig.start && PLAN_LABEL_GAP.test(text.slice(m.end, fig.start)));
    if (plan) return fromMention(plan);
    // A free period, else one another (non-baseline) figure holds: "FCF of $6 billion for 2026,
    // with capex of $3 billion" puts both in 2026.
    const shared = nearest(fig, fi, false) ?? nearest(fig, fi, true);
    // "…, which saw its stock jump 26% in 2015, said it would keep capex flat with 2015 at about $2
    // billion": the year compared with in the figure's own clause dates it before a year in another clause.
    const ownBase = compared.find((m) => clauseStart(clauses, m.start) === clauseStart(clauses, fig.start) && LEVEL_WITH.test(text.slice(Math.max(0, m.start - 30), m.start)));
    if (shared && ownBase && clauseStart(clauses, shared.start) !== clauseStart(clauses, fig.start)) return { period: nextPeriod(ownBase.period), guessed: ownBase.guessed };
    if (shared) return fromMention(shared);
    let baseline: Usable | null = null;
    let baselineD = Number.POSITIVE_INFINITY;
    figures.forEach((other, oi) => {
      if (oi === fi || !isBaseline(oi)) return;
      const p = own(oi);
      const d = Math.abs(other.start - fig.start);
      if (p && d < baselineD) {
        baseline = p;
        baselineD = d;
      }
    });
    // "exceeded its target of X and recorded Y for the year ended March 31, 2015": both are that year's.
    if (baseline !== null) {
      const b = baseline as Usable;
      return { period: b.closed === true ? b.period : nextPeriod(b.period), guessed: b.guessed };
    }
    // "$4.5 billion, a 10% increase over 2025": the year after the one compared with.
    const base = compared.reduce<Usable | null>((best, m) => (best === null || distance(m, fig, clauses) < distance(best, fig, clauses) ? m : best), null);
    if (base !== null) return { period: nextPeriod(base.period), guessed: base.guessed };
    if (otherwise !== fallback) return otherwise;
    const later = nearest(fig, fi, false, true) ?? nearest(fig, fi, true, true);
    return later ? fromMention(later) : fallback;
  });
}
