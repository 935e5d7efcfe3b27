// A replay from file to sink through the whole path: engine, store, outbox, delivery.
import type { AlertSink } from "../bot/terminal/terminal-platform.js";
import type { Engine } from "../alerts/engine.js";
import type { Extractor } from "../sources/documents/read-document.js";
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
}

/** `store`: an open store (the caller closes it) or a location (closed here when done). */
export async function replayIntoSink(file: string, store: Store | string, options: ReplaySessionOptions): Promise<ReplaySummary & { delivered: number }> {
  // Delivery runs beside the replay, one pass per burst of alerts; the replay only waits for
  // each alert to be in the outbox.
  const desk = await openDesk({ store, sink: options.sink, follow: "beside" });
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
