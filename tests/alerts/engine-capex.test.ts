import { describe, expect, it } from "vitest";
import { replayThrough, writeReplayFile } from "../helpers/desk.js";

const META = { type: "company", ticker: "META", name: "Meta Platforms" };
const doc = (ts: string, text: string, extra: object = {}) => ({ type: "document", ts, ticker: "META", text, ...extra });

describe("engine: capex guidance", () => {
  it("GIVEN consensus and last year's actual THEN the alert carries every comparison and the document's url", async () => {
    const file = writeReplayFile([
      META,
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "META", metric: "capex", period: "FY2026", value: 110.7e9, source: "LSEG" },
      { type: "capex_actual", ts: "2026-01-28T21:05:00Z", ticker: "META", period: "FY2025", value: 72.22e9 },
      doc("2026-01-28T21:05:00Z", "GUIDE FY2026 115e9 135e9", { url: "https://investor.example/q4" }),
    ]);
    const { alerts, raw } = await replayThrough(file);
    expect(alerts).toEqual([
      {
        channel: "replay",
        kind: "capex_guidance",
        ticker: "META",
        ts: "2026-01-28T21:05:00.000Z",
        period: "FY2026",
        low: 115e9,
        high: 135e9,
        value: 125e9,
        basis: "consensus",
        basisValue: 110.7e9,
        surprisePct: 12.92,
        vsConsensusPct: 12.92,
        vsPriorGuidancePct: null,
        vsPriorYearActualPct: 73.08,
        url: "https://investor.example/q4",
        provenance: { kind: null, url: "https://investor.example/q4", speaker: null, voice: "company", said: "in the document" },
      },
    ]);
    expect(raw[0]).toMatchObject({ sentence: "GUIDE FY2026 115e9 135e9", consensusSource: "LSEG" });
  });

  it("GIVEN guidance raised over a year THEN prior guidance is the basis without consensus, and a repeat of the same range never fires twice", async () => {
    const file = writeReplayFile([
      META,
      { type: "capex_actual", ts: "2025-01-29T21:05:00Z", ticker: "META", period: "FY2024", value: 39.23e9 },
      doc("2025-01-29T21:05:00Z", "GUIDE FY2025 60e9 65e9"), // vs FY2024 actual: +59 %, fires
      doc("2025-04-30T20:05:00Z", "GUIDE FY2025 64e9 72e9"), // vs prior 62.5: +8.8 %, quiet
      doc("2025-07-30T20:05:00Z", "GUIDE FY2025 66e9 72e9"), // vs prior 68: +1.5 %, quiet
      doc("2025-08-01T20:05:00Z", "GUIDE FY2025 66e9 72e9"), // same range again: prior is still 68
      doc("2025-10-29T20:05:00Z", "GUIDE FY2025 70e9 72e9"), // vs 69: +1.4 %, quiet
      doc("2025-10-30T20:05:00Z", "GUIDE FY2025 60e9 65e9"), // back to the first range: already fired
    ]);
    const { alerts } = await replayThrough(file);
    expect(alerts.map((a) => [a.ts, a.basis, a.vsPriorGuidancePct])).toEqual([["2025-01-29T21:05:00.000Z", "prior_year_actual", null]]);
  });

  it("GIVEN a prior-year actual only as four quarters THEN their sum is the basis", async () => {
    const q = (period: string, value: number) => ({ type: "capex_actual", ts: "2026-01-01T12:00:00Z", ticker: "META", period, value });
    const file = writeReplayFile([META, q("Q1-2025", 10e9), q("Q2-2025", 10e9), q("Q3-2025", 10e9), q("Q4-2025", 10e9), doc("2026-01-28T21:05:00Z", "GUIDE FY2026 50e9 50e9")]);
    expect((await replayThrough(file)).alerts).toEqual([expect.objectContaining({ basis: "prior_year_actual", basisValue: 40e9, surprisePct: 25 })]);
  });

  it("GIVEN one document guiding a period twice THEN the first statement counts; two periods come out in document order", async () => {
    const file = writeReplayFile([
      META,
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "META", metric: "capex", period: "FY2026", value: 100e9 },
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "META", metric: "capex", period: "Q1-2026", value: 20e9 },
      doc("2026-01-28T21:05:00Z", "GUIDE Q1-2026 30e9 30e9 and GUIDE FY2026 150e9 150e9 and GUIDE FY2026 100e9 100e9"),
    ]);
    expect((await replayThrough(file)).alerts.map((a) => [a.period, a.value])).toEqual([
      ["Q1-2026", 30e9],
      ["FY2026", 150e9],
    ]);
  });

  it("GIVEN a capex actual far from consensus THEN capex_actual fires; close to it THEN nothing", async () => {
    const file = writeReplayFile([
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "Q4-2025", value: 34.5e9 },
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "MSFT", metric: "capex", period: "Q2-2026", value: 36.2e9 },
      { type: "capex_actual", ts: "2026-01-28T21:05:00Z", ticker: "MSFT", period: "Q2-2026", value: 37.5e9 },
      { type: "capex_actual", ts: "2026-02-05T21:05:00Z", ticker: "AMZN", period: "Q4-2025", value: 39.5e9 },
    ]);
    expect((await replayThrough(file)).alerts).toEqual([
      { channel: "replay", kind: "capex_actual", ticker: "AMZN", ts: "2026-02-05T21:05:00.000Z", period: "Q4-2025", value: 39.5e9, consensus: 34.5e9, surprisePct: 14.49 },
    ]);
  });

  it("GIVEN a channel that disabled capex_guidance THEN it gets none while another channel does", async () => {
    const file = writeReplayFile([
      { type: "watchlist", channel: "#prices", tickers: ["META"], kinds: ["mcap_drop"] },
      { type: "watchlist", channel: "#capex", tickers: ["META"], thresholds: { capexSurprisePct: 5 } },
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "META", metric: "capex", period: "FY2026", value: 118e9 },
      doc("2026-01-28T21:05:00Z", "GUIDE FY2026 115e9 135e9"),
    ]);
    expect((await replayThrough(file)).alerts.map((a) => [a.channel, a.surprisePct])).toEqual([["#capex", 5.93]]);
  });
});
