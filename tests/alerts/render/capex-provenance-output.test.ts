// Every output of a capex_guidance alert says where its words come from.
import { describe, expect, it } from "vitest";
import { toReplayJson } from "../../../src/alerts/render/replay-json.js";
import { renderAlertText } from "../../../src/alerts/render/text.js";
import type { CapexGuidanceAlert } from "../../../src/alerts/types.js";
import { alertEmbed } from "../../../src/bot/discord/alert-embed.js";
import { renderAlertBlocks } from "../../../src/bot/slack/blocks/alert-blocks.js";

const SAID = "in Amazon's Q4 call, Andy Jassy (CEO)";
const alert: CapexGuidanceAlert = {
  channel: "#markets",
  kind: "capex_guidance",
  ticker: "AMZN",
  ts: "2026-02-05T21:05:00.000Z",
  period: "FY2026",
  low: 200e9,
  high: 200e9,
  value: 200e9,
  basis: "consensus",
  basisValue: 146.6e9,
  surprisePct: 36.43,
  vsConsensusPct: 36.43,
  vsPriorGuidancePct: null,
  vsPriorYearActualPct: 51.75,
  url: "https://example.com/amzn-q4",
  provenance: { kind: "transcript", url: "https://example.com/amzn-q4", speaker: { name: "Andy Jassy", role: "President and CEO" }, voice: "company", said: SAID },
  sentence: "We expect to invest about $200 billion in capital expenditures across Amazon in 2026.",
  consensusSource: "FactSet",
};
const nameOf = (t: string) => (t === "AMZN" ? "Amazon.com" : undefined);

describe("capex_guidance alerts carry their provenance", () => {
  it("GIVEN --json THEN a provenance key after the existing keys, which are unchanged", () => {
    const json = toReplayJson(alert);
    expect(Object.keys(json)).toEqual([
      "channel", "kind", "ticker", "ts", "period", "low", "high", "value", "basis", "basisValue",
      "surprisePct", "vsConsensusPct", "vsPriorGuidancePct", "vsPriorYearActualPct", "url", "provenance",
    ]);
    expect(json.provenance).toEqual({ kind: "transcript", url: "https://example.com/amzn-q4", speaker: { name: "Andy Jassy", role: "President and CEO" }, voice: "company", said: SAID });
  });

  it("GIVEN the terminal THEN the phrase is the line under the quote", () => {
    const lines = renderAlertText(alert, nameOf).split("\n");
    expect(lines.slice(-3)).toEqual([`  “${alert.sentence}”`, `  — ${SAID}`, "  https://example.com/amzn-q4"]);
  });

  it("GIVEN Slack THEN the quote section ends with the phrase", () => {
    const { blocks } = renderAlertBlocks(alert, { nameOf });
    const texts = blocks.map((b) => JSON.stringify(b));
    expect(texts.some((t) => t.includes("We expect to invest about $200 billion") && t.includes("Andy Jassy (CEO)") && t.includes("in Amazon's Q4 call"))).toBe(true);
  });

  it("GIVEN Discord THEN the embed's description ends with the phrase", () => {
    const embed = alertEmbed(alert, nameOf);
    expect(embed.description?.split("\n").at(-1)).toBe(`— *in Amazon's Q4 call, Andy Jassy (CEO)*`);
  });

  it("GIVEN the press's words THEN every output says they are not yet the company's", () => {
    const press: CapexGuidanceAlert = { ...alert, provenance: { kind: "news", url: null, speaker: null, voice: "press", said: "as reported by the news (Reuters), not yet in the company's own words" } };
    expect(renderAlertText(press, nameOf)).toContain("— as reported by the news (Reuters), not yet in the company's own words");
    expect(JSON.stringify(renderAlertBlocks(press, { nameOf }).blocks)).toContain("not yet in the company");
    expect(alertEmbed(press, nameOf).description).toContain("not yet in the company");
  });
});
