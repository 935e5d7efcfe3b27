// Every configured live source once for some tickers, into an engine: what `poll --once` runs.
import type { MarketEvent } from "../events.js";
import type { LiveSources } from "./live-sources.js";
import type { FeedSubscription } from "./news/feed-client.js";
import { LivePoller, type PollStatus } from "./live-poller.js";
import { SanityGate, type HeldValue } from "./sanity.js";
import type { LiveEngine } from "./start-live.js";
import { StalenessTracker } from "./staleness.js";


export interface PollOnceResult {
  statuses: PollStatus[];
  held: HeldValue[];
  events: MarketEvent[];
}

export async function pollOnce(
  sources: LiveSources,
  engine: LiveEngine,
  tickers: string[],
  options: { log: (line: string) => void; now: () => number; newsFeeds?: () => Promise<FeedSubscription[]> },
): Promise<PollOnceResult> {
  const events: MarketEvent[] = [];
  const gate = new SanityGate(options.log);
  const poller = new LivePoller({
    sources,
    engine,
    gate,
    staleness: new StalenessTracker(options.log, options.now),
    log: options.log,
    now: options.now,
    onEvent: (e) => events.push(e),
    ...(options.newsFeeds ? { newsFeeds: options.newsFeeds } : {}),
  });
  // Filings first (fiscal year ends), capex facts before releases (prior-year baselines), shares before quotes (market caps).
  const filings = await poller.filings(tickers);
  const capex = await poller.capex(tickers);
  await poller.apply(filings.documents);
  const sec = mergeStatus(filings.status, capex);
  const quotes = await poller.quotes(tickers);
  const calendar = await poller.calendar(tickers);
  // News last: a story's guidance meets the capex facts and consensus already read.
  const news = await poller.news(tickers);
  const feeds = await poller.feeds(tickers);
  await engine.checkpoint();
  return { statuses: [sec, quotes, calendar, news, ...(feeds ? [feeds] : [])], held: gate.held(), events };
}

function mergeStatus(a: PollStatus, b: PollStatus): PollStatus {
  if (a.ok && b.ok) return { provider: a.provider, ok: true, detail: `ok (filings ${a.detail.slice(4, -1)}; facts ${b.detail.slice(4, -1)})` };
  return { provider: a.provider, ok: false, detail: [a, b].filter((s) => !s.ok).map((s) => s.detail).join("; ") };
}
