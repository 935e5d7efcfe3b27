import { afterEach, describe, expect, it } from "vitest";
import { fixture, startFakeServer, type FakeServer, type Reply } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

const tsla = JSON.parse(fixture("finnhub/quote_TSLA_and_profile2_TSLA.json")) as { quote: Record<string, number>; profile2: Record<string, unknown> };
const ZERO_QUOTE = '{"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}';
let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

const quoteBody = (c: number, t = 1_771_016_400) => JSON.stringify({ ...tsla.quote, c, pc: 921.16, t });

describe("Finnhub quotes", () => {
  it("GIVEN the recorded /quote THEN a quote event with the provider's previous close, stamped at its own time", async () => {
    server = await startFakeServer({ "/finnhub/quote": { body: fixture("finnhub/quote_AAPL.json") }, "/finnhub/stock/profile2": { body: "{}" } });
    h = await liveHarness(server.url, "2026-02-14T12:00:00Z", { finnhubApiKey: "test-key" });
    const status = await h.poller.quotes(["AAPL"]);
    expect(status).toEqual({ provider: "finnhub", ok: true, detail: "ok (1 of 1 quotes passed)" });
    expect(h.events).toEqual([{ type: "quote", ts: 1_771_016_400_000, ticker: "AAPL", price: 255.79, prevClose: 261.73, session: "regular" }]);
    expect(server.requests.find((r) => r.path === "/finnhub/quote")!.headers["x-finnhub-token"]).toBe("test-key");
  });

  it("GIVEN SEC shares that put market cap 20 % away from Finnhub's profile THEN a warning names both figures; the recorded profile agrees within 5 %", async () => {
    server = await startFakeServer({ "/finnhub/quote": { body: JSON.stringify(tsla.quote) }, "/finnhub/stock/profile2": { body: JSON.stringify(tsla.profile2) } });
    h = await liveHarness(server.url, "2022-03-22T16:00:00Z", { finnhubApiKey: "k" });
    await h.engine.handle({ type: "shares", ts: 0, ticker: "TSLA", value: 1_200_000_000 });
    await h.poller.quotes(["TSLA"]);
    expect(h.env.lines.filter((l) => l.startsWith("warning:"))).toEqual([
      "warning: TSLA market cap $1122.9B (price × 1200000000 shares) is 20.0% from finnhub's $935.7B; check the share count (dual-class?)",
    ]);
    h.env.lines.length = 0;
    await h.engine.handle({ type: "shares", ts: 0, ticker: "TSLA", value: 1_033_510_000 });
    h.clock.now += 86_400_000;
    await h.poller.quotes(["TSLA"]);
    expect(h.env.lines.filter((l) => l.startsWith("warning:"))).toEqual([]);
  });

  it("GIVEN Finnhub's all-zero quote for an unknown symbol THEN no event, a status naming it, and the next good quote passes", async () => {
    let reply: Reply = { body: ZERO_QUOTE };
    server = await startFakeServer({ "/finnhub/quote": () => reply, "/finnhub/stock/profile2": { body: "{}" } });
    h = await liveHarness(server.url, "2026-02-14T12:00:00Z", { finnhubApiKey: "k" });
    const status = await h.poller.quotes(["AAPL"]);
    expect(status.ok).toBe(false);
    expect(status.detail).toMatch(/AAPL: finnhub: all-zero quote for AAPL: Finnhub does not know the symbol; check the ticker/);
    expect(h.events).toEqual([]);
    reply = { body: fixture("finnhub/quote_AAPL.json") };
    expect((await h.poller.quotes(["AAPL"])).ok).toBe(true);
    expect(h.events).toHaveLength(1);
  });

  it("GIVEN a 40 % drop the next poll does not confirm THEN it is held, dropped, and no alert fires", async () => {
    const prices = [921.16 * 0.6, 930];
    server = await startFakeServer({ "/finnhub/quote": (_r, hit) => ({ body: quoteBody(prices[hit - 1] ?? 930) }), "/finnhub/stock/profile2": { body: "{}" } });
    h = await liveHarness(server.url, "2026-02-13T17:00:00Z", { finnhubApiKey: "k" });
    await h.engine.handle({ type: "shares", ts: 0, ticker: "TSLA", value: 1_033_510_000 });
    await h.poller.quotes(["TSLA"]);
    expect(h.env.lines.some((l) => /^sanity: TSLA quote \$552\.70 -40\.0% from the previous close \$921\.16: held until the next poll confirms it$/.test(l))).toBe(true);
    await h.poller.quotes(["TSLA"]);
    await h.engine.flush();
    expect(h.env.lines.some((l) => /was not confirmed by the next poll \(\$930\): dropped/.test(l))).toBe(true);
    expect(h.events.filter((e) => e.type === "quote").map((e) => (e as { price: number }).price)).toEqual([930]);
    expect(h.alerts).toEqual([]);
  });

  it("GIVEN a 40 % drop that the next poll confirms THEN it passes and the market-cap alert fires", async () => {
    server = await startFakeServer({ "/finnhub/quote": { body: quoteBody(921.16 * 0.6) }, "/finnhub/stock/profile2": { body: "{}" } });
    h = await liveHarness(server.url, "2026-02-13T17:00:00Z", { finnhubApiKey: "k" });
    await h.engine.handle({ type: "shares", ts: 0, ticker: "TSLA", value: 1_033_510_000 });
    await h.poller.quotes(["TSLA"]);
    await h.poller.quotes(["TSLA"]);
    await h.engine.flush();
    expect(h.alerts.map((a) => [a.kind, (a as { changePct?: number }).changePct])).toEqual([["mcap_drop", -40]]);
  });

  it("GIVEN a 429 from Finnhub with Retry-After THEN the poll waits it out and succeeds", async () => {
    const [, body] = fixture("errors/finnhub_429.txt").split("\n");
    server = await startFakeServer({
      "/finnhub/quote": (_r, hit) => (hit === 1 ? { status: 429, body: body!, headers: { "retry-after": "3" } } : { body: fixture("finnhub/quote_AAPL.json") }),
      "/finnhub/stock/profile2": { body: "{}" },
    });
    h = await liveHarness(server.url, "2026-02-14T12:00:00Z", { finnhubApiKey: "k" });
    expect((await h.poller.quotes(["AAPL"])).ok).toBe(true);
    expect(h.env.sleeps).toEqual([3000]);
  });
});

describe("Yahoo quotes (yahoo-finance2 with its hosts sent to the local server)", () => {
  const cookiePage: Reply = { status: 200, body: "<html></html>", headers: { "content-type": "text/html", "set-cookie": "A3=d=test; Domain=.yahoo.com; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Secure" } };

  it("GIVEN cookie, crumb and the recorded v7 quote THEN a quote with Yahoo's previous close, and its market cap and shares for the cross-check", async () => {
    server = await startFakeServer({ "/quote/AAPL": cookiePage, "/v1/test/getcrumb": { body: "testcrumb", headers: { "content-type": "text/plain" } }, "/v7/finance/quote": { body: fixture("yahoo/v7_quote_AAPL_2025-02-17.json") } });
    h = await liveHarness(server.url, "2025-02-17T12:00:00Z");
    const status = await h.poller.quotes(["AAPL"]);
    expect(status).toEqual({ provider: "yahoo", ok: true, detail: "ok (1 of 1 quotes passed)" });
    expect(h.events).toEqual([
      { type: "shares", ts: 1_739_566_800_000, ticker: "AAPL", value: 15_022_100_480 },
      { type: "quote", ts: 1_739_566_800_000, ticker: "AAPL", price: 244.6, prevClose: 241.53, session: "regular" },
    ]);
  });

  it("GIVEN Yahoo's 401 Invalid Crumb THEN no crash, no event, and a status that says what to do", async () => {
    server = await startFakeServer({
      "/quote/AAPL": cookiePage,
      "/v1/test/getcrumb": { body: "testcrumb", headers: { "content-type": "text/plain" } },
      "/v7/finance/quote": { status: 401, body: fixture("errors/yahoo_v7_quote_401_invalid_crumb.json") },
    });
    h = await liveHarness(server.url, "2025-02-17T12:00:00Z");
    const status = await h.poller.quotes(["AAPL"]);
    expect(status.ok).toBe(false);
    expect(status.detail).toMatch(/yahoo: unauthorized: Invalid Crumb.*\(HTTP 401\)/);
    expect(h.events).toEqual([]);
  });
});
