// News providers misbehaving, through the real clients and the one HTTP policy: nothing crashes,
// the status line says what failed, and the next poll recovers.
import { afterEach, describe, expect, it } from "vitest";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

const RSS = "/rss/2.0/headline";
const FEED = fixture("yahoo-rss/DERIVED_headline_AMZN.xml");
const rss = (body: string, status = 200, headers: Record<string, string> = {}) => ({ status, body, headers: { "content-type": "application/rss+xml", ...headers } });

let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

describe("news faults", () => {
  it("GIVEN a feed cut off mid-item THEN the poll fails with 'truncated or malformed XML', no document, and the whole feed next time is read", async () => {
    let body = FEED.slice(0, FEED.indexOf("<pubDate>Thu, 05 Feb 2026 22:05") + 20);
    server = await startFakeServer({ [RSS]: () => rss(body) });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    const first = await h.poller.news(["AMZN"]);
    expect(first.ok).toBe(false);
    expect(first.detail).toMatch(/^failed: AMZN: yahoo-rss: truncated or malformed XML \(\d+ bytes; line \d+: .+\); capwatch retries on the next poll$/);
    expect(h.events).toEqual([]);
    body = FEED;
    h.clock.now += 5 * 60_000;
    expect((await h.poller.news(["AMZN"])).detail).toBe("ok (4 items, 2 new)");
  });

  it("GIVEN an HTML page instead of the feed (valid-looking or not) THEN 'HTML instead of RSS', nothing crashes", async () => {
    const page = fixture("yahoo-rss/DERIVED_html_instead_of_rss.html");
    const xhtml = '<!DOCTYPE html><html><head><title>Yahoo</title></head><body><p>Moved</p></body></html>';
    let body = page;
    server = await startFakeServer({ [RSS]: () => ({ body, headers: { "content-type": "text/html" } }) });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    expect((await h.poller.news(["AMZN"])).detail).toMatch(/^failed: AMZN: yahoo-rss: HTML instead of RSS/);
    body = xhtml; // well-formed, so it parses: the shape check refuses it
    expect((await h.poller.news(["AMZN"])).detail).toMatch(/^failed: AMZN: yahoo-rss: HTML instead of RSS/);
    body = '<?xml version="1.0"?><opml version="2.0"><body><outline text="x"/></body></opml>';
    expect((await h.poller.news(["AMZN"])).detail).toMatch(/^failed: AMZN: yahoo-rss: not an RSS 2.0 or Atom feed \(rss: /);
    expect(h.events).toEqual([]);
  });

  it("GIVEN a 429 with Retry-After: 3 THEN the policy waits 3 s (injected sleep) and reads the feed", async () => {
    server = await startFakeServer({ [RSS]: (_req, hit) => (hit === 1 ? { status: 429, body: "Too Many Requests", headers: { "retry-after": "3", "content-type": "text/plain" } } : rss(FEED)) });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    const status = await h.poller.news(["AMZN"]);
    expect(status.detail).toBe("ok (4 items, 2 new)");
    expect(h.env.sleeps).toEqual([3000]);
    expect(h.env.lines.some((l) => /yahoo-rss: rate limited for 3 s \(HTTP 429\).*retry 1\/2 in 3\.0 s/.test(l))).toBe(true);
  });

  it("GIVEN Finnhub's 429 with Retry-After: 120 THEN no wait inside the poll, finnhub calls pause, and the status says rate limited", async () => {
    const body = fixture("errors/finnhub_429.txt").split("\n")[1]!;
    server = await startFakeServer({ "/finnhub/company-news": { status: 429, body, headers: { "retry-after": "120" } } });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z", { finnhubApiKey: "k" });
    const status = await h.poller.news(["AMZN"]);
    expect(status).toMatchObject({ provider: "finnhub-news", ok: false });
    expect(status.detail).toMatch(/failed: AMZN: finnhub: rate limited for 120 s \(HTTP 429\)/);
    expect(h.env.sleeps).toEqual([]);
    const again = await h.poller.news(["AMZN"]);
    expect(again.detail).toMatch(/paused for 120 s more/);
    expect(server.hits.get("/finnhub/company-news")).toBe(1);
  });

  it("GIVEN one ticker's feed failing and another's answering THEN 'partly failed' names the failing one and the other's stories go on", async () => {
    server = await startFakeServer({ [RSS]: (req) => (req.url?.includes("s=AMZN") ? rss(FEED) : { status: 404, body: "not found" }) });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    const status = await h.poller.news(["AMZN", "ZZZZ"]);
    expect(status.detail).toMatch(/^partly failed: ZZZZ: yahoo-rss: not found \(HTTP 404\)$/);
    expect(h.events.filter((e) => e.type === "document")).toHaveLength(2);
  });

  it("GIVEN the feed server failing with 503s THEN each call is retried, and after 3 failed calls in a row the circuit opens and the next ticker is not requested", async () => {
    server = await startFakeServer({ [RSS]: { status: 503, body: "busy", headers: { "content-type": "text/plain" } } });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    const status = await h.poller.news(["AAPL", "AMZN", "META", "MSFT"]);
    expect(status.ok).toBe(false);
    expect(status.detail).toMatch(/AAPL: yahoo-rss: server error \(HTTP 503\)/);
    expect(status.detail).toMatch(/MSFT: yahoo-rss: circuit open: too many failures in a row, calls paused; capwatch tries again by itself$/);
    expect(server.hits.get(RSS)).toBe(9); // 3 calls × 3 attempts; MSFT's call never left
    expect(h.env.lines).toContain("yahoo-rss: circuit open after 3 failed calls in a row; calls paused for 0 s");
  });
});
