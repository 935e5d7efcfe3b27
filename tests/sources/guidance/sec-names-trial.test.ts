// A trial kept so its figures can be printed again (docs/extraction.md, "Tried and not kept: every SEC
// filer's name as a known company"): every collection scored with the store's companies, and with every
// name of SEC's company_tickers.json added to them. It runs only when GUIDANCE_SEC_TICKERS names a copy
// of that file (https://www.sec.gov/files/company_tickers.json); `npm test` skips it.
import { readFileSync } from "node:fs";
import { describe, it } from "vitest";
import type { CompanyRef } from "../../../src/sources/guidance/types.js";
import { report } from "./eval-report.js";
import { companiesOf, readRecords } from "./eval-set.js";

const FILE = process.env.GUIDANCE_SEC_TICKERS;
const PARTS = ["", "-2", "-3", "-4", "-5", "-6", "-7", "-8", "-9", "-10", "-11", "-12"];

/** "DEVON ENERGY CORP/DE" → "Devon Energy Corp": SEC's capitals as a text writes the name (short words and "AT&T" kept). */
function asWritten(title: string): string {
  const word = (w: string) => (/[a-z&.\d]/.test(w) || w.length <= 2 ? w : w.charAt(0) + w.slice(1).toLowerCase());
  return title.replace(/\/[A-Z]{2,}\/?$/, "").split(/\s+/).map(word).join(" ");
}

describe.skipIf(FILE === undefined)("every SEC filer's name as a known company (a trial, GUIDANCE_SEC_TICKERS)", () => {
  it("GIVEN each collection THEN its F1 with the store's companies and with SEC's names added is printed", () => {
    const all = PARTS.flatMap((p) => [...readRecords(`data/guidance/dev${p}.jsonl`), ...readRecords(`data/guidance/heldout${p}.jsonl`)]);
    const known = companiesOf(all);
    const knownTickers = new Set(known.map((c) => c.ticker));
    const entries = Object.values(JSON.parse(readFileSync(FILE ?? "", "utf8")) as Record<string, { cik_str: number; ticker: string; title: string }>);
    const names = new Set<string>();
    const sec: CompanyRef[] = [];
    for (const e of entries) {
      const name = asWritten(e.title);
      if (knownTickers.has(e.ticker) || names.has(name)) continue;
      names.add(name);
      sec.push({ ticker: `SEC${e.cik_str}`, name });
    }
    const widened = [...known, ...sec];
    for (const p of PARTS) {
      for (const side of ["dev", "heldout"]) {
        const records = readRecords(`data/guidance/${side}${p}.jsonl`);
        const before = report(records, known).summary.english;
        const after = report(records, widened).summary.english;
        console.log(JSON.stringify({ part: `${side}${p}`, f1: before.f1, withSecNames: after.f1, tp: [before.tp, after.tp], fp: [before.fp, after.fp] }));
      }
    }
  }, 600_000);
});
