// "around US$8 billion in each of 2019 and 2020" (or of 2025, 2026 and 2027), "Rs 5,000 crore each for this fiscal and the
// next": an amount given for each of years named one by one is each year's level, one statement
// per year. A span counted rather than named ("in each of the next two years") stays a plan with
// an amount per year (segments.ts).
import type { Period } from "./fiscal.js";
import type { PeriodMention } from "./periods.js";

const EACH_BEFORE = /\beach\s+(?:of\s+|for\s+|in\s+)?(?:the\s+)?$/i;
const EACH_REACH = 20;
const NAMED_ONE_BY_ONE = /\band\b/i;
const COUNTED = /\b(?:next|following|coming|subsequent|previous|past|last)\s+\w+\s+(?:fiscal\s+|financial\s+)?years\b/i;

/** The years a figure is each year's level for, or null when its period is not years named one by one with "each". */
export function eachNamedYear(text: string, mentions: readonly PeriodMention[], period: Period): number[] | null {
  if (period.kind !== "MULTI" || period.to - period.from > 2) return null;
  const each = mentions.some((m) => {
    if (m.period?.kind !== "MULTI" || m.period.from !== period.from || m.period.to !== period.to) return false;
    const said = text.slice(m.start, m.end);
    const before = text.slice(Math.max(0, m.start - EACH_REACH), m.start);
    return NAMED_ONE_BY_ONE.test(said) && !COUNTED.test(said) && (EACH_BEFORE.test(before) || /\beach\s+of\b/i.test(said));
  });
  if (!each) return null;
  const years: number[] = [];
  for (let fy = period.from; fy <= period.to; fy++) years.push(fy);
  return years;
}
