// The alerting rules a replay follows (src/sources/replay/run-replay.ts asks for them, so the
// replay source needs nothing from alerts/): the morning earnings digests, and the default channel.
import { nextRecapAfter } from "../alerts/daily-recap.js";
import { nextDigestAfter } from "../alerts/earnings-alerts.js";
import { easternDate } from "../market/eastern-time.js";
import type { Engine } from "../alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../alerts/types.js";
import type { ReplayPolicy } from "../sources/replay/run-replay.js";

/** A digest on day D lists reports dated D to the next trading day: it can speak only within days of one. */
const DIGEST_REACH_MS = 7 * 86_400_000;

/**
 * The next morning digest after `afterMs` that has something to say: none before the earliest
 * report still ahead (a file whose clock jumps years runs no digest for the empty years), and
 * none at all when no report is ahead. A schedule line read later brings them back (run-replay
 * asks again after each one).
 */
export function nextUsefulDigest(afterMs: number, schedule: ReadonlyArray<{ date: string }>): number {
  // Report dates are US/Eastern trading days: compare with the Eastern date, as the digest does.
  const today = easternDate(afterMs);
  let earliest: string | undefined;
  for (const e of schedule) if (e.date >= today && (earliest === undefined || e.date < earliest)) earliest = e.date;
  if (earliest === undefined) return Infinity;
  return nextDigestAfter(Math.max(afterMs, Date.parse(`${earliest}T00:00:00Z`) - DIGEST_REACH_MS));
}

/** A recap this long after the latest event has nothing to recap: a clock that jumps years runs none for them. */
const RECAP_REACH_MS = 4 * 86_400_000;

/**
 * The next daily recap after `afterMs`: none while no channel wants one, and none more than a few
 * days past the latest event (run-replay asks again as later events arrive).
 */
export function nextUsefulRecap(afterMs: number, wanted: boolean, dataTime: number | undefined): number {
  if (!wanted) return Infinity;
  const at = nextRecapAfter(afterMs);
  return dataTime !== undefined && at - dataTime > RECAP_REACH_MS ? Infinity : at;
}

export function replayPolicy(engine: Engine): ReplayPolicy {
  return {
    nextDigestAfter: (afterMs) => nextUsefulDigest(afterMs, engine.market.earningsSchedule()),
    nextRecapAfter: (afterMs) => nextUsefulRecap(afterMs, engine.recapsWanted(), engine.market.dataTime()),
    // For this run only: a --store replay leaves no channel behind that its file did not declare.
    watchEverything: async (channel) => engine.routing.watchForThisRun({ channel, tickers: "*", thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] }),
  };
}
