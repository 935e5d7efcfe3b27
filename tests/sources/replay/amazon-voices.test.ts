// Issue 10's replay: four Amazon texts that are not Amazon's guidance (an analyst's question, a
// hypothetical, an old pledge, Alphabet's figure in a recap) and the company's own two statements.
import { describe, expect, it } from "vitest";
import type { Extractor } from "../../../src/sources/documents/read-document.js";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { replayThrough } from "../../helpers/replay-harness.js";

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

/**
 * A stand-in for the extractor's voice and company rules, built only on what the source edge
 * hands it (ctx.companies, the transcript turn): it shows the edge and the engine do their part.
 */
const standIn: Extractor = (text, ctx) => {
  if (/^Analyst:|\bcould\b|\bpreviously\b/.test(text)) return [];
  const names = (ctx.companies ?? []).flatMap((c) => [c.name, ...(c.aliases ?? [])]).filter((n): n is string => n !== undefined);
  if (names.some((n) => text.startsWith(`${n} `))) return [];
  const turn = /^(.+?) -- (.+)\n/.exec(text);
  return extractCapexGuidance(text, ctx).map((s) => (turn ? { ...s, speaker: { name: turn[1] as string, role: turn[2] as string } } : s));
};

describe("amazon-voices.jsonl: only the company's own words alert", () => {
  // Waits for the extractor's voice/company rules (issue 10, parts 2 and 3): today it still
  // reads the question, the hypothetical, the pledge and Alphabet's figure as Amazon's guidance,
  // and it does not yet name a transcript turn's speaker.
  it.skip("GIVEN the six documents THEN exactly two capex_guidance alerts: Jassy's $200B on the call and the $220B release", async () => {
    const { alerts, problems } = await replayThrough(FIXTURE, { reader: extractCapexGuidance });
    expect(problems).toEqual([]);
    expect(alerts).toEqual(EXACTLY_TWO);
  });

  it("GIVEN an extractor that keeps only the company's own words THEN the edge and the engine give exactly the two alerts", async () => {
    const { alerts, problems } = await replayThrough(FIXTURE, { reader: standIn });
    expect(problems).toEqual([]);
    expect(alerts).toEqual(EXACTLY_TWO);
  });

  it("GIVEN today's extractor THEN every line reads, and the raised outlook is measured against the $200B and names the 8-K press release", async () => {
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
