// The second collection of the labelled set (Dec 6 2026, data/guidance/*-2.jsonl): 198 texts
// collected and labelled by someone who never saw the extractor, split by the same rule, its
// held-out part frozen the day it was made. Its held-out score is the freshest measure of text no
// rule was written for; GUIDANCE_DEV_MISSES=1 prints only its development misses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evalRecordSchema, heldOutById, printMisses, report, sha256Of } from "./eval-report.js";
import { companiesOf, readRecords } from "./eval-set.js";

const DIR = path.resolve(process.cwd(), "data/guidance");
const HELDOUT = path.join(DIR, "heldout-2.jsonl");
const HELDOUT_SHA256 = readFileSync(path.join(DIR, "HELDOUT-2.sha256"), "utf8").trim().split(/\s+/)[0];

const dev = readRecords(path.join(DIR, "dev-2.jsonl"));
const heldout = readRecords(HELDOUT);
// The store knows every company of both collections, as it would know the companies it follows.
const companies = companiesOf([...readRecords(path.join(DIR, "dev.jsonl")), ...readRecords(path.join(DIR, "heldout.jsonl")), ...dev, ...heldout]);

describe("capex guidance on the second collection (data/guidance/*-2.jsonl)", () => {
  it("GIVEN the collection THEN every record is well-formed, in the part its id says, and the held-out part is the frozen file", () => {
    for (const r of [...dev, ...heldout]) expect(evalRecordSchema.safeParse(r).success, r.id).toBe(true);
    expect(dev.filter((r) => heldOutById(r.id)).map((r) => r.id)).toEqual([]);
    expect(heldout.filter((r) => !heldOutById(r.id)).map((r) => r.id)).toEqual([]);
    expect(sha256Of(readFileSync(HELDOUT))).toBe(HELDOUT_SHA256);
  });

  it("GIVEN both parts THEN precision, recall and F1 are printed, per part and per category", () => {
    const d = report(dev, companies);
    const h = report(heldout, companies);
    console.log(JSON.stringify({ secondCollection: { texts: dev.length + heldout.length, hardNegatives: d.summary.hardNegatives + h.summary.hardNegatives } }));
    console.log(JSON.stringify({ development2: d.summary }));
    console.log(JSON.stringify({ heldOut2: h.summary }));
    if (process.env.GUIDANCE_DEV_MISSES === "1") printMisses(dev, d.results);
    expect(d.summary.all.texts).toBe(dev.length);
    expect(h.summary.all.texts).toBe(heldout.length);
    // Floors a little under the scores after the ninth round, Dec 7 2026 (docs/extraction.md: dev-2 0.919, held-out-2 0.829): a change that loses ground fails.
    expect(d.summary.english.f1).toBeGreaterThanOrEqual(0.94);
    expect(h.summary.english.f1).toBeGreaterThanOrEqual(0.85);
  });
});
