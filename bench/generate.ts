// A large synthetic replay for the throughput benchmark: many tickers, many watchlists, quotes
// over several trading days so references exist and some alerts fire.
import { createWriteStream } from "node:fs";

export interface GeneratedReplay {
  lines: number;
  quotes: number;
  tickers: number;
  watchlists: number;
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tickerName(i: number): string {
  let s = "";
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `T${s}`;
}

export interface GenerateOptions {
  quotes: number;
  tickers: number;
  watchlists: number;
  /** The share of quotes that jump 6–40 % away from the ticker's price (and back): the alert-heavy case. */
  jumpShare?: number;
  /** Every watchlist with thresholds of its own (not one of a few shared sets). */
  ownThresholds?: boolean;
}

export async function generateReplay(path: string, options: GenerateOptions): Promise<GeneratedReplay> {
  const rnd = random(42);
  const out = createWriteStream(path);
  const write = (line: string) => (out.write(line) ? undefined : new Promise<void>((r) => out.once("drain", () => r())));
  const tickers = Array.from({ length: options.tickers }, (_, i) => tickerName(i));
  let lines = 0;
  for (const t of tickers) {
    await write(`{"type":"company","ticker":"${t}","sharesOutstanding":${Math.round(1e8 + rnd() * 1e10)}}\n`);
    lines++;
  }
  for (let w = 0; w < options.watchlists; w++) {
    const watched = tickers.filter(() => rnd() < 0.1);
    const thresholds = options.ownThresholds
      ? { mcapDropPct: 3 + (w % 500) / 100, mcapDropUsd: 50e9 + w * 1e8 }
      : { mcapDropPct: 3 + (w % 5), mcapDropUsd: 50e9 * (1 + (w % 3)) };
    await write(`${JSON.stringify({ type: "watchlist", channel: `#desk-${w}`, tickers: watched, thresholds, kinds: ["mcap_drop", "mcap_gain"] })}\n`);
    lines++;
  }
  const prices = tickers.map(() => 20 + rnd() * 500);
  // Trading days of Jan 2026 from 14:30Z to 21:00Z: spread the quotes evenly.
  const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"];
  const perDay = Math.ceil(options.quotes / days.length);
  const sessionMs = 6.5 * 3600_000;
  const jumpShare = options.jumpShare ?? 0;
  let written = 0;
  for (const day of days) {
    const open = Date.parse(`${day}T14:30:00Z`);
    for (let i = 0; i < perDay && written < options.quotes; i++, written++) {
      const k = Math.floor(rnd() * tickers.length);
      // Mostly small moves, an occasional gap, so a few alerts fire and escalate.
      const shock = rnd() < 0.0005 ? (rnd() - 0.6) * 0.3 : (rnd() - 0.5) * 0.004;
      prices[k] = Math.max(1, (prices[k] as number) * (1 + shock));
      const ts = new Date(open + Math.floor((i / perDay) * sessionMs)).toISOString();
      // A jump is one quote away from the price (up or down), not a new price level.
      const jump = jumpShare > 0 && rnd() < jumpShare ? (rnd() < 0.5 ? -1 : 1) * (0.06 + rnd() * 0.34) : 0;
      await write(`{"type":"quote","ts":"${ts}","ticker":"${tickers[k]}","price":${((prices[k] as number) * (1 + jump)).toFixed(2)}}\n`);
      lines++;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { lines, quotes: written, tickers: tickers.length, watchlists: options.watchlists };
}
