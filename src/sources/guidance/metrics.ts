// Which metric a figure measures: the metric named right after it ("$200 billion in capital
// expenditures", "$X in revenue"), else the nearest one named before it in the sentence.
import { clauseEnd, clauseStart, type Clauses } from "./clauses.js";
import { CAPEX_CJK, CAPEX_STRONG, CAPEX_WEAK, MONEY_WRITTEN, NET_OF_BEFORE, OTHER_METRIC, OTHER_METRIC_CJK, PARENTHETICAL_CLAUSE } from "./cues.js";
import type { Figure } from "./figures.js";

export type MetricKind = "capex" | "spend" | "other";

export interface MetricMention {
  start: number;
  end: number;
  kind: MetricKind;
}

const RANK: Record<MetricKind, number> = { capex: 0, other: 1, spend: 2 };
// Between a figure and a metric named after it: "in", "of", "on" and up to two words, a year among
// them ("$1.3 billion in 2025 capex", "a $1.3 billion FY25 capital plan"); not "by", "due" or
// "because", after which a metric is a cause ("expenses of $91-97 billion driven by investments in …").
// "RM40 billion over the next five years for its capital expenditure": a span of years may stand between.
const AFTER_GAP =
  /^\s*(?:(?:over|during|in)\s+the\s+(?:next|coming)\s+[\w-]+\s+(?:fiscal\s+)?years\s+)?(?:(?:in|of|on|for|to|toward|towards|into|worth\s+of)\s+)?(?:(?:(?!(?:and|or|but|while|with|to|from|versus|vs|than|as|plus|by|due|because|which|that)\b)[a-z-]+|(?:FY\s?|fiscal\s+)?(?:19|20)\d{2}|FY\d{2})\s+){0,2}$/;
const AFTER_REACH = 60;
const LIST_OF_AMOUNTS =
  /^(?:\s*,\s*(?:and\s+)?(?:[A-Z][\w&.'’-]*\s+){0,2}?(?:[A-Z][\w&.'’-]*['’]s\s+)?~?(?:US)?[$€£¥₹]\s?[\d.,]+(?:\s*[-–]\s*[$€£¥₹]?\s?[\d.,]+)?\s*(?:trillion|billion|million|bn|mn|[BMT]\b)?)+(?:\s+(?:FY\s?)?(?:19|20)\d{2})?\s+$/;
const AS_METRIC_END = /^\s*(?:for|in|during|over|this|next|budget|plan|outlay|[.,;)]|$)/i;
const OWN_FIGURE_NEXT = /^\s*(?:of|at|:|(?:is|are|was|were|will\s+be)(?:\s+(?:expected|forecast|projected|estimated))?(?:\s+to\s+be)?)\s+(?:(?:about|approximately|around|roughly|between|some|nearly|up\s+to)\s+)?(?:[A-Z]{2,3}\s?|US\$|[$€£¥₹])\s?\d/;

function collect(re: RegExp, text: string, kind: MetricKind, out: MetricMention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
}

// "operating and capital expenditures", "capex and opex": one mention of a sum of two metrics.
const OPERATING_AND_BEFORE = /\b(?:operating|opex)\s+(?:and|&)\s+$/i;
const AND_OPERATING_AFTER = /^\s*(?:and|&)\s+(?:operating|opex)\b/i;

/** The metric words of a sentence, left to right; where two overlap, capex wins, then other metrics. */
export function findMetrics(sentence: string): MetricMention[] {
  const all: MetricMention[] = [];
  collect(CAPEX_STRONG, sentence, "capex", all);
  collect(CAPEX_CJK, sentence, "capex", all);
  collect(OTHER_METRIC, sentence, "other", all);
  collect(OTHER_METRIC_CJK, sentence, "other", all);
  collect(CAPEX_WEAK, sentence, "spend", all);
  all.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start);
  const kept: MetricMention[] = [];
  for (const m of all) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  // "research and development spending", "marketing investment": spending named by another metric is that metric.
  return kept.map((m, i) => {
    const prev = kept[i - 1];
    if (m.kind === "spend" && prev?.kind === "other" && m.start - prev.end <= 2) return { ...m, kind: "other" as const };
    // "invest about $90 million in operating and capital expenditures", "capex and opex of $40 million": the sum,
    // named as one metric (so "in operating and capital expenditures" right after money is that money's metric).
    if (m.kind === "capex") {
      const before = OPERATING_AND_BEFORE.exec(sentence.slice(Math.max(0, m.start - 20), m.start));
      const after = AND_OPERATING_AFTER.exec(sentence.slice(m.end, m.end + 20));
      if (before || after) return { start: m.start - (before?.[0].length ?? 0), end: m.end + (after?.[0].length ?? 0), kind: "other" as const };
    }
    return m;
  });
}

// "excluding mergers, acquisitions and purchases of leased facilities,": a list of exclusions goes on past its first comma.
const PARENTHETICAL_LIST_BEFORE = /[,(]\s*(?:including|includes|excluding|excludes|net\s+of|exclusive\s+of|inclusive\s+of|such\s+as)\s+[^.;:()$€£¥₹\d]*$/i;
const LEFT_OUT_BEFORE = /\b(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?))\s+(?:excluding|exclusive\s+of|net\s+of|before|including|inclusive\s+of)\s+(?:[\w-]+\s+){0,2}$/i;
const PERCENT_OF_BEFORE = /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?$/i;
const RESTATED_AS = /^\s*(?:\([^)]{0,30}\))?\s*,?\s*(?:or|i\.e\.,?|equal\s+to|equivalent\s+to)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|close\s+to\s+)?$/i;

// "our investments in R&D and CapEx are projected at over $2.5 billion": capex summed with another metric is neither.
const JOINED = /^\s*(?:and|&|plus)\s*$/i;
function joinedWithOther(sentence: string, metrics: readonly MetricMention[], m: MetricMention): boolean {
  if (m.kind !== "capex") return false;
  return metrics.some((o) => o.kind === "other" && ((o.end <= m.start && JOINED.test(sentence.slice(o.end, m.start))) || (o.start >= m.end && JOINED.test(sentence.slice(m.end, o.start)))));
}

/** The metric `figure` measures, or null when the sentence names none near it. */
export function metricOf(sentence: string, clauses: Clauses, metrics: MetricMention[], figure: Figure): MetricKind | null {
  // "$9 billion global commitment to R&D and CapEx": the sum named right after the figure.
  const next = metrics.find((m) => m.start >= figure.end);
  if (next !== undefined && next.start - figure.end <= AFTER_REACH && !/[$€£¥₹\d]/.test(sentence.slice(figure.end, next.start))) {
    const capex = next.kind === "capex" ? next : metrics.find((m) => m.kind === "capex" && m.start >= next.end && m.start - next.end <= 8);
    // "… of net capital expenditures and free cash flow in the range of $6.5 billion": the other metric named with its own figure is not summed in.
    const joined = capex === undefined ? undefined : metrics.find((o) => o.kind === "other" && o.start >= capex.end && JOINED.test(sentence.slice(capex.end, o.start)));
    const pairEnd = capex === undefined ? 0 : Math.max(capex.end, next.end, joined?.end ?? 0);
    if (capex !== undefined && joinedWithOther(sentence, metrics, capex) && !MONEY_WRITTEN.test(sentence.slice(pairEnd, pairEnd + 30))) return "other";
  }
  for (const m of metrics) {
    if (m.start < figure.end) continue;
    if (m.start - figure.end > AFTER_REACH) break;
    // "EUR58bn ($61.83bn) in investments": a conversion in brackets stands between them.
    // "… $778,000,000 capital expenditures of $100,000,000 …": a metric that names its own figure next is that one's.
    const gap = sentence.slice(figure.end, m.start).replace(/^\s*\([^)]{0,40}\)/, "");
    if (AFTER_GAP.test(gap) && !OWN_FIGURE_NEXT.test(sentence.slice(m.end, m.end + 40))) return m.kind;
    // "Alphabet's $175-185 billion, Amazon's $200 billion, and Meta's $115-135 billion capex guidance": a list's metric, named after its last item.
    if (LIST_OF_AMOUNTS.test(sentence.slice(figure.end, m.start))) return m.kind;
    // "earmarked Rs 9,500 crore as capex for FY25": set aside as the metric (not "… as capex falls").
    if (/^\s*as\s+(?:its\s+|our\s+|their\s+)?$/i.test(gap) && AS_METRIC_END.test(sentence.slice(m.end, m.end + 20))) return m.kind;
    break;
  }
  const ownClause = clauseStart(clauses, figure.start);
  const inParenthetical = (m: MetricMention): boolean => {
    const start = clauseStart(clauses, m.start);
    if (start === ownClause) return false;
    return PARENTHETICAL_CLAUSE.test(sentence.slice(start, clauseEnd(clauses, m.start))) || PARENTHETICAL_LIST_BEFORE.test(sentence.slice(Math.max(0, m.start - 100), m.start));
  };
  // "free cash flow after capex is expected to be $4 billion": capex there only qualifies the metric before it.
  const netOf = (m: MetricMention): boolean => m.kind === "capex" && NET_OF_BEFORE.test(sentence.slice(Math.max(0, m.start - 16), m.start));
  // "capex of about 5% of sales, or roughly $4 billion": the sales are the percentage's base, and the amount restates the capex.
  const percentBase = (m: MetricMention): boolean =>
    PERCENT_OF_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)) && RESTATED_AS.test(sentence.slice(m.end, figure.start));
  // "cash capex excluding capitalized interest to be …": what the metric leaves out, named right after it, is not the metric.
  const leftOut = (m: MetricMention): boolean => m.kind === "other" && LEFT_OUT_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
  let nearest: MetricMention | null = null;
  for (const m of metrics) if (m.end <= figure.start && !inParenthetical(m) && !netOf(m) && !percentBase(m) && !leftOut(m)) nearest = m;
  return nearest !== null && joinedWithOther(sentence, metrics, nearest) ? "other" : (nearest?.kind ?? null);
}
