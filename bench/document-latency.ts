// How long one document takes from arriving to its alert being in the outbox: read at the source
// edge (the capex-guidance extractor), handled by the engine, the alert written to the store.
// The poll interval and the network are not in it (issue 11: "≤ 5 s of work").
import { openDesk } from "../src/app/desk.js";
import { parseEvent, type DocumentEvent } from "../src/sources/events.js";
import { documentIngester } from "../src/sources/ingest/ingest-documents.js";
import { MEMORY_STORE } from "../src/store/open-store.js";

const SETUP = [
  { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" },
  { type: "watchlist", channel: "#markets", tickers: ["AMZN"] },
  { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9, source: "FactSet" },
];

/** A news story the size of a wire report (about 3 KB) whose one capex sentence raises an alert. */
function story(i: number, filler: string): DocumentEvent {
  const billions = 170 + i;
  return {
    type: "document",
    ts: Date.parse("2026-02-05T21:40:00Z") + i * 60_000,
    ticker: "AMZN",
    kind: "news",
    url: `https://example.com/story-${i}`,
    text: `${filler} Amazon said it expects capital expenditures of about $${billions} billion in 2026, well above the $146.6 billion analysts had expected. ${filler}`,
  };
}

/** Milliseconds per document, document in to alert in the outbox, over `count` documents. */
export async function documentToOutboxMs(count: number): Promise<{ median: number; max: number; alerts: number }> {
  // No sink: the alerts stay in the outbox, where they are counted.
  const desk = await openDesk({ store: MEMORY_STORE });
  const { store, engine } = desk;
  for (const line of SETUP) {
    const parsed = parseEvent(line);
    if (parsed.ok && parsed.event.type !== "document") await engine.handle(parsed.event);
  }
  const ingest = documentIngester({ engine, store });
  const filler = "Shares of the company rose in extended trading after it reported quarterly revenue above estimates, helped by growth in its cloud unit and advertising. ".repeat(10);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await ingest([story(i, filler)]);
    times.push(performance.now() - started);
  }
  // Every story guides a new level: each must have left an alert in the outbox.
  const alerts = (await store.pendingOutbox(10_000, new Date("2026-12-31T00:00:00Z"))).length;
  await desk.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, max: times[times.length - 1] as number, alerts };
}
