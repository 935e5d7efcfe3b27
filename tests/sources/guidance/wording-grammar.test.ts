// Ways of stating a level the extractor reads (bands, bounds, ranges around a point), each in one
// plain sentence written for this test from how guidance is worded, not taken from the labelled
// sets; the readings are LABELLING.md's ("low-$70 billion range": 70 to 73 billion).
import { describe, expect, it } from "vitest";
import { ACME, levelsOf } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

// [the words after "Acme Industries Inc. expects 2026 capex ", low, high]
const ROWS: Array<[string, number | null, number | null]> = [
  ["in the low-$70 billion range.", 70 * B, 73 * B],
  ["in the mid-$70 billion range.", 74 * B, 76 * B],
  ["in the high-$70 billion range.", 77 * B, 80 * B],
  ["in the low $70 billions.", 70 * B, 73 * B],
  ["in the low-$1 billion range.", 1.0 * B, 1.3 * B],
  ["in the high-$300 million range.", 370 * M, 400 * M],
  ["of $1.1 billion plus or minus $100 million.", 1.0 * B, 1.2 * B],
  ["of $1.1 billion, give or take $100 million.", 1.0 * B, 1.2 * B],
  ["of $1.1 billion, +/- $100 million.", 1.0 * B, 1.2 * B],
  ["not to exceed $1.1 billion.", null, 1.1 * B],
  ["to exceed $1.1 billion.", 1.1 * B, null],
  ["of at least $1.1 billion.", 1.1 * B, null],
  ["of no more than $1.1 billion.", null, 1.1 * B],
  ["of $1.0 to 1.2 billion.", 1.0 * B, 1.2 * B],
  ["of $1.0bn-$1.2bn.", 1.0 * B, 1.2 * B],
  ["of between 1.0 and 1.2 billion dollars.", 1.0 * B, 1.2 * B],
];

describe("the wording of a level (one written sentence per form)", () => {
  for (const [rest, low, high] of ROWS) {
    it(`GIVEN capex "${rest}" THEN ${low ?? "open"} to ${high ?? "open"}`, () => {
      expect(levelsOf({ text: `${ACME.name} expects 2026 capex ${rest}`, want: [] }, [])).toEqual([["FY2026", low, high, "USD"]]);
    });
  }

  it("GIVEN a negation before an earlier number of the clause ('does not expect 2026 capex to exceed $X') THEN a ceiling, not a floor", () => {
    expect(levelsOf({ text: `${ACME.name} does not expect 2026 capex to exceed $1.1 billion.`, want: [] }, [])).toEqual([["FY2026", null, 1.1 * B, "USD"]]);
  });
});
