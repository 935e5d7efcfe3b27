// A replay from file to sink through the whole path: engine, store, outbox, delivery.
import type { AlertSink } from "../bot/terminal/terminal-platform.js";
import type { Engine } from "../alerts/engine.js";
import type { Extractor } from "../sources/documents/read-document.js";
import { SCRATCH_STORE, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import type { Pacer } from "../sources/replay/pace.js";
import type { ReplayProblem } from "../sources/replay/read-replay.js";
import { runReplay, type ReplaySummary } from "../sources/replay/run-replay.js";
import { openDesk } from "./desk.js";
import { replayPolicy } from "./replay-policy.js";

export interface ReplaySessionOptions {
  /** Reads guidance out of documents at the source edge; the real extractor by default. */
  extract?: Extractor;
  /** Builds the sink once the engine exists (renderers look up company names in it). */
  sink(engine: Engine): AlertSink;
  pacer?: Pacer;
  onProblem(problem: ReplayProblem): void;
  /** Every channel gets the daily recap at 16:15 ET (`replay --recap`). */
  recap?: boolean;
  /** Keep the quote history charts are drawn from (default true); openReplayStore says whether a store wants it. */
  quoteHistory?: boolean;
}

export interface ReplayStore {
  store: Store;
  /** Whether quote history is worth keeping in it: only in a store that outlives the replay. */
  quoteHistory: boolean;
}

/**
 * The store `capwatch replay` writes to: the one `--store` names (its quote history kept, for
 * charts drawn from it later), or else a scratch file SQLite deletes when the replay ends. There
 * a replay keeps no quote history: nothing could read it (a replay draws no charts), and keeping
 * it costs a large replay about a third more CPU (the bench's `keeping_quote_history`).
 */
export async function openReplayStore(location: string | undefined): Promise<ReplayStore> {
  return { store: await openStore(location ?? SCRATCH_STORE), quoteHistory: location !== undefined };
}

/** `store`: an open store (the caller closes it) or a location (closed here when done). */
export async function replayIntoSink(file: string, store: Store | string, options: ReplaySessionOptions): Promise<ReplaySummary & { delivered: number }> {
  // Delivery runs beside the replay, one pass per burst of alerts; the replay only waits for
  // each alert to be in the outbox.
  const desk = await openDesk({ store, sink: options.sink, follow: "beside", quoteHistory: options.quoteHistory });
  try {
    if (options.recap === true) desk.engine.recapEveryChannel();
    let delivered = await desk.deliver(); // what a previous run into the same store left undelivered
    const summary = await runReplay(file, desk.engine, { policy: replayPolicy(desk.engine), pacer: options.pacer, onProblem: options.onProblem, extract: options.extract });
    delivered += await desk.deliver();
    return { ...summary, delivered };
  } finally {
    await desk.close();
  }
}
