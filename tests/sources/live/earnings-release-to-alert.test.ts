import { afterEach, describe, expect, it } from "vitest";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

const FOLDER = "/Archives/edgar/data/1318605/000156459022034639";
let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

function secRoutes(exhibit: () => { status?: number; body: string }) {
  return {
    "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
    "/submissions/CIK0001318605.json": { body: fixture("sec/submissions_TSLA_trimmed.json") },
    [`${FOLDER}/index.json`]: { body: fixture("sec/SHAPE_ONLY_filing_index_TSLA_0001564590-22-034639.json") },
    [`${FOLDER}/tsla-ex991_6.htm`]: () => ({ ...exhibit(), headers: { "content-type": "text/html" } }),
  };
}

describe("8-K Item 8.01 (Reg FD material) → EX-99.1 → guidance → alert", () => {
  it("GIVEN a new 8-K with Item 8.01 whose exhibit gives a capex plan THEN it is read as a filing and the alert names it", async () => {
    const folder = "/Archives/edgar/data/1318605/000156459022028207";
    server = await startFakeServer({
      "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
      "/submissions/CIK0001318605.json": { body: fixture("sec/submissions_TSLA_trimmed.json") },
      [`${folder}/index.json`]: { body: fixture("sec/SHAPE_ONLY_filing_index_TSLA_0001564590-22-028207.json") },
      [`${folder}/tsla-ex991_8.htm`]: () => ({ body: fixture("sec/SYNTHETIC_ex991_capex_outlook.htm"), headers: { "content-type": "text/html" } }),
    });
    // The clock on Aug 6 2022: the later filings of the submissions file are not there yet.
    h = await liveHarness(server.url, "2022-08-06T12:00:00Z");
    await h.engine.capex.setConsensus({ ticker: "TSLA", period: "FY2026", value: 110.7e9, source: "test consensus", ts: "2022-08-01T00:00:00Z" });
    const { documents } = await h.poller.filings(["TSLA"], 2 * 86_400_000);
    await h.poller.apply(documents);
    await h.engine.flush();
    expect(documents.map((d) => [d.kind, d.title])).toEqual([["filing", "8-K 0001564590-22-028207 tsla-ex991_8.htm"]]);
    expect(h.alerts).toEqual([expect.objectContaining({ kind: "capex_guidance", provenance: expect.objectContaining({ kind: "filing", said: "in the 8-K filing (EX-99.1)" }) })]);
  });
});

describe("a foreign private issuer's 6-K → EX-99.1 → guidance → alert", () => {
  it("GIVEN a new 6-K whose exhibit guides capex THEN it is read as a filing and the alert names the 6-K", async () => {
    server = await startFakeServer({ ...secRoutes(() => ({ body: fixture("sec/SYNTHETIC_ex991_capex_outlook.htm") })), "/submissions/CIK0001318605.json": { body: fixture("sec/DERIVED_submissions_6K.json") } });
    h = await liveHarness(server.url, "2022-10-20T12:00:00Z");
    await h.engine.capex.setConsensus({ ticker: "TSLA", period: "FY2026", value: 110.7e9, source: "test consensus", ts: "2022-10-01T00:00:00Z" });
    const { documents } = await h.poller.filings(["TSLA"], 7 * 86_400_000);
    await h.poller.apply(documents);
    await h.engine.flush();
    expect(documents.map((d) => d.kind)).toEqual(["filing"]);
    expect(h.alerts).toEqual([expect.objectContaining({ kind: "capex_guidance", provenance: expect.objectContaining({ said: "in the 6-K filing (EX-99.1)" }) })]);
  });
});

describe("a new 10-Q → its Liquidity and Capital Resources section → guidance", () => {
  it("GIVEN a 10-Q filed after the last poll THEN its outlook section becomes a filing document and its capex plan a statement", async () => {
    const folder = "/Archives/edgar/data/1318605/000095017022019867";
    server = await startFakeServer({
      ...secRoutes(() => ({ body: fixture("sec/SYNTHETIC_ex991_capex_outlook.htm") })),
      [`${folder}/tsla-20220930.htm`]: () => ({ body: fixture("sec/SYNTHETIC_10q_liquidity.htm"), headers: { "content-type": "text/html" } }),
    });
    h = await liveHarness(server.url, "2022-10-22T12:00:00Z");
    await h.poller.filings(["TSLA"], 7 * 86_400_000); // the first poll: the Oct 19 release; the 10-Q is not filed yet
    h.clock.now = Date.parse("2022-10-25T12:00:00Z");
    const { documents } = await h.poller.filings(["TSLA"]);
    expect(documents.map((d) => [d.kind, d.title])).toEqual([["filing", "10-Q 0000950170-22-019867 Liquidity and Capital Resources"]]);
    expect(documents[0]?.text).toContain("We currently expect our capital expenditures to be between $6.00 to $8.00 billion");
    expect(documents[0]?.text).not.toContain("Critical Accounting");
  });
});

describe("8-K Item 2.02 → EX-99.1 → guidance → alert", () => {
  it("GIVEN a new results 8-K whose EX-99.1 guides capex THEN a document event with the filing URL raises a capex_guidance alert", async () => {
    server = await startFakeServer(secRoutes(() => ({ body: fixture("sec/SYNTHETIC_ex991_capex_outlook.htm") })));
    h = await liveHarness(server.url, "2022-10-20T12:00:00Z");
    await h.engine.capex.setConsensus({ ticker: "TSLA", period: "FY2026", value: 110.7e9, source: "test consensus", ts: "2022-10-01T00:00:00Z" });
    const { status, documents } = await h.poller.filings(["TSLA"], 7 * 86_400_000);
    await h.poller.apply(documents);
    await h.engine.flush();
    expect(status.ok).toBe(true);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ type: "document", ticker: "TSLA", kind: "earnings_release", url: `${server.url}${FOLDER}/tsla-ex991_6.htm` });
    expect(new Date(documents[0]!.ts).toISOString()).toBe("2022-10-19T21:15:46.000Z"); // 17:15:46 New York time
    expect(h.alerts).toHaveLength(1);
    expect(h.alerts[0]).toMatchObject({ kind: "capex_guidance", ticker: "TSLA", period: "FY2026", low: 115e9, high: 135e9, basis: "consensus", surprisePct: 12.92, url: documents[0]!.url });
    // read at the source edge: the alert says which filing and exhibit its words come from
    expect(h.alerts[0]).toMatchObject({ provenance: { kind: "earnings_release", url: documents[0]!.url, speaker: null, voice: "company", said: "in the 8-K press release (EX-99.1)" } });
    // the older release (the deliveries 8-K) was not re-read, and a second poll finds nothing new
    expect(server.hits.get(`${FOLDER}/tsla-ex991_6.htm`)).toBe(1);
    const again = await h.poller.filings(["TSLA"]);
    expect(again.documents).toEqual([]);
  });

  it("GIVEN the exhibit fails with 500s THEN no crash, no alert, a clear status line; the next poll reads it once SEC recovers", async () => {
    let failing = true;
    server = await startFakeServer(secRoutes(() => (failing ? { status: 500, body: "busy" } : { body: fixture("sec/SYNTHETIC_ex991_capex_outlook.htm") })));
    h = await liveHarness(server.url, "2022-10-20T12:00:00Z");
    const first = await h.poller.filings(["TSLA"], 7 * 86_400_000);
    expect(first.status).toMatchObject({ ok: false, detail: expect.stringMatching(/failed: TSLA: sec: server error \(HTTP 500\)/) });
    expect(h.alerts).toEqual([]);
    expect(h.env.lines.some((l) => /retry 1\/2/.test(l))).toBe(true);
    failing = false;
    h.clock.now += 5 * 60_000;
    const second = await h.poller.filings(["TSLA"]);
    expect(second.status.ok).toBe(true);
    expect(second.documents).toHaveLength(1);
  });
});
