// mcap_drawdown on the per-quote path: for the channels that enabled it (it is off by default),
// measure the quote's market cap against the highest close of each channel's window and raise
// once per level in the episode of that peak. Runs after McapMoves recorded the quote.
import type { QuoteEvent } from "../sources/events.js";
import { easternDate } from "../market/eastern-time.js";
import { previousNyseTradingDay } from "../market/nyse.js";
import type { AlertRaiser } from "./alert-raiser.js";
import type { ChannelRouter } from "./channel-router.js";
import { detectDrawdown, drawdownLevel, drawdownPeak, windowStart, type DayClose } from "./detectors/mcap-drawdown.js";
import type { MarketState } from "./market-state.js";
import type { AlertToRecord } from "./store-roles.js";
import { isoTime, type Watchlist } from "./types.js";

const NOBODY: readonly Watchlist[] = Object.freeze([]);

export class McapDrawdowns {
  /** ticker → the channels watching it for mcap_drawdown, valid for one routing version. */
  private routes = new Map<string, readonly Watchlist[]>();
  private routesVersion = -1;
  /** Whether any watchlist has mcap_drawdown on (same routing version). */
  private anyWatcher = false;
  /** `day|days` → the window's first day: one calendar walk per day and window length, not per quote. */
  private starts = new Map<string, string>();
  private startsDay = "";

  constructor(
    private readonly market: MarketState,
    private readonly router: ChannelRouter,
    private readonly raiser: AlertRaiser,
  ) {}

  /** The drawdown alerts a quote raises; undefined when none (always, while no channel enabled the kind). */
  onQuote(quote: QuoteEvent): AlertToRecord[] | undefined {
    const watchers = this.watchers(quote.ticker);
    if (watchers.length === 0) return undefined;
    const market = this.market.marketOf(quote.ticker);
    const shares = this.market.sharesOf(quote.ticker);
    // Without a share count there is no market value to have lost (mcap_drop says so in %).
    if (market === undefined || shares === undefined) return undefined;
    const day = easternDate(quote.ts);
    const closes: Array<DayClose | undefined> = [...(market.closes ?? []), market.prevDayRegular, market.lastRegular];
    let out: AlertToRecord[] | undefined;
    for (const w of watchers) {
      const peak = drawdownPeak(closes, this.start(day, w.thresholds.drawdownDays), day);
      if (peak === null || quote.price >= peak.price) continue;
      const marketCap = quote.price * shares;
      const peakMarketCap = peak.price * shares;
      if (drawdownLevel(((peakMarketCap - marketCap) / peakMarketCap) * 100, peakMarketCap - marketCap, w.thresholds) === 0) continue;
      // One episode per ticker, channel and peak: a deeper fall from the same peak escalates only.
      const key = `mcap_drawdown|${quote.ticker}|${peak.day}`;
      const drawdown = detectDrawdown({ marketCap, peakMarketCap }, w.thresholds, this.raiser.firedLevel(w.channel, key));
      if (drawdown === null) continue;
      out ??= [];
      this.raiser.raise(out, w, key, drawdown.level, {
        channel: w.channel,
        kind: "mcap_drawdown",
        ticker: quote.ticker,
        ts: isoTime(quote.ts),
        ...drawdown,
        peakDate: peak.day,
        days: w.thresholds.drawdownDays,
      });
    }
    return out;
  }

  private watchers(ticker: string): readonly Watchlist[] {
    if (this.routesVersion !== this.router.version) {
      this.routes = new Map();
      this.routesVersion = this.router.version;
      // The kind is off by default: while no watchlist turned it on, no quote needs a lookup.
      this.anyWatcher = this.router.all().some((w) => w.kinds.has("mcap_drawdown"));
    }
    if (!this.anyWatcher) return NOBODY;
    let list = this.routes.get(ticker);
    if (list === undefined) this.routes.set(ticker, (list = this.router.watching(ticker, "mcap_drawdown")));
    return list;
  }

  private start(day: string, days: number): string {
    if (this.startsDay !== day) {
      this.starts = new Map();
      this.startsDay = day;
    }
    const id = `${day}|${days}`;
    let start = this.starts.get(id);
    if (start === undefined) this.starts.set(id, (start = windowStart(day, days, previousNyseTradingDay)));
    return start;
  }
}
