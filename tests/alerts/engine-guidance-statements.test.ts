// The engine on statements from the source edge: segments never fire nor become prior guidance,
// per-year figures are their own series, and every alert carries its provenance.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Extractor } from "../../src/sources/documents/read-document.js";
import { openStore } from "../../src/store/open-store.js";
import { replayThrough, writeReplayFile } from "../helpers/desk.js";

/** "GUIDE FY2026 100e9 100e9 [segment=AWS] [per=year] [speaker=Andy Jassy/CEO]" → one statement. */
const extract: Extractor = (text) =>
  text.split(";").flatMap((part) => {
    const m = /GUIDE (\S+) (\S+) (\S+)/.exec(part);
    if (!m) return [];
    const segment = /segment=(\w+)/.exec(part)?.[1];
    const speaker = /speaker=([^/]+)\/(\w+)/.exec(part);
    return [
      {
        metric: "capex" as const,
        period: m[1] as string,
        low: Number(m[2]),
        high: Number(m[3]),
        currency: "USD",
        text: part.trim(),
        ...(segment ? { segment } : {}),
        ...(/per=year/.test(part) ? { per: "year" as const } : {}),
        ...(speaker ? { speaker: { name: speaker[1] as string, role: speaker[2] as string } } : {}),
      },
    ];
  });

const AMZN = { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" };
const consensus = (period: string, value: number) => ({ type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period, value });
const doc = (ts: string, text: string, extra: object = {}) => ({ type: "document", ts, ticker: "AMZN", text, ...extra });

describe("engine: guidance statements with provenance", () => {
  it("GIVEN a segment's figure far above consensus THEN no alert, it is stored, and the later total has no prior guidance, also after a restart", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-seg-")), "store.db");
    const first = writeReplayFile([AMZN, consensus("FY2026", 100e9), doc("2026-02-05T21:05:00Z", "GUIDE FY2026 150e9 150e9 segment=AWS", { kind: "earnings_release" })]);
    let store = await openStore(path);
    expect((await replayThrough(first, { store, reader: extract })).alerts).toEqual([]);
    expect(await store.guidanceFor("AMZN")).toEqual([expect.objectContaining({ period: "FY2026", low: 150e9, segment: "AWS", voice: "company", documentKind: "earnings_release" })]);
    await store.close();

    store = await openStore(path);
    const second = writeReplayFile([doc("2026-02-06T21:05:00Z", "GUIDE FY2026 120e9 120e9", { kind: "earnings_release" })]);
    const { alerts } = await replayThrough(second, { store, reader: extract });
    await store.close();
    expect(alerts.map((a) => [a.value, a.basis, a.vsPriorGuidancePct])).toEqual([[120e9, "consensus", null]]);
  });

  it("GIVEN per-year figures of a multi-year plan THEN they are measured against each other, never against the plan's total", async () => {
    const file = writeReplayFile([
      AMZN,
      consensus("FY2026-FY2030", 50e9),
      doc("2026-02-05T21:05:00Z", "GUIDE FY2026-FY2030 10e9 10e9 per=year"), // no per-year basis: quiet
      doc("2026-03-05T21:05:00Z", "GUIDE FY2026-FY2030 50e9 50e9"), // the total, on its consensus: quiet
      doc("2026-04-05T21:05:00Z", "GUIDE FY2026-FY2030 12e9 12e9 per=year"), // +20 % on the prior per-year figure
    ]);
    const { alerts, raw } = await replayThrough(file, { reader: extract });
    expect(alerts.map((a) => [a.period, a.per, a.value, a.basis, a.vsPriorGuidancePct])).toEqual([["FY2026-FY2030", "year", 12e9, "prior_guidance", 20]]);
    expect(raw.map((a) => a.kind === "capex_guidance" && a.provenance?.said)).toEqual(["in the document"]);
  });

  it("GIVEN a speaker's turn of a call THEN the alert's provenance names the call and the speaker, in JSON and in the raw alert", async () => {
    const file = writeReplayFile([
      AMZN,
      consensus("FY2026", 146.6e9),
      doc("2026-02-05T21:05:00Z", "GUIDE FY2026 200e9 200e9 speaker=Andy Jassy/CEO", { kind: "transcript", title: "Amazon.com Q4 2025 Earnings Call", url: "https://example.com/amzn-q4" }),
    ]);
    const { alerts } = await replayThrough(file, { reader: extract });
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "capex_guidance",
        surprisePct: 36.43,
        url: "https://example.com/amzn-q4",
        provenance: { kind: "transcript", url: "https://example.com/amzn-q4", speaker: { name: "Andy Jassy", role: "CEO" }, voice: "company", said: "in Amazon's Q4 call, Andy Jassy (CEO)" },
      }),
    ]);
  });
});
