import { afterEach, describe, expect, it } from "vitest";
import type { Alert } from "../../../src/alerts/types.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import { loadLiveConfig } from "../../../src/config/live.js";
import { quoteSession, sessionAt } from "../../../src/market/sessions.js";
import { quoteCadence } from "../../../src/sources/live/quote-cadence.js";
import { quotePollDue, startLiveSources, watchedTickers } from "../../../src/sources/live/start-live.js";
import { testDesk, type TestDesk } from "../../helpers/desk.js";

const at = (iso: string) => Date.parse(iso);

describe("market hours and quote cadence", () => {
  it("GIVEN times on a trading day, a holiday and a weekend THEN the session follows NYSE hours in New York time", () => {
    expect(sessionAt(at("2026-01-29T14:30:00Z"))).toBe("regular"); // 09:30 EST
    expect(sessionAt(at("2026-01-29T14:29:00Z"))).toBe("pre");
    expect(sessionAt(at("2026-01-29T21:05:00Z"))).toBe("post");
    expect(sessionAt(at("2026-01-30T01:30:00Z"))).toBe("closed"); // 20:30
    expect(sessionAt(at("2026-01-19T15:00:00Z"))).toBe("closed"); // Martin Luther King Jr. Day
    expect(sessionAt(at("2026-07-06T13:30:00Z"))).toBe("regular"); // 09:30 EDT
    expect(quoteSession(at("2026-01-29T21:00:00Z"))).toBe("regular"); // the 16:00 closing print
  });

  it("GIVEN the day after Thanksgiving, an early close THEN regular ends at 13:00 and late trading at 17:00", () => {
    expect(sessionAt(at("2026-11-27T17:59:00Z"))).toBe("regular"); // 12:59 EST
    expect(sessionAt(at("2026-11-27T18:00:00Z"))).toBe("post"); // 13:00
    expect(quoteSession(at("2026-11-27T18:00:00Z"))).toBe("regular"); // the 13:00 closing print
    expect(sessionAt(at("2026-11-27T22:00:00Z"))).toBe("closed"); // 17:00
    expect(sessionAt(at("2026-11-25T22:00:00Z"))).toBe("post"); // an ordinary Wednesday, 17:00
  });

  it("GIVEN 120 tickers on Finnhub's 54 quote calls a minute THEN quotes are at most 134 s old and stale after 402 s, and the start-up line says so", () => {
    const cadence = quoteCadence("finnhub", 120, 60, 54);
    expect(cadence).toMatchObject({ refreshSeconds: 134, staleAfterSeconds: 402 });
    expect(cadence.summary).toBe("finnhub: 120 tickers, 54 calls/min, one ticker per call: each quote at most 134 s old in session (the budget, not CAPWATCH_QUOTE_INTERVAL=60, sets this); stale after 402 s");
    expect(quoteCadence("yahoo", 120, 60, undefined).refreshSeconds).toBe(60);
  });

  it("GIVEN the last poll a minute ago THEN another is due in session, but outside a session only hourly", () => {
    const inSession = at("2026-01-29T15:00:00Z");
    expect(quotePollDue(inSession, inSession - 60_000, 60)).toBe(true);
    expect(quotePollDue(inSession, inSession - 30_000, 60)).toBe(false);
    const sunday = at("2026-02-01T15:00:00Z");
    expect(quotePollDue(sunday, sunday - 60_000, 60)).toBe(false);
    expect(quotePollDue(sunday, sunday - 3_600_000, 60)).toBe(true);
  });
});

describe("startLiveSources", () => {
  let desk: TestDesk | undefined;
  afterEach(async () => desk?.close());

  it("GIVEN watchlists THEN it polls their tickers, states quote freshness at start-up, and stops cleanly", async () => {
    desk = await testDesk({ follow: "asked" });
    const { engine } = desk;
    await engine.routing.setWatchlist({ channel: "#a", tickers: ["MSFT", "META"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    expect(watchedTickers(engine)).toEqual(["META", "MSFT"]);
    const lines: string[] = [];
    // Unreachable base URLs: the start-up pass fails fast and is reported, nothing throws.
    const config = loadLiveConfig({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "ops@example.com", SEC_BASE_URL: "http://127.0.0.1:9", SEC_DATA_URL: "http://127.0.0.1:9", NASDAQ_BASE_URL: "http://127.0.0.1:9", YAHOO_BASE_URL: "http://127.0.0.1:9", YAHOO_RSS_URL: "http://127.0.0.1:9" });
    const live = startLiveSources({ config, engine, log: (l) => lines.push(l) });
    expect(lines[0]).toBe("yahoo: 2 tickers, one batched call per poll: each quote at most 60 s old in session; stale after 180 s");
    await live.stop();
  });
});

describe("startLiveSources: news", () => {
  let desk: TestDesk | undefined;
  let server: FakeServer | undefined;
  afterEach(async () => {
    await desk?.close();
    await server?.close();
  });

  it("GIVEN a watched ticker and no key THEN the start-up pass reads its Yahoo headline feed and the story's capex alerts", async () => {
    server = await startFakeServer({ "/rss/2.0/headline": { body: fixture("yahoo-rss/DERIVED_headline_AMZN_consensus.xml"), headers: { "content-type": "application/rss+xml" } } });
    desk = await testDesk({ follow: "asked" });
    const { engine } = desk;
    await engine.routing.setWatchlist({ channel: "#a", tickers: ["AMZN"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    const alerts: Alert[] = [];
    engine.onAlertsRecorded((batch) => void alerts.push(...batch));
    const url = server.url;
    const config = loadLiveConfig({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "ops@example.com", SEC_BASE_URL: url, SEC_DATA_URL: url, NASDAQ_BASE_URL: url, YAHOO_BASE_URL: url, YAHOO_RSS_URL: `${url}/rss/2.0/headline` });
    const lines: string[] = [];
    const live = startLiveSources({ config, engine, log: (l) => lines.push(l), clock: () => new Date("2026-02-05T22:35:00Z") });
    for (let i = 0; i < 100 && alerts.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    await live.stop();
    expect(lines[1]).toMatch(/news from Yahoo's headline RSS \(unofficial\)/);
    expect(server.hits.get("/rss/2.0/headline")).toBe(1);
    expect(alerts).toEqual([expect.objectContaining({ kind: "capex_guidance", ticker: "AMZN", channel: "#a", basisValue: 146.6e9 })]);
  });
});

describe("data state for watch list", () => {
  it("GIVEN a fresh source, a stale one and one not yet heard from THEN one readable line", async () => {
    const { describeHealth } = await import("../../../src/sources/live/staleness.js");
    const now = Date.parse("2026-01-29T15:00:00Z");
    expect(describeHealth([], now)).toBe("live: no source has answered yet");
    expect(
      describeHealth(
        [
          { source: "finnhub", lastSuccessMs: now - 12_000, stale: false },
          { source: "sec", lastSuccessMs: now - 900_000, lastError: "HTTP 403", stale: true },
          { source: "nasdaq", stale: false },
        ],
        now,
      ),
    ).toBe("finnhub fresh 12 s ago · sec STALE (last fresh 900 s ago; last error: HTTP 403) · nasdaq waiting for its first answer");
  });
});
