// The one wiring of a desk: a store, the engine on it, and the delivery of its outbox. Every entry
// point (npm start, replay, poll, ingest) and the tests open a desk here, so the way from an event
// to a channel is written once.
import { localDelivery, sinkPlatform, type AlertSink } from "../bot/terminal/terminal-platform.js";
import { chartForAlert } from "../bot/charts/alert-chart.js";
import type { ChartImage } from "../bot/charts/chart-spec.js";
import type { Alert } from "../alerts/types.js";
import type { WriteRetryPolicy } from "../alerts/alert-writer.js";
import { Engine } from "../alerts/engine.js";
import type { Platform } from "../alerts/types.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import type { DeskMetrics } from "./metrics.js";

export interface DeskConfig {
  /** A store location (SQLite path, postgres:// URL, MEMORY_STORE), or a store already open (the caller closes it). */
  store: string | Store;
  /**
   * Where this desk delivers, built once the engine exists (renderers look up company names in it).
   * Without one, alerts wait in the outbox for whoever delivers them (a platform, a later run).
   */
  sink?: (engine: Engine) => AlertSink;
  /**
   * How delivery follows the engine: "await" delivers each burst before the engine goes on (the
   * terminal prints alerts in step with what it says next); "beside" delivers concurrently and
   * the engine only waits for alerts to be in the outbox (a replay at full speed); "asked" delivers
   * only when deliver() is called (`poll --once` prints its events first). Default "beside".
   */
  follow?: "await" | "beside" | "asked";
  /** Only this platform's alerts; every platform's when absent (replays, the terminal). */
  platform?: Platform;
  clock?: () => Date;
  /** How a failed alert write is retried: a few times by default; a live bot passes persistentRetry. */
  writeRetry?: WriteRetryPolicy;
  /** How long an outbox row this instance claims is its alone (PostgreSQL); the store's default otherwise. */
  outboxLeaseMs?: number;
  /** Counts alerts written and delivered through this desk's store (GET /metrics). */
  metrics?: Pick<DeskMetrics, "observe">;
  /** Keep the quote history charts are drawn from (default true; see EngineOptions.quoteHistory). */
  quoteHistory?: boolean;
  /** Draw market-cap alerts' charts for a sink that shows them (`source` is named under the title). */
  charts?: { source?: string };
}

export interface OpenDesk {
  store: Store;
  engine: Engine;
  /** Delivers what is due now (what an earlier run left, what the engine raised); how many. Rethrows a failed concurrent pass. */
  deliver(): Promise<number>;
  /** Closes the store if the desk opened it. Callers checkpoint the engine first where they keep its state. */
  close(): Promise<void>;
}

/** A function that delivers what is due and says how many. */
export type Deliver = () => Promise<number>;

/**
 * The delivery side of a desk, behind one function so its loop can be replaced without touching
 * the entry points: the one delivery loop, posting to the desk's sink.
 */
export function startDelivery(store: Store, sink: AlertSink, options: Pick<DeskConfig, "platform" | "clock"> & { chartFor?: (alert: Alert) => Promise<ChartImage> | undefined }): Deliver {
  const loop = localDelivery(store, sinkPlatform(sink), { rows: options.platform ?? "all", clock: options.clock, chartFor: options.chartFor });
  return () => loop.drain();
}

export async function openDesk(config: DeskConfig): Promise<OpenDesk> {
  const owned = typeof config.store === "string";
  const opened = typeof config.store === "string" ? await openStore(config.store, undefined, { outboxLeaseMs: config.outboxLeaseMs }) : config.store;
  // Everything below (the engine, delivery, the platforms that take desk.store) goes through the counting store.
  const store = config.metrics ? config.metrics.observe(opened) : opened;
  let engine: Engine;
  try {
    engine = await Engine.open(store, { writeRetry: config.writeRetry, quoteHistory: config.quoteHistory });
  } catch (error) {
    if (owned) await store.close();
    throw error;
  }
  const close = () => (owned ? store.close() : Promise.resolve());
  if (config.sink === undefined) return { store, engine, deliver: () => Promise.resolve(0), close };

  const charts = config.charts;
  const chartFor = charts === undefined ? undefined : (alert: Alert) => chartForAlert({ store, market: engine.market, source: charts.source }, alert);
  const drain = startDelivery(store, config.sink(engine), { ...config, chartFor });
  let failure: unknown;
  if (config.follow === "await") {
    engine.onAlertsRecorded(async () => {
      await drain();
    });
  } else if (config.follow !== "asked") {
    // One pass per burst, beside the engine; a failure surfaces at the next deliver().
    engine.onAlertsRecorded(() => {
      drain().catch((error: unknown) => (failure ??= error));
    });
  }
  return {
    store,
    engine,
    async deliver() {
      const delivered = await drain();
      if (failure !== undefined) throw failure;
      return delivered;
    },
    close,
  };
}
