// The daily recap: at 16:15 US/Eastern on NYSE trading days, for each channel that opted in
// (`recap on`), the watched tickers' close-to-close moves, the alerts the channel got that day,
// and the reports due on the next trading day. Pure but for the episodes' dedupe marks (one
// recap per channel and day, even across a restart).
import { easternDate, easternWallTimeToUtc } from "../market/eastern-time.js";
import { isNyseTradingDay, nextNyseTradingDay } from "../market/nyse.js";
import type { AlertRaiser } from "./alert-raiser.js";
import type { ChannelRouter } from "./channel-router.js";
import { recapMove, sortRecapMoves } from "./detectors/daily-recap.js";
import { earningsDigestItems } from "./detectors/earnings-upcoming.js";
import type { MarketView } from "./market-state.js";
import type { AlertToRecord, EarningsScheduleRecord } from "./store-roles.js";
import { isoTime, type Alert, type RecapMove, type Watchlist } from "./types.js";

/** When the recap runs: 16:15 US/Eastern, a quarter of an hour after the close. */
export const RECAP_HOUR_ET = 16;
export const RECAP_MINUTE_ET = 15;

/** The next recap time strictly after `afterMs` (trading days only). */
export function nextRecapAfter(afterMs: number): number {
  let day = easternDate(afterMs);
  for (;;) {
    const at = easternWallTimeToUtc(day, RECAP_HOUR_ET, RECAP_MINUTE_ET);
    if (at > afterMs && isNyseTradingDay(day)) return at;
    day = nextNyseTradingDay(day);
  }
}

/** A channel's posted alerts of the current US/Eastern day, for its recap. In memory, bounded. */
export class DayAlerts {
  /** A day with more alerts than this in one channel lists the latest ones. */
  static readonly MAX_PER_CHANNEL = 50;
  private day = "";
  private readonly byChannel = new Map<string, Alert[]>();

  note(alert: Alert, muted: boolean): void {
    if (muted || alert.kind === "daily_recap") return;
    const day = easternDate(Date.parse(alert.ts));
    if (day !== this.day) {
      if (day < this.day) return; // an old alert (a restart's backlog) is not today's
      this.day = day;
      this.byChannel.clear();
    }
    const list = this.byChannel.get(alert.channel) ?? [];
    if (list.length >= DayAlerts.MAX_PER_CHANNEL) list.shift();
    list.push(alert);
    this.byChannel.set(alert.channel, list);
  }

  of(channel: string, day: string): Alert[] {
    return day === this.day ? [...(this.byChannel.get(channel) ?? [])] : [];
  }
}

/** The watched tickers' moves on `day` for one channel, largest first. */
export function channelRecapMoves(w: Watchlist, market: Pick<MarketView, "knownTickers" | "marketOf" | "sharesOf">, day: string): RecapMove[] {
  const tickers = w.tickers === "*" ? market.knownTickers() : [...w.tickers];
  const moves = tickers.flatMap((t) => recapMove(t, market.marketOf(t), market.sharesOf(t), day) ?? []);
  return sortRecapMoves(moves);
}

/** The recaps due at `atMs` (its US/Eastern day): none on days the NYSE is closed. */
export function recapAlerts(
  router: Pick<ChannelRouter, "all" | "recapEverywhere">,
  raiser: Pick<AlertRaiser, "raise">,
  market: Pick<MarketView, "knownTickers" | "marketOf" | "sharesOf">,
  schedule: Iterable<EarningsScheduleRecord>,
  dayAlerts: DayAlerts,
  atMs: number,
): AlertToRecord[] {
  const day = easternDate(atMs);
  if (!isNyseTradingDay(day)) return [];
  const next = nextNyseTradingDay(day);
  const entries = [...schedule];
  const out: AlertToRecord[] = [];
  for (const w of router.all()) {
    if (w.options.recap !== true && !router.recapEverywhere) continue;
    const earnings = earningsDigestItems(entries, next, next, (t) => w.tickers === "*" || w.tickers.has(t));
    raiser.raise(out, w, `daily_recap|${day}`, 1, { channel: w.channel, kind: "daily_recap", ts: isoTime(atMs), day, moves: channelRecapMoves(w, market, day), alerts: dayAlerts.of(w.channel, day), earnings });
  }
  return out;
}
