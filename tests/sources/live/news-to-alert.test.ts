import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

const RSS = "/rss/2.0/headline";
const rss = (body: string) => ({ body, headers: { "content-type": "application/rss+xml; charset=utf-8" } });

let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

async function amazonDesk(url: string, config = {}, storePath?: string): Promise<Harness> {
  const harness = await liveHarness(url, "2026-02-05T22:35:00Z", config, storePath);
  await harness.engine.handle({ type: "company", ticker: "AMZN", name: "Amazon.com, Inc." });
  await harness.engine.capex.setConsensus({ ticker: "AMZN", period: "FY2026", value: 146.6e9, source: "FactSet", ts: "2026-02-01T00:00:00Z" });
  return harness;
}

describe("news → document → guidance → alert", () => {
  it("GIVEN Yahoo's headline feed with Amazon's capex sentence THEN one capex_guidance alert in the press's voice; the same story again raises nothing", async () => {
    server = await startFakeServer({ [RSS]: rss(fixture("yahoo-rss/DERIVED_headline_AMZN.xml")) });
    h = await amazonDesk(server.url);
    const status = await h.poller.news(["AMZN"]);
    await h.engine.flush();
    // five items: the duplicate GUID, the undated item and the other outlet's copy are not new stories
    expect(status).toEqual({ provider: "yahoo-rss", ok: true, detail: "ok (4 items, 2 new)" });
    expect(h.env.lines).toContain('yahoo-rss: AMZN "Amazon to hold annual meeting in May" has no publication date; skipped');
    const documents = h.events.filter((e) => e.type === "document");
    expect(documents).toHaveLength(2);
    expect(documents[0]).toEqual({
      type: "document",
      kind: "news",
      ticker: "AMZN",
      ts: Date.parse("2026-02-05T21:40:00Z"),
      title: "Amazon shares slide as spending plans jump",
      text: "Amazon shares slide as spending plans jump. Amazon said it expects capital expenditures of about $200 billion in 2026.",
      url: "https://finance.yahoo.com/news/amazon-shares-slide-spending-plans-214000123.html?.tsrc=rss",
    });
    expect(h.alerts).toHaveLength(1);
    expect(h.alerts[0]).toMatchObject({ kind: "capex_guidance", ticker: "AMZN", period: "FY2026", low: 200e9, high: 200e9, basis: "consensus", surprisePct: 36.43 });
    expect(h.alerts[0]).toMatchObject({ provenance: { kind: "news", voice: "press", said: "as reported by the news (finance.yahoo.com), not yet in the company's own words" } });

    h.clock.now += 5 * 60_000;
    const again = await h.poller.news(["AMZN"]);
    await h.engine.flush();
    expect(again.detail).toBe("ok (4 items, 0 new)");
    expect(h.alerts).toHaveLength(1);
  });

  it("GIVEN FINNHUB_API_KEY THEN company news from Finnhub (token in a header, the last 3 days asked for): Reuters' story alerts once, MarketWatch's copy and the undated item do not", async () => {
    server = await startFakeServer({ "/finnhub/company-news": { body: fixture("finnhub/DERIVED_company_news_AMZN.json") } });
    h = await amazonDesk(server.url, { finnhubApiKey: "k" });
    const status = await h.poller.news(["AMZN"]);
    await h.engine.flush();
    expect(status).toEqual({ provider: "finnhub-news", ok: true, detail: "ok (4 items, 2 new)" });
    const request = server.requests.find((r) => r.path === "/finnhub/company-news");
    expect(request?.headers["x-finnhub-token"]).toBe("k");
    expect(server.hits.get("/finnhub/company-news")).toBe(1);
    expect(h.env.lines.some((l) => /finnhub-news: AMZN "Amazon to hold annual meeting in May" has no publication date; skipped/.test(l))).toBe(true);
    expect(h.alerts).toHaveLength(1);
    expect(h.alerts[0]).toMatchObject({ kind: "capex_guidance", ticker: "AMZN", low: 200e9, provenance: { kind: "news", said: "as reported by the news (Reuters), not yet in the company's own words" } });
    // the four-day-old item is outside the first poll's three days
    expect(h.events.filter((e) => e.type === "document").map((e) => (e.type === "document" ? e.title : ""))).toEqual(["Amazon shares slide as spending plans jump", "AWS growth beats estimates"]);
  });

  it("GIVEN a restart on the same store THEN the story read again (its keys were in memory) raises nothing: the guidance is already recorded", async () => {
    server = await startFakeServer({ [RSS]: rss(fixture("yahoo-rss/DERIVED_headline_AMZN.xml")) });
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-news-")), "capwatch.db");
    h = await amazonDesk(server.url, {}, path);
    await h.poller.news(["AMZN"]);
    await h.engine.flush();
    expect(h.alerts).toHaveLength(1);
    await h.close();
    h = await liveHarness(server.url, "2026-02-05T22:50:00Z", {}, path);
    const status = await h.poller.news(["AMZN"]);
    await h.engine.flush();
    expect(status.detail).toBe("ok (4 items, 2 new)"); // new to this process's dedupe
    expect(h.alerts).toEqual([]);
  });

  it("GIVEN the engine failing on a story (the store down, say) THEN the status says so and the next poll reads the story again and alerts", async () => {
    server = await startFakeServer({ [RSS]: rss(fixture("yahoo-rss/DERIVED_headline_AMZN.xml")) });
    h = await amazonDesk(server.url);
    const handle = h.engine.handle.bind(h.engine);
    vi.spyOn(h.engine, "handle").mockImplementationOnce(() => Promise.reject(new Error("store unavailable")));
    expect(await h.poller.news(["AMZN"])).toEqual({ provider: "yahoo-rss", ok: false, detail: "failed: 2 stories not applied, read again on the next poll: store unavailable" });
    expect(h.alerts).toEqual([]);
    vi.mocked(h.engine.handle).mockImplementation(handle);
    h.clock.now += 5 * 60_000;
    expect((await h.poller.news(["AMZN"])).detail).toBe("ok (4 items, 2 new)");
    await h.engine.flush();
    expect(h.alerts).toHaveLength(1);
  });
});
