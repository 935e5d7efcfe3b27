// One collection of the labelled set collected and labelled blind after the first two (the third,
// Dec 6 2026; the fourth, Dec 7): its records are checked (well-formed, in the part their id says,
// new to the set, the held-out part the frozen file) and both parts scored, per part and per
// category. GUIDANCE_DEV_MISSES=1 prints only the development part's misses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evalRecordSchema, heldOutById, printMisses, report, sha256Of } from "./eval-report.js";
import { companiesOf, readRecords, type EvalRecord } from "./eval-set.js";

const DIR = path.resolve(process.cwd(), "data/guidance");

export interface Collection {
  /** The files' suffix and the printed keys' number: "3" reads dev-3.jsonl, heldout-3.jsonl, HELDOUT-3.sha256. */
  n: string;
  title: string;
  /** The files of the collections before it: none of their texts or source pages may come again. */
  earlier: readonly string[];
  /** Floors a little under the scores when the floors were set: a change that loses ground fails. */
  floors: { development: number; heldOut: number };
}

/** What the README says of a collection: statements, companies, years, currencies, kinds, non-December year-ends. */
function makeUp(all: readonly EvalRecord[]) {
  const dates = all.map((r) => r.date).sort();
  const count = (keys: string[]) => Object.fromEntries([...new Set(keys)].map((k) => [k, keys.filter((x) => x === k).length]));
  return {
    statements: all.reduce((n, r) => n + r.expected.length, 0),
    companies: new Set(all.map((r) => r.company)).size,
    dates: `${dates[0]}..${dates[dates.length - 1]}`,
    currencies: count(all.flatMap((r) => r.expected.map((e) => e.currency))),
    kinds: count(all.map((r) => r.kind ?? "")),
    nonDecemberYearEnds: all.filter((r) => (r.fiscalYearEnd ?? "12-31") !== "12-31").length,
  };
}

export function scoreCollection(c: Collection): void {
  const heldoutFile = path.join(DIR, `heldout-${c.n}.jsonl`);
  const frozenSha256 = readFileSync(path.join(DIR, `HELDOUT-${c.n}.sha256`), "utf8").trim().split(/\s+/)[0];
  const dev = readRecords(path.join(DIR, `dev-${c.n}.jsonl`));
  const heldout = readRecords(heldoutFile);
  const earlier = c.earlier.flatMap((f) => readRecords(path.join(DIR, f)));
  // The store knows every company of the collections, as it would know the companies it follows.
  const companies = companiesOf([...earlier, ...dev, ...heldout]);

  describe(`capex guidance on ${c.title} (data/guidance/*-${c.n}.jsonl)`, () => {
    it("GIVEN the collection THEN every record is well-formed, in the part its id says, new to the set, and the held-out part is the frozen file", () => {
      for (const r of [...dev, ...heldout]) expect(evalRecordSchema.safeParse(r).success, r.id).toBe(true);
      expect(dev.filter((r) => heldOutById(r.id)).map((r) => r.id)).toEqual([]);
      expect(heldout.filter((r) => !heldOutById(r.id)).map((r) => r.id)).toEqual([]);
      // New to the set: no text and no source page (or transcript file) of an earlier collection again.
      const page = (url: string): string => url.toLowerCase().replace(/^https?:\/\/(www\d?\.)?/, "").replace(/\/$/, "");
      const earlierTexts = new Set(earlier.map((r) => r.text));
      const earlierPages = new Set(earlier.map((r) => page(r.source)));
      expect([...dev, ...heldout].filter((r) => earlierTexts.has(r.text) || earlierPages.has(page(r.source))).map((r) => r.id)).toEqual([]);
      expect(sha256Of(readFileSync(heldoutFile))).toBe(frozenSha256);
    });

    it("GIVEN both parts THEN precision, recall and F1 are printed, per part and per category", () => {
      const d = report(dev, companies);
      const h = report(heldout, companies);
      console.log(JSON.stringify({ [`collection${c.n}`]: { texts: dev.length + heldout.length, hardNegatives: d.summary.hardNegatives + h.summary.hardNegatives, ...makeUp([...dev, ...heldout]) } }));
      console.log(JSON.stringify({ [`development${c.n}`]: d.summary }));
      console.log(JSON.stringify({ [`heldOut${c.n}`]: h.summary }));
      if (process.env.GUIDANCE_DEV_MISSES === "1") printMisses(dev, d.results);
      expect(d.summary.all.texts).toBe(dev.length);
      expect(h.summary.all.texts).toBe(heldout.length);
      expect(d.summary.english.f1).toBeGreaterThanOrEqual(c.floors.development);
      expect(h.summary.english.f1).toBeGreaterThanOrEqual(c.floors.heldOut);
    });
  });
}
