// Earnings alerts: the morning digest (when it runs, 08:00 US/Eastern on NYSE trading days, and
// what it lists) and results against estimates, for the channels that want them. Pure but for the
// episodes' dedupe marks.
import type { EarningsResultEvent } from "../sources/events.js";
import type { AlertToRecord, EarningsScheduleRecord } from "./store-roles.js";
import { easternDate, easternWallTimeToUtc } from "../market/eastern-time.js";
import { isNyseTradingDay, nextNyseTradingDay } from "../market/nyse.js";
import type { AlertRaiser } from "./alert-raiser.js";
import type { ChannelRouter } from "./channel-router.js";
import { earningsResultFigures } from "./detectors/earnings-result.js";
import { earningsDigestItems } from "./detectors/earnings-upcoming.js";
import { isoTime, watches } from "./types.js";

/** When the morning earnings digest runs: 08:00 US/Eastern. */
export const DIGEST_HOUR_ET = 8;

/** The digest alerts for the US/Eastern day of `atMs`: none on days the NYSE is closed. */
export function digestAlerts(router: Pick<ChannelRouter, "all">, raiser: Pick<AlertRaiser, "raise">, schedule: Iterable<EarningsScheduleRecord>, atMs: number): AlertToRecord[] {
  const today = easternDate(atMs);
  if (!isNyseTradingDay(today)) return [];
  const next = nextNyseTradingDay(today);
  const entries = [...schedule];
  const out: AlertToRecord[] = [];
  for (const w of router.all()) {
    if (!w.kinds.has("earnings_upcoming")) continue;
    const items = earningsDigestItems(entries, today, next, (t) => watches(w, t, "earnings_upcoming"));
    if (items.length === 0) continue;
    raiser.raise(out, w, `earnings_upcoming|${today}`, 1, { channel: w.channel, kind: "earnings_upcoming", ts: isoTime(atMs), items });
  }
  return out;
}

/** The next digest time strictly after `afterMs`. */
export function nextDigestAfter(afterMs: number): number {
  let day = easternDate(afterMs);
  for (;;) {
    const at = easternWallTimeToUtc(day, DIGEST_HOUR_ET, 0);
    if (at > afterMs && isNyseTradingDay(day)) return at;
    day = nextNyseTradingDay(day);
  }
}

/** An earnings result against its estimates, for every channel watching the ticker's results. */
export function earningsResultAlerts(router: Pick<ChannelRouter, "watching">, raiser: Pick<AlertRaiser, "raise">, event: EarningsResultEvent): AlertToRecord[] {
  const out: AlertToRecord[] = [];
  const figures = earningsResultFigures(event);
  const key = `earnings_result|${event.ticker}|${figures.period}|${event.ts}|${figures.epsActual}|${figures.revenueActual}`;
  for (const w of router.watching(event.ticker, "earnings_result")) {
    raiser.raise(out, w, key, 1, { channel: w.channel, kind: "earnings_result", ticker: event.ticker, ts: isoTime(event.ts), ...figures });
  }
  return out;
}
