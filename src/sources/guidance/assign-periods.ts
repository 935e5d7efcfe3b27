// Which period each figure of a sentence is for. A period written right next to a figure
// ("$8.5 billion in 2025", "$15 billion this year", "2026 | $X") belongs to it alone; otherwise a
// figure takes the nearest period not held by another figure; failing that, the period after a
// baseline's ("$17 billion, up from $15 billion this year" is next year's), else the fallback.
import { nextPeriod, type Period } from "./fiscal.js";
import { clauseStart, type Clauses } from "./clauses.js";
import type { Figure } from "./figures.js";
import type { PeriodMention } from "./periods.js";

const TIGHT_AFTER_GAP = /^[\s,]*(?:(?:in|for|during|over|through|throughout|across|of|on)\s+)?(?:the\s+)?$/i;
const TIGHT_BEFORE_GAP = /^\s*[:|–—-]?\s*$/;
const TIGHT_REACH = 16;
// A period in another clause is farther than any in the figure's own clause.
const OTHER_CLAUSE_PENALTY = 1000;

function tightTo(text: string, m: PeriodMention, fig: Figure): boolean {
  if (m.start >= fig.end && m.start - fig.end <= TIGHT_REACH) return TIGHT_AFTER_GAP.test(text.slice(fig.end, m.start));
  if (m.end <= fig.start && fig.start - m.end <= TIGHT_REACH) return TIGHT_BEFORE_GAP.test(text.slice(m.end, fig.start));
  return false;
}

function distance(m: PeriodMention, fig: Figure, clauses: Clauses): number {
  const penalty = clauseStart(clauses, m.start) === clauseStart(clauses, fig.start) ? 0 : OTHER_CLAUSE_PENALTY;
  if (m.start >= fig.end) return penalty + m.start - fig.end;
  if (m.end <= fig.start) return penalty + fig.start - m.end;
  return penalty;
}

const RESPECTIVELY = /\brespectively\b/i;

/** "$1.2 billion and $1.4 billion in 2025 and 2026, respectively": figures and periods pair in order. */
function pairRespectively(text: string, figures: Figure[], usable: { start: number; period: Period }[]): Period[] | null {
  if (figures.length < 2 || !RESPECTIVELY.test(text)) return null;
  const first = figures[0] as Figure;
  const after = usable.filter((m) => m.start > first.start);
  if (after.length !== figures.length) return null;
  return after.map((m) => m.period);
}

/**
 * The period of each figure. `isBaseline(i)` tells which figures are earlier or actual amounts
 * whose own period can date the figures around them.
 */
export function assignPeriods(
  text: string,
  clauses: Clauses,
  figures: Figure[],
  mentions: PeriodMention[],
  isBaseline: (i: number) => boolean,
  fallback: Period,
): Period[] {
  const usable = mentions.filter((m): m is PeriodMention & { period: Period } => m.period !== null);
  const holder = new Map<number, number>();
  usable.forEach((m, mi) => {
    const after = figures.findIndex((f) => m.start >= f.end && tightTo(text, m, f));
    const fi = after >= 0 ? after : figures.findIndex((f) => tightTo(text, m, f));
    if (fi >= 0) holder.set(mi, fi);
  });

  const own = (fi: number): Period | null => {
    for (const [mi, holderFi] of holder) if (holderFi === fi) return (usable[mi] as { period: Period }).period;
    return null;
  };

  const respectively = pairRespectively(text, figures, usable);
  if (respectively) return respectively;

  const nearest = (fig: Figure, fi: number, allowHeld: boolean): Period | null => {
    let best: { period: Period; d: number } | null = null;
    usable.forEach((m, mi) => {
      const h = holder.get(mi);
      if (h !== undefined && (!allowHeld || h === fi || isBaseline(h))) return;
      const d = distance(m, fig, clauses);
      if (best === null || d < best.d) best = { period: m.period, d };
    });
    return best === null ? null : (best as { period: Period }).period;
  };

  return figures.map((fig, fi) => {
    const tight = own(fi);
    if (tight) return tight;
    // A free period, else one another (non-baseline) figure holds: "FCF of $6 billion for 2026,
    // with capex of $3 billion" puts both in 2026.
    const shared = nearest(fig, fi, false) ?? nearest(fig, fi, true);
    if (shared) return shared;
    let baseline: { period: Period; d: number } | null = null;
    figures.forEach((other, oi) => {
      if (oi === fi || !isBaseline(oi)) return;
      const p = own(oi);
      const d = Math.abs(other.start - fig.start);
      if (p && (baseline === null || d < baseline.d)) baseline = { period: p, d };
    });
    if (baseline !== null) return nextPeriod((baseline as { period: Period }).period);
    return fallback;
  });
}
