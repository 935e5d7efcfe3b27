// The speaker labels of call transcripts as they are written by different publishers, each in a
// written two-turn exchange (not taken from the labelled sets): an analyst asks with a figure of
// their own, an executive answers with the company's. Only the executive's figure is guidance,
// whatever the label's layout; a label the reader missed would leave the answer inside the
// analyst's turn, where nothing counts.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { ACME } from "./sentence-levels.js";

const ASK = "Could you spend $1.5 billion on capex in 2025?";
const ANSWER = "We expect capex of about $1.2 billion in 2025.";

// [analyst's label, executive's label, the speaker the statement carries]
const LAYOUTS: Array<[string, string, string]> = [
  ["John Smith -- Goldman Sachs -- Analyst: ", "Jane Doe -- Chief Financial Officer: ", "Jane Doe"],
  ["John Smith -- Analyst: ", "Jane Doe -- CFO: ", "Jane Doe"],
  ["John Smith, Analyst: ", "Jane Doe, CFO: ", "Jane Doe"],
  ["John Smith (Goldman Sachs): ", "Jane Doe (CFO): ", "Jane Doe"],
  ["Analyst: ", "CFO: ", "CFO"],
  ["Analyst: ", "Chief Financial Officer: ", "Chief Financial Officer"],
  ["Q: ", "A: ", "A"],
  ["John Smith -- Goldman Sachs -- Analyst\n", "Jane Doe -- Chief Financial Officer\n", "Jane Doe"],
];

describe("speaker labels of transcripts (written exchanges)", () => {
  for (const [asker, answerer, speaker] of LAYOUTS) {
    it(`GIVEN "${asker.trim()}" then "${answerer.trim()}" THEN only the answer's figure, said by ${speaker}`, () => {
      const text = `Operator: Our next question comes from John Smith with Goldman Sachs.\n${asker}${ASK}\n${answerer}${ANSWER}`;
      const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low, s.high, s.speaker?.name])).toEqual([["FY2025", 1.2e9, 1.2e9, speaker]]);
    });
  }

  it("GIVEN a comma label in a press release (not a transcript) THEN it is prose, not a speaker", () => {
    const got = extractCapexGuidance(`Looking ahead, our Chief Financial Officer noted: ${ANSWER}`, { date: "2025-02-10", company: ACME, companies: [], kind: "earnings_release" });
    expect(got.map((s) => [s.period, s.low, s.speaker?.name])).toEqual([["FY2025", 1.2e9, undefined]]);
  });
});
