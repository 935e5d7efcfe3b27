// `capwatch poll --once --tickers META,MSFT [--json] [--store PATH]`: every configured live
// source once, whatever the hour; events and alerts on stdout (with --json, alerts exactly as
// `replay --json` prints them), one status line per provider on stderr.
import { parseArgs } from "node:util";
import { toReplayJson } from "../../alerts/render/replay-json.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../alerts/types.js";
import { renderAlertText } from "../../alerts/render/text.js";
import type { CommandIo } from "./io.js";
import { loadLiveConfig, LiveConfigError } from "../../config/live.js";
import { MEMORY_STORE, StoreLocationError } from "../../store/open-store.js";
import { TICKER_PATTERN, type MarketEvent } from "../../sources/events.js";
import { createLiveSources, type LiveSourceOptions } from "../../sources/live/live-sources.js";
import { pollOnce } from "../../sources/live/poll-once.js";
import { openDesk, type OpenDesk } from "../desk.js";

/** The channel `poll --once` alerts in when the store has no watchlist. */
export const POLL_CHANNEL = "poll";

export const POLL_USAGE = `usage: capwatch poll --once --tickers T1,T2 [--json] [--store PATH]
  --once        run every configured live source once, whatever the market hours (news: the last 3 days)
  --tickers     comma-separated tickers, e.g. META,MSFT
  --json        alerts as JSON lines on stdout, exactly as replay --json prints them
  --store PATH  compare with (and write to) this SQLite store instead of a fresh in-memory one
needs CAPWATCH_CONTACT (SEC asks for it); FINNHUB_API_KEY selects Finnhub (quotes, calendar, company news) over Yahoo (quotes, headline RSS) and Nasdaq`;

export interface PollCommandDeps {
  env?: NodeJS.ProcessEnv;
  /** Tests inject sleep, clock and tuning. */
  sources?: Partial<Omit<LiveSourceOptions, "config" | "log">>;
  now?: () => number;
}

export async function pollCommand(args: string[], io: CommandIo, deps: PollCommandDeps = {}): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`capwatch poll: ${message}\n${POLL_USAGE}\n`);
    return 2;
  };
  let values;
  try {
    values = parseArgs({ args, options: { once: { type: "boolean" }, tickers: { type: "string" }, json: { type: "boolean" }, store: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${POLL_USAGE}\n`);
    return 0;
  }
  if (!values.once) return fail("only --once is supported here; the schedule runs with CAPWATCH_SOURCES=live npm start");
  const tickers = (values.tickers ?? "").split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
  if (tickers.length === 0) return fail("name the tickers: --tickers META,MSFT");
  const bad = tickers.find((t) => !TICKER_PATTERN.test(t));
  if (bad !== undefined) return fail(`"${bad}" is not a ticker like MSFT or BRK.B`);
  let config;
  try {
    config = loadLiveConfig(deps.env ?? process.env, { requireLive: true });
  } catch (error) {
    if (error instanceof LiveConfigError) return fail(error.message);
    throw error;
  }

  const now = deps.now ?? (() => Date.now());
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const json = values.json === true;
  let desk: OpenDesk;
  try {
    desk = await openDesk({
      store: values.store ?? MEMORY_STORE,
      sink: (engine) => ({
        deliver(alert) {
          io.stdout.write(json ? `${JSON.stringify(toReplayJson(alert))}\n` : `${renderAlertText(alert, (t) => engine.market.companyName(t))}\n\n`);
        },
      }),
      // The events are printed first, then the alerts they raised.
      follow: "asked",
    });
  } catch (error) {
    if (!(error instanceof StoreLocationError)) throw error;
    io.stderr.write(`capwatch poll: --store: ${error.message}\n`);
    return 2;
  }
  const { store, engine } = desk;
  const sources = createLiveSources({ config, log, now, ...deps.sources });
  try {
    await desk.deliver(); // what an earlier run into the same store left undelivered
    if (engine.routing.channels().length === 0) {
      await engine.routing.setWatchlist({ channel: POLL_CHANNEL, tickers, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    }
    const result = await pollOnce(sources, engine, tickers, { log, now, newsFeeds: () => store.newsFeeds() });
    if (!json) for (const event of result.events) io.stdout.write(`${describeEvent(event)}\n`);
    if (!json && result.events.length > 0) io.stdout.write("\n");
    await desk.deliver();
    for (const h of result.held) io.stderr.write(`held: ${h.ticker} ${h.reason} (not alerted; the next poll must confirm it)\n`);
    for (const s of result.statuses) io.stderr.write(`${s.provider}: ${s.detail}\n`);
    return result.statuses.every((s) => s.ok) ? 0 : 1;
  } finally {
    await sources.close();
    await desk.close();
  }
}

/** One line per event: its type, ticker and what it carries (document text shortened). */
export function describeEvent(event: MarketEvent): string {
  const { type, ...rest } = event;
  const fields = Object.entries(rest)
    .filter(([k]) => k !== "type")
    .map(([k, v]) => {
      if (k === "ts" && typeof v === "number") return `ts=${new Date(v).toISOString()}`;
      if (k === "text" && typeof v === "string") return `text=${v.length} chars`;
      return `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`;
    });
  return `event ${type} ${fields.join(" ")}`;
}
