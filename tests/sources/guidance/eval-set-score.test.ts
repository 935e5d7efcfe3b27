// The extractor scored on the project's labelled set of real texts (data/guidance/): the
// development part, which rules may be written with in view, and the held-out part, frozen
// before any rule was written for the set and never tuned to. Both are printed, with per-category
// scores; trust the held-out one. GUIDANCE_DEV_MISSES=1 prints the development part's misses and
// false positives (never the held-out's).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evalRecordSchema, heldOutById, printMisses, report, sha256Of } from "./eval-report.js";
import { companiesOf, readRecords } from "./eval-set.js";

const DIR = path.resolve(process.cwd(), "data/guidance");
const DEV = path.join(DIR, "dev.jsonl");
const HELDOUT = path.join(DIR, "heldout.jsonl");
/** sha256 of heldout.jsonl as frozen; data/guidance/README.md says how the split was made. */
const HELDOUT_SHA256 = readFileSync(path.join(DIR, "HELDOUT.sha256"), "utf8").trim();

const dev = readRecords(DEV);
const heldout = readRecords(HELDOUT);
const companies = companiesOf([...dev, ...heldout]);

describe("capex guidance on the project's labelled set (data/guidance)", () => {
  const d = report(dev, companies);
  const h = report(heldout, companies);

  it("GIVEN the set THEN every record is well-formed and in the part its id says", () => {
    for (const r of [...dev, ...heldout]) expect(evalRecordSchema.safeParse(r).success, r.id).toBe(true);
    expect(dev.filter((r) => heldOutById(r.id)).map((r) => r.id)).toEqual([]);
    expect(heldout.filter((r) => !heldOutById(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("GIVEN the held-out part THEN it is byte for byte the frozen file", () => {
    expect(sha256Of(readFileSync(HELDOUT))).toBe(HELDOUT_SHA256);
  });

  it("GIVEN the set THEN its make-up is printed (what data/guidance/README.md states)", () => {
    const all = [...dev, ...heldout];
    const years = all.map((r) => r.date.slice(0, 4)).sort();
    const currencies = [...new Set(all.flatMap((r) => r.expected.map((l) => l.currency)))].sort();
    const makeUp = {
      texts: all.length,
      development: dev.length,
      heldOut: heldout.length,
      hardNegatives: all.filter((r) => r.hardNegative === true).length,
      companies: new Set(all.map((r) => r.company)).size,
      years: `${years[0]}-${years[years.length - 1]}`,
      currencies,
      kinds: Object.fromEntries([...new Set(all.map((r) => r.kind))].map((k) => [k, all.filter((r) => r.kind === k).length])),
    };
    console.log(JSON.stringify({ set: makeUp }));
    // Issue 10: at least 400 texts, at least 40 % hard negatives.
    expect(makeUp.texts).toBeGreaterThanOrEqual(400);
    expect(makeUp.hardNegatives / makeUp.texts).toBeGreaterThanOrEqual(0.4);
  });

  it("GIVEN both parts THEN precision, recall and F1 are printed, per part and per category", () => {
    console.log(JSON.stringify({ development: d.summary }));
    console.log(JSON.stringify({ heldOut: h.summary }));
    if (process.env.GUIDANCE_DEV_MISSES === "1") printMisses(dev, d.results);
    expect(d.summary.all.texts).toBeGreaterThan(0);
    expect(h.summary.all.texts).toBeGreaterThan(0);
    // Floors a little under the scores after the ninth round, Dec 7 2026 (docs/extraction.md: dev 0.905, held-out 0.717): a change that loses ground fails.
    expect(d.summary.english.f1).toBeGreaterThanOrEqual(0.91);
    expect(h.summary.english.f1).toBeGreaterThanOrEqual(0.72);
  });
});
