// Market-cap moves on the per-quote path: measure the quote against its reference close, ask the
// detector for each channel over its threshold, raise once per episode, then record the quote.
import type { QuoteEvent } from "../sources/events.js";
import type { AlertToRecord } from "./store-roles.js";
import type { AlertRaiser } from "./alert-raiser.js";
import { easternDate } from "../market/eastern-time.js";
import { previousNyseTradingDay } from "../market/nyse.js";
import type { ChannelRouter } from "./channel-router.js";
import { detectMcapMove, mcapMoveLevel } from "./detectors/mcap-move.js";
import type { HotMarket, MarketState } from "./market-state.js";
import { referenceClose } from "./ticker-market.js";
import { isoTime, type Watchlist } from "./types.js";
import type { McapRoute } from "./watchlists.js";

const NOBODY: readonly Watchlist[] = Object.freeze([]);

export class McapMoves {
  constructor(
    private readonly market: MarketState,
    private readonly router: ChannelRouter,
    private readonly raiser: AlertRaiser,
  ) {}

  /** The alerts a quote raises (undefined when none, the common case); the quote is then recorded. */
  onQuote(quote: QuoteEvent): AlertToRecord[] | undefined {
    const day = easternDate(quote.ts);
    const market = this.market.hotMarket(quote.ticker);
    const shares = market.company.shares;
    const reference = referenceClose(market, quote, day, previousNyseTradingDay);
    let out: AlertToRecord[] | undefined;
    if (reference !== null && quote.price !== reference.price) {
      // A quote moves one way, so at most one kind (and one alert per channel) can fire.
      const kind = quote.price < reference.price ? "mcap_drop" : "mcap_gain";
      // No share count known: no market cap, so the move is measured on the price, percentage-only.
      const priceOnly = shares === undefined;
      const marketCap = priceOnly ? quote.price : quote.price * shares;
      const referenceMarketCap = priceOnly ? reference.price : reference.price * shares;
      const usd = Math.abs(marketCap - referenceMarketCap);
      const pct = (usd / referenceMarketCap) * 100;
      // Most quotes are under every channel's thresholds: decide that before any per-channel work.
      const route = this.route(market, quote.ticker, kind);
      const watchers = pct < route.minPct && (priceOnly || usd < route.minUsd) ? NOBODY : route.watchlists;
      let key: string | undefined; // built once per quote, and only when some channel is over its threshold
      for (const w of watchers) {
        if (mcapMoveLevel(pct, priceOnly ? null : usd, w.thresholds) === 0) continue;
        const valuation = { marketCap, referenceMarketCap };
        key ??= `${kind}|${quote.ticker}|${reference.day}`;
        const move = detectMcapMove(valuation, w.thresholds, this.raiser.firedLevel(w.channel, key), kind, priceOnly);
        if (move === null) continue;
        out ??= [];
        const { kind: moveKind, ...figures } = move;
        // The price and session are for readers (the view), not the replay's JSON record.
        const after = this.raiser.causes.causeOf(w.channel, quote.ticker, reference.day, quote.ts);
        this.raiser.raise(out, w, key, move.level, { channel: w.channel, kind: moveKind, ticker: quote.ticker, ts: isoTime(quote.ts), ...figures, price: quote.price, session: quote.session, thresholds: w.thresholds, ...(after ? { after } : {}) });
      }
    }
    this.market.recordQuote(market, quote, day);
    return out;
  }

  /** The ticker's route for `kind`, cached on its market state until the watchlists change. */
  private route(market: HotMarket, ticker: string, kind: "mcap_drop" | "mcap_gain"): McapRoute {
    let routes = market.routes;
    if (routes === undefined || routes.version !== this.router.version) market.routes = routes = { version: this.router.version, mcap_drop: undefined, mcap_gain: undefined };
    // Two named fields, not a computed key: this runs for every quote.
    return kind === "mcap_drop" ? (routes.mcap_drop ??= this.router.mcapRoute(ticker, kind)) : (routes.mcap_gain ??= this.router.mcapRoute(ticker, kind));
  }
}
