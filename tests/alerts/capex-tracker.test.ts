import { describe, expect, it } from "vitest";
import { AlertRaiser } from "../../src/alerts/alert-raiser.js";
import { CapexTracker } from "../../src/alerts/capex-tracker.js";
import { ChannelRouter } from "../../src/alerts/channel-router.js";
import { Episodes } from "../../src/alerts/episodes.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import type { GuidanceEvent, SourcedStatement } from "../../src/sources/documents/guidance-event.js";
import { alertStore, audit, capexStore, settingsStore, type Call } from "../helpers/store-role-fakes.js";

const TS = Date.parse("2026-02-05T21:05:00Z");

function statement(low: number, high: number): SourcedStatement {
  return {
    period: "FY2026",
    low,
    high,
    currency: "USD",
    sentence: "We expect capital expenditures of about $200 billion in 2026.",
    provenance: { kind: "earnings_release", url: "https://example.com/pr", title: null, voice: "company", speaker: null, said: "in Amazon's release" },
  };
}

async function tracker(calls: Call[]) {
  const router = new ChannelRouter(settingsStore([]));
  await router.setWatchlist({ channel: "#capex", tickers: ["AMZN"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  const store = alertStore();
  const raiser = new AlertRaiser(new Episodes(), router, store);
  return { capex: new CapexTracker(capexStore(calls), { router, raiser }), recorded: store.recorded };
}

describe("the capex book (CapexTracker), on its own", () => {
  it("GIVEN an admin's consensus THEN it is saved with its audit entry and becomes the statement's baseline", async () => {
    const calls: Call[] = [];
    const { capex } = await tracker(calls);
    const record = { ticker: "AMZN", period: "FY2026", value: 146.6e9, source: "FactSet", ts: "2026-02-01T00:00:00Z" };
    await capex.setConsensus(record, audit);
    expect(calls).toEqual([["saveConsensus", record, audit]]);
    expect(capex.capexBaselines("AMZN", "FY2026", { low: 200e9, high: 200e9 })).toEqual({ consensus: 146.6e9, priorGuidance: undefined, priorYearActual: undefined });
  });

  it("GIVEN guidance 36% over consensus THEN one capex_guidance alert, and the statement becomes the prior guidance of the next", async () => {
    const calls: Call[] = [];
    const { capex, recorded } = await tracker(calls);
    await capex.setConsensus({ ticker: "AMZN", period: "FY2026", value: 146.6e9, ts: "2026-02-01T00:00:00Z" });
    const event: GuidanceEvent = { type: "guidance", ts: TS, ticker: "AMZN", statements: [statement(200e9, 200e9)] };
    await capex.onGuidance(event);
    await capex.onGuidance(event);
    expect(recorded.map((r) => [r.alert.kind, r.alert.channel, "basis" in r.alert ? r.alert.basis : undefined])).toEqual([["capex_guidance", "#capex", "consensus"]]);
    expect(capex.capexBaselines("AMZN", "FY2026", { low: 210e9, high: 210e9 }).priorGuidance).toBe(200e9);
    expect(calls.filter(([m]) => m === "appendGuidance")).toHaveLength(2);
  });

  it("GIVEN a consensus already set THEN a consensus read from a document does not replace it", async () => {
    const calls: Call[] = [];
    const { capex } = await tracker(calls);
    await capex.onConsensus({ type: "consensus", ts: TS, ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9 });
    await capex.onGuidance({ type: "guidance", ts: TS, ticker: "AMZN", statements: [statement(200e9, 200e9)], consensus: [{ period: "FY2026", value: 150e9, currency: "USD", sentence: "…", source: "news" }] });
    expect(capex.capexBaselines("AMZN", "FY2026", { low: 1, high: 1 }).consensus).toBe(146.6e9);
    expect(calls.filter(([m]) => m === "saveConsensus")).toHaveLength(1);
  });

  it("GIVEN an actual 20% over consensus THEN it is saved and raises capex_actual; a prior year's actual becomes the next year's baseline", async () => {
    const calls: Call[] = [];
    const { capex, recorded } = await tracker(calls);
    capex.load({ consensus: [{ ticker: "AMZN", period: "FY2025", value: 100e9, ts: "2026-01-01T00:00:00Z" }], capexActuals: [], guidance: [] });
    await capex.onCapexActual({ type: "capex_actual", ts: TS, ticker: "AMZN", period: "FY2025", value: 120e9 });
    expect(calls[0]?.[0]).toBe("saveCapexActual");
    expect(recorded.map((r) => r.alert)).toMatchObject([{ kind: "capex_actual", channel: "#capex", value: 120e9, consensus: 100e9, surprisePct: 20 }]);
    expect(capex.capexBaselines("AMZN", "FY2026", { low: 1, high: 1 }).priorYearActual).toBe(120e9);
  });
});
