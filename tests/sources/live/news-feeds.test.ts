// Feeds admins add per ticker (`feeds add`), read with the ticker's news through the real client.
import { afterEach, describe, expect, it } from "vitest";
import { LivePoller } from "../../../src/sources/live/live-poller.js";
import { SanityGate } from "../../../src/sources/live/sanity.js";
import { StalenessTracker } from "../../../src/sources/live/staleness.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

const audit = { at: "2026-02-05T12:00:00Z", channel: "#markets", userId: "U1", action: "feeds add", details: {} };
let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

function feedPoller(harness: Harness): LivePoller {
  const { sources, engine, env, clock } = harness;
  const now = () => clock.now;
  return new LivePoller({ sources, engine, gate: new SanityGate(env.log), staleness: new StalenessTracker(env.log, now), log: env.log, now, onEvent: (e) => harness.events.push(e), newsFeeds: () => harness.store.newsFeeds() });
}

describe("feeds added per ticker", () => {
  it("GIVEN an Atom feed added for AMZN THEN its entry's capex alerts once (its HTML summary read as text), the older entry is outside the 3 days, and Yahoo's story of the same guidance raises nothing more", async () => {
    server = await startFakeServer({
      "/ir/news.atom": { body: fixture("feeds/DERIVED_ir_news_releases_AMZN.atom.xml"), headers: { "content-type": "application/atom+xml" } },
      "/rss/2.0/headline": { body: fixture("yahoo-rss/DERIVED_headline_AMZN.xml"), headers: { "content-type": "application/rss+xml" } },
    });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    await h.engine.handle({ type: "company", ticker: "AMZN", name: "Amazon.com, Inc." });
    await h.engine.capex.setConsensus({ ticker: "AMZN", period: "FY2026", value: 146.6e9, source: "FactSet", ts: "2026-02-01T00:00:00Z" });
    await h.store.addNewsFeed({ ticker: "AMZN", url: `${server.url}/ir/news.atom`, addedAt: audit.at }, audit);
    const poller = feedPoller(h);
    expect(await poller.feeds(["MSFT"])).toBeUndefined(); // no feed for MSFT: no status line
    const status = await poller.feeds(["AMZN"]);
    await h.engine.flush();
    expect(status).toEqual({ provider: "feeds", ok: true, detail: "ok (1 feeds, 2 items, 1 new)" });
    const [document] = h.events.filter((e) => e.type === "document");
    expect(document).toMatchObject({ kind: "news", title: "Amazon.com Announces Fourth Quarter Results & 2026 Investment Plans", ts: Date.parse("2026-02-05T21:01:00Z"), text: "Amazon.com Announces Fourth Quarter Results & 2026 Investment Plans. Amazon said it expects capital expenditures of about $200 billion in 2026." });
    expect(h.alerts).toEqual([expect.objectContaining({ kind: "capex_guidance", ticker: "AMZN", value: 200e9, surprisePct: 36.43 })]);
    // Yahoo's copy has another headline, so it is read, but the guidance is already alerted
    await poller.news(["AMZN"]);
    await h.engine.flush();
    expect(h.alerts).toHaveLength(1);
  });

  it("GIVEN an added feed that answers HTML THEN a 'feeds' status naming the ticker and URL, and nothing crashes", async () => {
    server = await startFakeServer({ "/ir/news.atom": { body: fixture("yahoo-rss/DERIVED_html_instead_of_rss.html"), headers: { "content-type": "text/html" } } });
    h = await liveHarness(server.url, "2026-02-05T22:35:00Z");
    await h.store.addNewsFeed({ ticker: "AMZN", url: `${server.url}/ir/news.atom`, addedAt: audit.at }, audit);
    const status = await feedPoller(h).feeds(["AMZN"]);
    expect(status?.ok).toBe(false);
    expect(status?.detail.startsWith(`failed: AMZN ${server.url}/ir/news.atom: feeds: HTML instead of RSS (`)).toBe(true);
  });
});
