// A figure that is a part of the plan, not the company's total: money "for its electric vehicle
// lineup", "in its transmission business", "more than half of the 2026 capex budget", "in related
// investment", "included in our five-year capital plan", a purpose's share ("maintenance capex of …").
import type { SentenceFacts } from "./classify.js";
import type { Figure } from "./figures.js";
import type { MetricMention } from "./metrics.js";
import { segmentOf } from "./segments.js";

// "capital expenditures for its electric vehicle lineup … to $35 billion": capex named with what it
// is for is that part's money, not the company's total (periods and the whole company aside).
const FOR_A_PART =
  /^\s+(?:for|on)\s+(?:its|the|their|our)\s+(?!(?:full|fiscal|financial|calendar|current|next|coming|upcoming|whole|entire|first|second|third|fourth|final|last|same|rest|remainder|total|overall|year|years|quarter|quarters|half|period|company|group|firm|business|plan|budget|outlook|guidance|forecast|range|time|moment|order|scale|magnitude|level|ballpark|neighbou?rhood|\d))[a-z][\w-]*/i;

// "invest £35 billion in its electricity-transmission business", "$16.6 billion in its transmission businesses": one business's money, not the company's total.
const ONE_BUSINESS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in|into|for|on)\s+(?:its|their|our|the\s+company['’]s)\s+(?:[\w-]+\s+){1,3}(?:business(?:es)?|units?|divisions?|segments?|arm|subsidiary)\b/i;

// "about $10.5 billion, more than half of the 2026 capex budget", "$800 million, or 10 percent, of the planned spend": a share of the plan.
const SHARE_OF_PLAN_AFTER =
  /^\s*,?\s*(?:or\s+)?(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|under\s+)?(?:half|a\s+third|a\s+quarter|two[-\s]thirds|three[-\s]quarters|[\d.]+\s*(?:%|percent|per\s+cent))\s*,?\s+of\s+(?:the|its|our|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:budget|plan|program(?:me)?|capex|spend|spending|total|outlay)\b/i;
// "JPY 10 trillion in related investment", "EV-related capex": money tied to one purpose.
const RELATED_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in|of|for|on)\s+(?:[\w-]+[-\s])?related\s+(?:investments?|capex|capital\s+spending|spending)\b/i;

// "capex related to our concession commitments of $350-500 million", "$800 million of investment related to
// new clean generation", "capital investment associated with the full program": money tied to one purpose.
const TIED_TO_PURPOSE = /^\s+(?:related|associated|tied|attributable|dedicated|linked)\s+(?:to|with)\s+(?!(?:the\s+)?(?:year|period|full\s+year|fiscal|(?:19|20)\d{2})\b)(?!(?:the\s+)?[A-Z])/;
const TIED_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:of|in)\s+(?:capex|capital(?:\s+(?:expenditures?|spending|investments?))?|investments?|spending)\s+(?:related|associated|tied|attributable|dedicated|linked)\s+(?:to|with)\b/i;

// "$1 billion of investment is included in our five-year capital plan", "about $10 billion in our current
// CapEx plan around distribution resiliency": money said to sit inside the plan is a part of it.
const INSIDE_PLAN_AFTER =
  /^\s*(?:of\s+(?:[\w-]+\s+){1,2})?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:included|embedded|contained|reflected)\s+in\s+(?:our|the|its|their)\b|^\s*in\s+(?:our|its|their|the)\s+(?:(?:current|existing|latest|five-year|[\w]+-year|long-term|multi-year|base)\s+)*(?:capex|cap-ex|capital|investment)\s+(?:plan|program(?:me)?|budget|forecast)\s+(?:around|related\s+to|dedicated\s+to|tied\s+to|toward|towards|for\s+(?!(?:the\s+)?(?:years?|period|fiscal|FY|next|this|coming|calendar|(?:19|20)\d{2})\b))/i;

// "$250 million of the growth capital is allocated for …", "$4 billion of its capex": money taken out
// of the plan named after it (not "$5 billion of capital expenditures", which names the metric).
const PARTITIVE_AFTER = /^\s*of\s+(?:the|its|our|their|this|that|these)\s+(?:[\w-]+\s+){0,2}?(?:capex|cap-ex|capital|budget|plan|program(?:me)?|spend|spending|investments?|outlays?|total)\b/i;

// "maintenance capex of about $800 million", "sustaining capital of $1 billion": a purpose's share of the plan.
const PURPOSE_BEFORE = /\b(?:maintenance|sustaining|stay[-\s]in[-\s]business)\s+$/i;

function forAPart(f: SentenceFacts, figure: Figure): boolean {
  let governing: MetricMention | null = null;
  for (const m of f.metrics) if (m.end <= figure.start && m.kind === "capex") governing = m;
  if (governing === null) return false;
  const between = f.text.slice(governing.end, figure.start);
  if (PURPOSE_BEFORE.test(f.text.slice(Math.max(0, governing.start - 30), governing.start)) && between.length <= 40 && !/\d/.test(between)) return true;
  if (TIED_TO_PURPOSE.test(f.text.slice(governing.end, governing.end + 40)) && !/[$€£¥₹]|\d\s*(?:million|billion)/i.test(between.slice(0, 12))) return true;
  return FOR_A_PART.test(between) && segmentOf(f.text, figure.start) === null;
}

/** Whether the figure is a part of the plan (`next`: the words after it, up to the next figure; `following`: the words after it, past any figure). */
export function partOfThePlan(f: SentenceFacts, figure: Figure, next: string, following: string): boolean {
  return forAPart(f, figure) || TIED_AFTER.test(next) || ONE_BUSINESS_AFTER.test(next) || SHARE_OF_PLAN_AFTER.test(following) || RELATED_AFTER.test(next) || INSIDE_PLAN_AFTER.test(next) || PARTITIVE_AFTER.test(next);
}
