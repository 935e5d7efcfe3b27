// Deciding, figure by figure, whether a sentence's figure is capex guidance: its metric must be
// capex, the sentence must look forward (or the figure be a range), and the figure must not be an
// estimate, an earlier figure, a change without a level, money already spent, or a slice of a plan.
import { clauseEnd, clauseStart, type Clauses } from "./clauses.js";
import {
  ACTUAL_BEFORE,
  AGGREGATE,
  ACTUAL_CJK_BEFORE,
  CHANGE_AFTER,
  CHANGE_BEFORE,
  CHANGE_CJK_BEFORE,
  COMPARED_POSSESSIVE_BEFORE,
  ESTIMATE_AFTER,
  ESTIMATE_ATTRIBUTION,
  ESTIMATE_BEFORE,
  ESTIMATE_CJK,
  FROM_THEN_TO,
  PLEDGE_AFTER,
  RANGING_FROM,
  SPEND_NOT_CAPEX_AFTER,
  SUBALLOCATION_CLAUSE,
  SUPERSEDED_BEFORE,
  SUPERSEDED_CJK_BEFORE,
} from "./cues.js";
import type { Figure } from "./figures.js";
import { metricOf, type MetricKind, type MetricMention } from "./metrics.js";

export type Verdict =
  | "guidance"
  | "no-currency"
  | "too-small"
  | "not-capex"
  | "pledge"
  | "estimate"
  | "superseded"
  | "change"
  | "actual"
  | "sub-allocation"
  | "aggregate"
  | "not-forward";

export interface SentenceFacts {
  text: string;
  clauses: Clauses;
  figures: Figure[];
  metrics: MetricMention[];
  /** The sentence (or the heading above it) speaks of the future. */
  forward: boolean;
  /** The heading above names capex, for lines like "Full year expected $8B-$8.8B". */
  headingCapex: boolean;
}

const MIN_AMOUNT = 1e6;
const WINDOW = 80;

function before(f: SentenceFacts, i: number): string {
  const figure = f.figures[i] as Figure;
  const prevEnd = i > 0 ? (f.figures[i - 1] as Figure).end : 0;
  const from = Math.max(clauseStart(f.clauses, figure.start), prevEnd, figure.start - WINDOW);
  return f.text.slice(from, figure.start);
}

function after(f: SentenceFacts, i: number): string {
  const figure = f.figures[i] as Figure;
  const next = f.figures[i + 1];
  const to = Math.min(clauseEnd(f.clauses, figure.end), next?.start ?? f.text.length, figure.end + WINDOW);
  return f.text.slice(figure.end, Math.max(to, figure.end));
}

function isSuperseded(tail: string): boolean {
  const m = SUPERSEDED_BEFORE.exec(tail);
  if (m) {
    const cue = m[0].trim();
    if (!(FROM_THEN_TO.test(cue) || RANGING_FROM.test(tail))) return true;
  }
  return COMPARED_POSSESSIVE_BEFORE.test(tail) || SUPERSEDED_CJK_BEFORE.test(tail);
}

function metricKind(f: SentenceFacts, figure: Figure): MetricKind | null {
  return metricOf(f.text, f.clauses, f.metrics, figure) ?? (f.headingCapex ? "capex" : null);
}

/** The verdict for each figure of the sentence, in order. */
export function classifyFigures(f: SentenceFacts): Verdict[] {
  const verdicts: Verdict[] = [];
  f.figures.forEach((figure, i) => {
    verdicts.push(verdictFor(f, figure, i, verdicts.includes("guidance")));
  });
  return verdicts;
}

function verdictFor(f: SentenceFacts, figure: Figure, i: number, earlierGuidance: boolean): Verdict {
  if (figure.currency === null) return "no-currency";
  if (Math.max(figure.low ?? 0, figure.high ?? 0) < MIN_AMOUNT) return "too-small";
  const tail = before(f, i);
  const next = after(f, i);
  if (isSuperseded(tail)) return "superseded";
  if (ACTUAL_BEFORE.test(tail) || ACTUAL_CJK_BEFORE.test(tail)) return "actual";
  const metric = metricKind(f, figure);
  if (metric === null || metric === "other") return "not-capex";
  if (metric === "spend" && PLEDGE_AFTER.test(next)) return "pledge";
  if (metric === "spend" && SPEND_NOT_CAPEX_AFTER.test(next)) return "not-capex";
  const clause = f.text.slice(clauseStart(f.clauses, figure.start), clauseEnd(f.clauses, figure.end));
  const rest = f.text.slice(figure.end, Math.min(f.figures[i + 1]?.start ?? f.text.length, figure.end + 2 * WINDOW));
  if (ESTIMATE_BEFORE.test(tail) || ESTIMATE_AFTER.test(next) || ESTIMATE_ATTRIBUTION.test(rest) || ESTIMATE_CJK.test(clause)) {
    return "estimate";
  }
  if (AGGREGATE.test(clause)) return "aggregate";
  if (CHANGE_BEFORE.test(tail) || CHANGE_AFTER.test(next) || CHANGE_CJK_BEFORE.test(tail)) return "change";
  if (earlierGuidance && SUBALLOCATION_CLAUSE.test(f.text.slice(clauseStart(f.clauses, figure.start), figure.start))) {
    return "sub-allocation";
  }
  if (!f.forward && figure.shape !== "range") return "not-forward";
  return "guidance";
}
