// Runs a replay file through the engine: untimed lines first, then events in time order with
// the morning digests (and daily recaps, when asked for) due between them, at the chosen pace.
import type { EngineEvent } from "../documents/guidance-event.js";
import { sourceEdge, type Extractor, type KnownCompanies } from "../documents/read-document.js";
import type { MarketEvent } from "../events.js";
import { NO_WAIT, type Pacer } from "./pace.js";
import { readReplay, type ReplayProblem } from "./read-replay.js";

const HOUR_MS = 3_600_000;

/** The channel that watches everything when a file declares no watchlist. */
export const DEFAULT_REPLAY_CHANNEL = "replay";

/** What a replay needs of the engine, in sources' own types (app passes the engine). */
export interface ReplayEngine {
  /** The companies known so far, for reading documents at the source edge. */
  market: KnownCompanies;
  handle(event: EngineEvent): Promise<void> | undefined;
  runEarningsDigest(atMs: number): Promise<void> | undefined;
  /** The daily recap (channels that opted in), when the policy schedules it. */
  runDailyRecap?(atMs: number): Promise<void> | undefined;
  /** Applies what was handled and persists the engine's state. */
  checkpoint(): Promise<void>;
}

/** The alerting rules a replay follows, given by app: when digests run, and the default channel. */
export interface ReplayPolicy {
  /** When the next morning earnings digest is due after `ms`. */
  nextDigestAfter(ms: number): number;
  /** When the next daily recap is due after `ms` (absent: no recaps in this replay). */
  nextRecapAfter?(ms: number): number;
  /** A channel watching every ticker with the default thresholds and kinds (a file that declares no watchlist). */
  watchEverything(channel: string): Promise<void>;
}

export interface ReplayOptions {
  policy: ReplayPolicy;
  onProblem(problem: ReplayProblem): void;
  pacer?: Pacer;
  /** Reads guidance out of `document` lines; the real extractor unless a test injects one. */
  extract?: Extractor;
}

export interface ReplaySummary {
  events: number;
  problems: number;
  firstTs?: number;
  lastTs?: number;
}

export async function runReplay(path: string, engine: ReplayEngine, options: ReplayOptions): Promise<ReplaySummary> {
  const pacer = options.pacer ?? NO_WAIT;
  const { nextDigestAfter } = options.policy;
  const summary: ReplaySummary = { events: 0, problems: 0 };
  let nextDigest = Infinity;
  // Documents become guidance statements here, at the source edge, with the companies known so far.
  const edge = sourceEdge(engine.market, options.extract);

  const nextRecapAfter = options.policy.nextRecapAfter ?? (() => Infinity);
  let nextRecap = Infinity;
  let recapAskedUntil = -Infinity;
  const advanceTo = async (ts: number) => {
    if (summary.firstTs === undefined) {
      summary.firstTs = ts;
      // A job due at the first line's own time runs before it; none runs earlier.
      nextDigest = nextDigestAfter(ts - 1);
      nextRecap = nextRecapAfter(ts - 1);
    }
    // The scheduled jobs due by `ts`, in time order (the digest at 08:00, the recap at 16:15 ET).
    while (Math.min(nextDigest, nextRecap) <= ts) {
      if (nextDigest <= nextRecap) {
        await pacer.waitFor(nextDigest);
        await engine.runEarningsDigest(nextDigest);
        nextDigest = nextDigestAfter(nextDigest);
      } else {
        await pacer.waitFor(nextRecap);
        await engine.runDailyRecap?.(nextRecap);
        nextRecap = nextRecapAfter(nextRecap);
      }
    }
  };

  await readReplay(path, {
    onUntimed: (event) => engine.handle(edge(event)),
    onStart: ({ hasWatchlist }) => {
      if (hasWatchlist) return undefined;
      return options.policy.watchEverything(DEFAULT_REPLAY_CHANNEL);
    },
    onTimed: (event) => {
      summary.events++;
      summary.lastTs = event.ts;
      // No recap planned (none wanted, or the data went quiet): ask again, at most once an hour of
      // market time, so a channel that opts in mid-replay gets its recaps.
      if (nextRecap === Infinity && summary.firstTs !== undefined && event.ts >= recapAskedUntil) {
        recapAskedUntil = event.ts + HOUR_MS;
        nextRecap = nextRecapAfter(event.ts - 1);
      }
      if (event.ts >= Math.min(nextDigest, nextRecap) || summary.firstTs === undefined) return advanceTo(event.ts).then(() => pacedHandle(event));
      return pacedHandle(event);
    },
    onProblem: (problem) => {
      summary.problems++;
      options.onProblem(problem);
    },
  });
  await engine.checkpoint();
  return summary;

  function pacedHandle(event: MarketEvent & { ts: number }): Promise<void> | undefined {
    const waiting = pacer.waitFor(event.ts);
    return waiting ? waiting.then(() => handle(event)) : handle(event);
  }

  function handle(event: MarketEvent): Promise<void> | undefined {
    const pending = engine.handle(edge(event));
    // A new report date can bring a digest nearer than the one planned (the policy plans only
    // digests that have something to say).
    if (event.type === "earnings_scheduled") {
      const replan = () => void (nextDigest = Math.min(nextDigest, nextDigestAfter(event.ts)));
      if (pending === undefined) replan();
      else return pending.then(replan);
    }
    // A quote's alerts are written in the background, batched with the quotes after it; the
    // final checkpoint waits for them and reports a failed write.
    if (pending !== undefined && event.type === "quote") {
      pending.catch(() => undefined);
      return undefined;
    }
    return pending;
  }
}
