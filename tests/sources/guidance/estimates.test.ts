// Consensus figures read from the same text as guidance (issue 11, point 5), on sentences written
// for this test: several analysts or a data provider's consensus count, one bank's forecast does not.
import { describe, expect, it } from "vitest";
import { extractCapexConsensus } from "../../../src/sources/guidance/estimates.js";
import type { ExtractionContext } from "../../../src/sources/guidance/types.js";

const ctx: ExtractionContext = { date: "2026-02-05", company: { ticker: "AMZN", name: "Amazon.com, Inc." }, companies: [{ ticker: "GOOGL", name: "Alphabet Inc." }], kind: "news" };
const read = (text: string) => extractCapexConsensus(text, ctx).map((c) => [c.period, c.value, c.currency, c.provider]);

describe("consensus from the text", () => {
  it("GIVEN analysts' expectation next to the guidance THEN it is the consensus for that period", () => {
    expect(read("Amazon expects capital expenditures of about $200 billion in 2026, well above the $146.6 billion analysts had expected.")).toEqual([["FY2026", 146.6e9, "USD", null]]);
  });

  it("GIVEN a named data provider's consensus THEN the provider is kept", () => {
    expect(read("Amazon guided 2026 capex to about $200 billion, versus a FactSet consensus of $146.6 billion.")).toEqual([["FY2026", 146.6e9, "USD", "FactSet"]]);
  });

  it("GIVEN one bank's forecast THEN it is not a consensus", () => {
    expect(read("Morgan Stanley forecasts Amazon's capital expenditures will reach $180 billion in 2026.")).toEqual([]);
  });

  it("GIVEN another company's consensus THEN it is not this company's", () => {
    expect(read("Alphabet's capex of $185 billion in 2026 compares with a consensus of $120 billion.")).toEqual([]);
  });

  it("GIVEN no estimate THEN nothing", () => {
    expect(read("Amazon expects capital expenditures of about $200 billion in 2026.")).toEqual([]);
  });
});
