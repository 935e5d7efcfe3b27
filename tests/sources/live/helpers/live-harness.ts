// A desk (the real engine) on an in-memory store, its alerts left in the outbox, the live sources pointed at a local server, and a poller.
import type { Engine } from "../../../../src/alerts/engine.js";
import type { Alert } from "../../../../src/alerts/types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../../src/alerts/types.js";
import type { LiveConfig } from "../../../../src/config/live.js";
import type { MarketEvent } from "../../../../src/sources/events.js";
import { createLiveSources, type LiveSources } from "../../../../src/sources/live/live-sources.js";
import { LivePoller } from "../../../../src/sources/live/live-poller.js";
import { SanityGate } from "../../../../src/sources/live/sanity.js";
import { StalenessTracker } from "../../../../src/sources/live/staleness.js";
import type { Store } from "../../../../src/store/store.js";
import { testDesk } from "../../../helpers/desk.js";
import { FAST, testConfig, testEnv, type TestEnv } from "./test-policy.js";

export interface Harness {
  engine: Engine;
  store: Store;
  sources: LiveSources;
  poller: LivePoller;
  env: TestEnv;
  alerts: Alert[];
  events: MarketEvent[];
  clock: { now: number };
  close(): Promise<void>;
}

/** `storePath` a SQLite file to continue from (a restart); in memory by default. */
export async function liveHarness(url: string, nowIso: string, config: Partial<LiveConfig> = {}, storePath = ":memory:"): Promise<Harness> {
  const clock = { now: Date.parse(nowIso) };
  const now = () => clock.now;
  const env = testEnv(now);
  const desk = await testDesk({ store: storePath, follow: "asked" });
  const { store, engine } = desk;
  await engine.routing.setWatchlist({ channel: "#markets", tickers: "*", thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  const alerts: Alert[] = [];
  engine.onAlertsRecorded((batch) => void alerts.push(...batch));
  const events: MarketEvent[] = [];
  const sources = createLiveSources({ config: testConfig(url, config), log: env.log, now, env, tuning: FAST });
  const poller = new LivePoller({ sources, engine, gate: new SanityGate(env.log), staleness: new StalenessTracker(env.log, now), log: env.log, now, onEvent: (e) => events.push(e) });
  return {
    engine,
    store,
    sources,
    poller,
    env,
    alerts,
    events,
    clock,
    close: async () => {
      await sources.close();
      await desk.close();
    },
  };
}
