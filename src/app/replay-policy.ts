// The alerting rules a replay follows (src/sources/replay/run-replay.ts asks for them, so the
// replay source needs nothing from alerts/): the morning earnings digests, and the default channel.
import { nextDigestAfter } from "../alerts/earnings-alerts.js";
import type { Engine } from "../alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../alerts/types.js";
import type { ReplayPolicy } from "../sources/replay/run-replay.js";

export function replayPolicy(engine: Engine): ReplayPolicy {
  return {
    nextDigestAfter,
    // For this run only: a --store replay leaves no channel behind that its file did not declare.
    watchEverything: async (channel) => engine.routing.watchForThisRun({ channel, tickers: "*", thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] }),
  };
}
