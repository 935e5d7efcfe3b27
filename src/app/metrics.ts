// What GET /metrics reports, in Prometheus text format (prom-client), on one registry per desk:
// no default global registry, so tests and several desks in one process never share counters.
// Alerts and deliveries are counted where the store records them (a thin wrapper around the
// store, so the engine and the delivery loop stay unaware of metrics); providers report through
// the HTTP policy's observer; the outbox depth is one indexed count at each scrape.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ProviderObserver } from "../sources/live/http/http-policy.js";
import type { OutboxEntry, Store } from "../store/store.js";

export interface DeskMetrics {
  readonly registry: Registry;
  /** The store with alert writes and delivery marks counted; every other call goes straight through. */
  observe(store: Store): Store;
  /** For the live sources' HTTP policies. */
  readonly providers: ProviderObserver;
  /** 1 while this instance runs the engine (always, until leader election exists). */
  setLeader(leader: boolean): void;
  /** The page GET /metrics serves. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** Created → delivered, in seconds: a post within a second up to a platform outage's retries. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600];

export function createMetrics(options: { processMetrics?: boolean } = {}): DeskMetrics {
  const registry = new Registry();
  const registers = [registry];
  // Process CPU, memory, event-loop lag: useful in production, noise in a unit test.
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "capwatch_" });
  const raised = new Counter({ name: "capwatch_alerts_raised_total", help: "Alerts written to the outbox (muted ones excluded), by kind and platform", labelNames: ["kind", "platform"], registers });
  const delivered = new Counter({ name: "capwatch_alerts_delivered_total", help: "Alerts their platform took, by kind and platform", labelNames: ["kind", "platform"], registers });
  const latency = new Histogram({ name: "capwatch_delivery_latency_seconds", help: "From the outbox row's creation to its delivery", labelNames: ["platform"], buckets: LATENCY_BUCKETS, registers });
  const requests = new Counter({ name: "capwatch_provider_requests_total", help: "HTTP attempts to live data providers, by provider and outcome (ok or error)", labelNames: ["provider", "outcome"], registers });
  const errors = new Counter({ name: "capwatch_provider_errors_total", help: "Failed attempts to live data providers, by provider and error code", labelNames: ["provider", "code"], registers });
  const breaker = new Gauge({ name: "capwatch_provider_circuit_open", help: "1 while a provider's circuit breaker is open", labelNames: ["provider"], registers });
  const leader = new Gauge({ name: "capwatch_leader", help: "1 while this instance runs the schedule, the sources and the engine", registers });
  leader.set(1);
  let depthOf: Store | undefined;
  new Gauge({
    name: "capwatch_outbox_depth",
    help: "Outbox rows waiting for delivery (due or not)",
    registers,
    async collect() {
      if (depthOf !== undefined) this.set(await depthOf.pendingCount());
    },
  });

  return {
    registry,
    observe(store) {
      depthOf = store;
      return countingStore(store, {
        raised: (kind, platform) => raised.inc({ kind, platform }),
        delivered: (entry, at) => {
          delivered.inc({ kind: entry.alert.kind, platform: entry.platform });
          if (entry.createdAt !== undefined) latency.observe({ platform: entry.platform }, Math.max(0, at.getTime() - entry.createdAt.getTime()) / 1000);
        },
      });
    },
    providers: {
      request(provider, errorCode) {
        requests.inc({ provider, outcome: errorCode === undefined ? "ok" : "error" });
        if (errorCode !== undefined) errors.inc({ provider, code: errorCode });
      },
      breaker(provider, open) {
        breaker.set({ provider }, open ? 1 : 0);
      },
    },
    setLeader(is) {
      leader.set(is ? 1 : 0);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

interface Counting {
  raised(kind: string, platform: string): void;
  delivered(entry: OutboxEntry, at: Date): void;
}

/**
 * The store, counting what it commits: alerts once their burst is written (a retried write counts
 * once), rows once marked delivered. Rows are remembered from the delivery loop's reads until they
 * are delivered or parked, so a mark by id knows its kind, platform and creation time.
 */
function countingStore(store: Store, count: Counting): Store {
  const read = new Map<number, OutboxEntry>();
  const overrides: Partial<Store> = {
    async recordAlerts(alerts) {
      await store.recordAlerts(alerts);
      for (const { alert, muted, platform } of alerts) if (!muted) count.raised(alert.kind, platform ?? "terminal");
    },
    async pendingOutbox(...args) {
      const entries = await store.pendingOutbox(...args);
      for (const entry of entries) read.set(entry.id, entry);
      return entries;
    },
    async markDelivered(ids, at) {
      await store.markDelivered(ids, at);
      for (const id of ids) {
        const entry = read.get(id);
        if (entry === undefined) continue;
        read.delete(id);
        count.delivered(entry, at);
      }
    },
    async parkOutbox(id, reason) {
      await store.parkOutbox(id, reason);
      read.delete(id);
    },
  };
  return new Proxy(store, {
    get(target, key) {
      if (typeof key === "string" && key in overrides) return overrides[key as keyof Store];
      // Read on the store itself (not the proxy), so getters and private fields see their own object.
      const value = Reflect.get(target, key) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
