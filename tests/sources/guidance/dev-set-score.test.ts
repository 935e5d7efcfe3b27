// Scores the extractor on the labelled dev set (../shared/data/guidance-dev.jsonl) with its
// README's matching rule: a statement matches a label when the period is equal, low and high are
// each within 0.5 % (null matches null) and the currency is equal; precision, recall and F1 count
// statements. Prints the scores as one JSON line, and the ids of misses and false positives.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { isEnglish, ratios, within } from "./eval-set.js";
import type { GuidanceStatement } from "../../../src/sources/guidance/types.js";

const DEV_SET = path.resolve(process.cwd(), "../shared/data/guidance-dev.jsonl");
const MISSING = !existsSync(DEV_SET);

interface Label {
  period: string;
  low: number | null;
  high: number | null;
  currency: string;
}
interface Actual {
  period: string;
  value: number;
  currency: string;
}
interface DevRecord {
  id: string;
  text: string;
  date: string;
  lang?: string;
  expected: Label[];
  actuals?: Actual[];
}

type Score = ReturnType<typeof ratios>;

function matches(s: GuidanceStatement, l: Label): boolean {
  return s.period === l.period && within(s.low, l.low) && within(s.high, l.high) && s.currency === l.currency;
}

const score = ratios;

interface RecordResult {
  id: string;
  english: boolean;
  tp: number;
  fp: number;
  fn: number;
  actualsOut: number;
}

function evaluate(r: DevRecord): RecordResult {
  const got = extractCapexGuidance(r.text, { date: r.date });
  const used = new Set<number>();
  let tp = 0;
  for (const s of got) {
    const i = r.expected.findIndex((l, k) => !used.has(k) && matches(s, l));
    if (i >= 0) {
      used.add(i);
      tp += 1;
    }
  }
  const actualsOut = (r.actuals ?? []).filter((a) =>
    got.some((s) => s.period === a.period && s.currency === a.currency && (within(s.low, a.value) || within(s.high, a.value))),
  ).length;
  return { id: r.id, english: isEnglish(r), tp, fp: got.length - tp, fn: r.expected.length - tp, actualsOut };
}

function total(results: RecordResult[]): Score {
  return score(
    results.reduce((n, r) => n + r.tp, 0),
    results.reduce((n, r) => n + r.fp, 0),
    results.reduce((n, r) => n + r.fn, 0),
  );
}

describe.skipIf(MISSING)(`capex guidance on the dev set${MISSING ? ` (skipped: ${DEV_SET} not found)` : ""}`, () => {
  const records: DevRecord[] = MISSING
    ? []
    : readFileSync(DEV_SET, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as DevRecord);
  const results = records.map(evaluate);
  const english = results.filter((r) => r.english);

  it("GIVEN the labelled texts THEN precision, recall and F1 are printed and English F1 is at least 0.90", () => {
    console.log(
      JSON.stringify({
        english: { texts: english.length, ...total(english) },
        all: { texts: results.length, ...total(results) },
        misses: results.filter((r) => r.fn > 0).map((r) => r.id),
        falsePositives: results.filter((r) => r.fp > 0).map((r) => r.id),
        nonEnglish: results.filter((r) => !r.english).map((r) => r.id),
      }),
    );
    expect(records.length).toBeGreaterThan(0);
    expect(total(english).f1).toBeGreaterThanOrEqual(0.9);
  });

  it("GIVEN texts with capex already spent THEN none of those actuals comes out as guidance", () => {
    expect(results.filter((r) => r.actualsOut > 0).map((r) => r.id)).toEqual([]);
  });
});
