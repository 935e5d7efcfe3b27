// A ticker's latest trade measured against its reference close: what quote and movers show.
import { easternDate } from "../../../market/eastern-time.js";
import { previousNyseTradingDay } from "../../../market/nyse.js";
import type { MarketView } from "../../../alerts/market-state.js";
import { referenceClose, type LastTrade } from "../../../alerts/ticker-market.js";

export interface MarketFigures {
  ticker: string;
  trade: LastTrade;
  referencePrice?: number;
  change?: number;
  changePct?: number;
  marketCap?: number;
  marketCapChange?: number;
}

export function marketFigures(market: Pick<MarketView, "marketOf" | "sharesOf">, ticker: string): MarketFigures | undefined {
  const state = market.marketOf(ticker);
  const trade = state?.lastTrade;
  if (trade === undefined) return undefined;
  // The same reference the market-cap detector used for this trade.
  const reference = referenceClose(state, trade, easternDate(trade.ts), previousNyseTradingDay);
  const shares = market.sharesOf(ticker);
  const figures: MarketFigures = { ticker, trade };
  if (reference !== null) {
    figures.referencePrice = reference.price;
    figures.change = trade.price - reference.price;
    figures.changePct = (figures.change / reference.price) * 100;
  }
  if (shares !== undefined) {
    figures.marketCap = trade.price * shares;
    if (figures.change !== undefined) figures.marketCapChange = figures.change * shares;
  }
  return figures;
}
