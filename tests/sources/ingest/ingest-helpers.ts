// A desk that takes pushed documents: the real engine, store, outbox and extractor, with Amazon,
// a #markets watchlist and FactSet's $146.6B FY2026 consensus, as amazon-voices.jsonl sets them.
import { localDelivery, sinkPlatform } from "../../../src/bot/terminal/terminal-platform.js";
import { Engine } from "../../../src/alerts/engine.js";
import type { Alert } from "../../../src/alerts/types.js";
import { parseEvent } from "../../../src/sources/events.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";

export const SECRET = "test-ingest-secret-0123456789";
export const NOW = Date.parse("2026-02-05T21:45:00Z");
export const NOW_S = Math.floor(NOW / 1000);

export const SETUP_LINES = [
  { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" },
  { type: "watchlist", channel: "#markets", tickers: ["AMZN"] },
  { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9, source: "FactSet" },
];

export const JASSY = {
  type: "document",
  ts: "2026-02-05T21:40:00Z",
  ticker: "AMZN",
  kind: "transcript",
  title: "Amazon.com (AMZN) Q4 2025 Earnings Call Transcript",
  url: "https://example.com/amzn-q4-2025-call",
  text: "Andy Jassy -- President and CEO\nWe expect to invest about $200 billion in capital expenditures across Amazon in 2026.",
};

export const ANALYST = {
  type: "document",
  ts: "2026-02-05T21:30:00Z",
  ticker: "AMZN",
  kind: "transcript",
  title: "Amazon.com (AMZN) Q4 2025 Earnings Call Transcript",
  text: "Analyst: Could you get to $250 billion of capex this year?",
};

export interface IngestDesk {
  engine: Engine;
  store: Store;
  delivered: Alert[];
  /** Lets the outbox delivery finish its pass. */
  settle(): Promise<void>;
}

export async function ingestDesk(store?: Store): Promise<IngestDesk> {
  store ??= await openStore(MEMORY_STORE);
  const engine = await Engine.open(store);
  const delivered: Alert[] = [];
  const delivery = localDelivery(store, sinkPlatform({ deliver: (a) => void delivered.push(a) }));
  engine.onAlertsRecorded(() => delivery.drain().then(() => undefined));
  for (const line of SETUP_LINES) {
    const parsed = parseEvent(line);
    if (!parsed.ok) throw new Error(parsed.reason);
    if (parsed.event.type === "document") throw new Error("setup lines are not documents");
    await engine.handle(parsed.event);
  }
  return { engine, store, delivered, settle: async () => void (await delivery.drain()) };
}
