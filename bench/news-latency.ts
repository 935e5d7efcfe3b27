// News latency: from a headline feed answering to the alert in the outbox, through the real Yahoo
// RSS client, the HTTP policy, the feed reader, dedupe, the source edge and the engine, against a
// local feed server. The providers' request spacing (1 feed a second) and the poll interval are
// left out: this is capwatch's own work.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../src/alerts/types.js";
import { openDesk } from "../src/app/desk.js";
import { loadLiveConfig } from "../src/config/live.js";
import { realPolicyEnv } from "../src/sources/live/http/http-policy.js";
import { createLiveSources } from "../src/sources/live/live-sources.js";
import { LivePoller } from "../src/sources/live/live-poller.js";
import { SanityGate } from "../src/sources/live/sanity.js";
import { StalenessTracker } from "../src/sources/live/staleness.js";
import { MEMORY_STORE } from "../src/store/open-store.js";

const NOW = Date.parse("2026-02-05T22:35:00Z");
const ITEMS_PER_FEED = 20;
const CAPEX = "Amazon said it expects capital expenditures of about $200 billion in 2026.";

function feedFor(symbol: string): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => {
    const capex = symbol === "AMZN" && i === 0;
    const at = new Date(NOW - (i + 1) * 600_000).toUTCString();
    const title = capex ? "Amazon shares slide as spending plans jump" : `${symbol} story number ${i} of the day`;
    const description = capex ? CAPEX : `${symbol} shares moved as investors weighed the quarter; story ${i}.`;
    return `<item><title>${title}</title><link>https://finance.yahoo.com/news/${symbol}-${i}.html</link><guid isPermaLink="false">${symbol}-${i}</guid><pubDate>${at}</pubDate><description>${description}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Yahoo! Finance: ${symbol} News</title>${items.join("")}</channel></rss>`;
}

/** Milliseconds from the start of a news pass over `tickers` (AMZN last) to AMZN's alert being in the outbox. */
async function onePass(url: string, tickers: string[]): Promise<number> {
  const desk = await openDesk({ store: MEMORY_STORE });
  const { engine } = desk;
  await engine.routing.setWatchlist({ channel: "#bench", tickers: "*", thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  await engine.handle({ type: "company", ticker: "AMZN", name: "Amazon.com, Inc." });
  await engine.capex.setConsensus({ ticker: "AMZN", period: "FY2026", value: 146.6e9, source: "bench", ts: "2026-02-01T00:00:00Z" });
  let alertedAt: number | undefined;
  engine.onAlertsRecorded(() => void (alertedAt ??= performance.now()));
  const log = () => undefined;
  const now = () => NOW;
  const config = loadLiveConfig({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "bench@example.com", YAHOO_RSS_URL: `${url}/rss` });
  const sources = createLiveSources({ config, log, now, env: { ...realPolicyEnv(log), now }, tuning: { rate: { minTimeMs: 0, maxConcurrent: 1 } } });
  const poller = new LivePoller({ sources, engine, gate: new SanityGate(log), staleness: new StalenessTracker(log, now), log, now });
  const started = performance.now();
  await poller.news(tickers);
  await engine.flush();
  await sources.close();
  await desk.close();
  if (alertedAt === undefined) throw new Error("news bench: the capex story raised no alert");
  return alertedAt - started;
}

export interface NewsLatency {
  one_ticker_ms: number;
  tickers: number;
  items_per_feed: number;
  all_tickers_ms: number;
}

export async function measureNewsLatency(tickerCount = 50, runs = 3): Promise<NewsLatency> {
  const feeds = new Map<string, string>();
  const server = createServer((req, res) => {
    const symbol = new URL(req.url ?? "/", "http://x").searchParams.get("s") ?? "";
    let body = feeds.get(symbol);
    if (body === undefined) feeds.set(symbol, (body = feedFor(symbol)));
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const others = Array.from({ length: tickerCount - 1 }, (_, i) => `T${String(i).padStart(3, "0")}`);
    const best = async (tickers: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await onePass(url, tickers));
      return Number(Math.min(...times).toFixed(1));
    };
    return { one_ticker_ms: await best(["AMZN"]), tickers: tickerCount, items_per_feed: ITEMS_PER_FEED, all_tickers_ms: await best([...others, "AMZN"]) };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
