// Issue 10's replay: four Amazon texts that are not Amazon's guidance (an analyst's question, a
// hypothetical, an old pledge, Alphabet's figure in a recap) and the company's own two statements.
// The texts are the issue's own examples, written for this test (no URLs: they were not published).
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { replayThrough } from "../../helpers/desk.js";

const FIXTURE = "tests/fixtures/replay/amazon-voices.jsonl";

const EXACTLY_TWO = [
  expect.objectContaining({
    channel: "#markets",
    kind: "capex_guidance",
    ts: "2026-02-05T21:40:00.000Z",
    period: "FY2026",
    value: 200e9,
    basis: "consensus",
    surprisePct: 36.43,
    vsPriorGuidancePct: null,
    provenance: expect.objectContaining({ kind: "transcript", voice: "company", speaker: expect.objectContaining({ name: "Andy Jassy" }), said: "in Amazon's Q4 call, Andy Jassy (CEO)" }),
  }),
  expect.objectContaining({
    channel: "#markets",
    kind: "capex_guidance",
    ts: "2026-04-30T20:05:00.000Z",
    period: "FY2026",
    value: 220e9,
    basis: "consensus",
    vsPriorGuidancePct: 10,
    provenance: expect.objectContaining({ kind: "earnings_release", voice: "company", speaker: null, said: "in the 8-K press release (EX-99.1)" }),
  }),
];

describe("amazon-voices.jsonl: only the company's own words alert", () => {
  it("GIVEN the six documents THEN exactly two capex_guidance alerts: Jassy's $200B on the call and the $220B release", async () => {
    const { alerts, problems } = await replayThrough(FIXTURE, { reader: extractCapexGuidance });
    expect(problems).toEqual([]);
    expect(alerts).toEqual(EXACTLY_TWO);
  });

  it("GIVEN the extractor THEN every line reads, and the raised outlook is measured against the $200B and names the 8-K press release", async () => {
    const { alerts, problems } = await replayThrough(FIXTURE, { reader: extractCapexGuidance });
    expect(problems).toEqual([]);
    expect(alerts.at(-1)).toMatchObject({
      value: 220e9,
      basis: "consensus",
      surprisePct: 50.07,
      vsPriorGuidancePct: 10,
      provenance: { kind: "earnings_release", voice: "company", speaker: null, said: "in the 8-K press release (EX-99.1)" },
    });
  });
});
