// How far two careful readers agree, which is how far any score against one reader's labels can
// mean anything. Development texts were labelled a second time, blind: by readers who saw the text,
// its date, company, fiscal year end and kind, and LABELLING.md, but neither the first labels nor
// the extractor (data/guidance/README.md, "Second reading"): 200 of the first three collections
// (second-reading.jsonl) and 120 of the twelfth to seventeenth, twenty of each (second-reading-2.jsonl).
// No held-out text was read for either. The tests print the readers' agreement and the extractor's
// score against each reading.
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { heldOutById, labelSchema } from "./eval-report.js";
import { companiesOf, count, evaluate, isEnglish, ratios, readRecords, type EvalRecord, type Label } from "./eval-set.js";

const DIR = path.resolve(process.cwd(), "data/guidance");

const secondReadingSchema = z.object({
  id: z.string().min(1),
  collection: z.string().regex(/^dev(?:-\d+)?\.jsonl$/),
  expected: z.array(labelSchema),
  note: z.string(),
});

const totals = (label: readonly Label[]): Label[] => label.filter((l) => l.segment === undefined);

/** Statement counts of `got` against `want`, summed over texts: the company's totals only, as the strict score. */
function score(pairs: readonly { got: readonly Label[]; want: readonly Label[] }[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    const c = count(totals(p.got), totals(p.want));
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { texts: pairs.length, ...ratios(tp, fp, fn) };
}

/** One second reading (`file`) of `size` development texts of `collections`, scored against the first. */
function describeSecondReading(file: string, collections: readonly string[], size: number, key: string): void {
describe(`a second, blind reading of ${size} development texts (data/guidance/${file})`, () => {
  const second = readFileSync(path.join(DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => secondReadingSchema.parse(JSON.parse(l)));
  const firstById = new Map(collections.flatMap((f) => readRecords(path.join(DIR, f)).map((r) => [r.id, { ...r, collection: f }] as const)));
  // The store knows the development companies, as the score tests give it (held-out files unread here).
  const companies = companiesOf([...firstById.values()]);
  const joined = second.map((s) => ({ s, first: firstById.get(s.id) as EvalRecord & { collection: string } }));

  it(`GIVEN the second reading THEN it covers ${size} distinct English development texts, each in the collection it names, and no held-out text`, () => {
    expect(new Set(second.map((s) => s.id)).size).toBe(size);
    expect(joined.filter((j) => j.first === undefined).map((j) => j.s.id)).toEqual([]);
    expect(joined.filter((j) => j.first.collection !== j.s.collection).map((j) => j.s.id)).toEqual([]);
    expect(joined.filter((j) => !isEnglish(j.first)).map((j) => j.s.id)).toEqual([]);
    expect(second.filter((s) => heldOutById(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("GIVEN both readings and the extractor THEN the readers' agreement and the extractor's score against each are printed", () => {
    const extracted = joined.map((j) => ({ ...j, got: evaluate(j.first, companies).got as unknown as Label[] }));
    const readers = score(joined.map((j) => ({ got: j.s.expected, want: j.first.expected })));
    const agreed = extracted.filter((j) => {
      const c = count(totals(j.s.expected), totals(j.first.expected));
      return c.fp === 0 && c.fn === 0;
    });
    const out = {
      // The second reader's statements against the first's: precision and recall swap if the
      // readers swap, so F1 is the agreement of the two.
      readers,
      extractorVsFirstReading: score(extracted.map((j) => ({ got: j.got, want: j.first.expected }))),
      extractorVsSecondReading: score(extracted.map((j) => ({ got: j.got, want: j.s.expected }))),
      textsBothReadersAgreeOn: agreed.length,
      extractorOnThoseTexts: score(agreed.map((j) => ({ got: j.got, want: j.first.expected }))),
    };
    console.log(JSON.stringify({ [key]: out }));
    expect(readers.texts).toBe(size);
    // Identical readings agree fully: the measure itself can tell agreement from disagreement.
    expect(score(joined.map((j) => ({ got: j.first.expected, want: j.first.expected }))).f1).toBe(1);
  });
});
}

describeSecondReading("second-reading.jsonl", ["dev.jsonl", "dev-2.jsonl", "dev-3.jsonl"], 200, "secondReading");
describeSecondReading("second-reading-2.jsonl", ["dev-12.jsonl", "dev-13.jsonl", "dev-14.jsonl", "dev-15.jsonl", "dev-16.jsonl", "dev-17.jsonl"], 120, "secondReading2");
