// Which tickers the live providers know, over local HTTP with recorded answers: SEC EDGAR's
// company list, else the quote provider; an outage is "could not check", never "unknown".
import { afterEach, describe, expect, it } from "vitest";
import { createLiveSources } from "../../../src/sources/live/live-sources.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { FAST, testConfig, testEnv } from "./helpers/test-policy.js";

const ZERO_QUOTE = '{"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}';
let server: FakeServer;
afterEach(async () => server?.close());

async function directory(routes: Parameters<typeof startFakeServer>[0]) {
  server = await startFakeServer(routes);
  const sources = createLiveSources({ config: testConfig(server.url, { finnhubApiKey: "k" }), log: () => undefined, env: testEnv(), tuning: FAST });
  return sources.tickers;
}

describe("LiveTickerDirectory", () => {
  it("GIVEN SEC's recorded company list THEN a listed ticker is known without a quote call, BRK.B in capwatch's spelling is listed", async () => {
    const d = await directory({ "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") } });
    expect(await d.has("NVDA")).toBe(true);
    expect(await d.has("BRK.B")).toBe(true);
    expect(server.hits.get("/finnhub/quote")).toBeUndefined();
    expect(await d.tickers()).toContain("BRK.B");
  });

  it("GIVEN a ticker SEC does not list but the quote provider prices THEN known (a listing SEC does not carry)", async () => {
    const d = await directory({ "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") }, "/finnhub/quote": { body: fixture("finnhub/quote_AAPL.json") } });
    expect(await d.has("SHOP")).toBe(true);
  });

  it("GIVEN neither SEC nor Finnhub knows it (Finnhub's all-zero quote) THEN unknown", async () => {
    const d = await directory({ "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") }, "/finnhub/quote": { body: ZERO_QUOTE } });
    expect(await d.has("ZZZZ")).toBe(false);
  });

  it("GIVEN the providers failing (5xx) THEN could not check (undefined), and no list to suggest from", async () => {
    const d = await directory({ "/files/company_tickers.json": { status: 503, body: "down" }, "/finnhub/quote": { status: 503, body: "down" } });
    expect(await d.has("ZZZZ")).toBeUndefined();
    expect(await d.tickers()).toEqual([]);
  });
});
