// A replay from file to sink through the whole path: engine, store, outbox, delivery.
import { Engine } from "../../alerts/engine.js";
import { localDelivery, sinkPlatform, type AlertSink } from "../../bot/terminal/terminal-platform.js";
import type { Extractor } from "../documents/read-document.js";
import type { Store } from "../../store/store.js";
import type { Pacer } from "./pace.js";
import type { ReplayProblem } from "./read-replay.js";
import { runReplay, type ReplaySummary } from "./run-replay.js";

export interface ReplaySessionOptions {
  /** Reads guidance out of documents at the source edge; the real extractor by default. */
  extract?: Extractor;
  /** Builds the sink once the engine exists (renderers look up company names in it). */
  sink(engine: Engine): AlertSink;
  pacer?: Pacer;
  onProblem(problem: ReplayProblem): void;
}

export async function replayIntoSink(file: string, store: Store, options: ReplaySessionOptions): Promise<ReplaySummary & { delivered: number }> {
  const engine = await Engine.open(store);
  const delivery = localDelivery(store, sinkPlatform(options.sink(engine)));
  let failure: unknown;
  // Delivery runs beside the replay, one pass per burst of alerts; the replay only waits for
  // each alert to be in the outbox.
  engine.onAlertsRecorded(() => {
    delivery.drain().catch((error: unknown) => (failure ??= error));
  });
  let delivered = await delivery.drain(); // what a previous run into the same store left undelivered
  const summary = await runReplay(file, engine, { pacer: options.pacer, onProblem: options.onProblem, extract: options.extract });
  delivered += await delivery.drain();
  if (failure !== undefined) throw failure;
  return { ...summary, delivered };
}
