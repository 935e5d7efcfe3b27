// Per-ticker closes that a quote is measured against, split-adjusted as splits arrive.
import type { QuoteEvent } from "../sources/events.js";

export interface Close {
  price: number;
  /** The US/Eastern trading day of the close. */
  day: string;
}

export interface LastTrade {
  price: number;
  ts: number;
  session: "regular" | "pre" | "post";
  prevClose?: number;
}

export interface TickerMarket {
  /** Changed since the last checkpoint. */
  dirty?: boolean;
  /** The latest trade of any session: what a quote lookup shows. */
  lastTrade?: LastTrade;
  /** The last regular-session quote seen: the close of its day once the day is over. */
  lastRegular?: Close;
  /** The last regular-session quote of the most recent day before `lastRegular.day`. */
  prevDayRegular?: Close;
}

/**
 * The close a quote on `day` is measured against: its own `prevClose` (belonging to the trading
 * day before), else for regular and pre-market quotes the last regular quote of an earlier day,
 * and for post-market quotes the last regular quote of the same day.
 */
export function referenceClose(
  market: TickerMarket | undefined,
  quote: Pick<QuoteEvent, "prevClose" | "session">,
  day: string,
  previousTradingDay: (day: string) => string,
): Close | null {
  if (quote.prevClose !== undefined) return { price: quote.prevClose, day: previousTradingDay(day) };
  const last = market?.lastRegular;
  if (quote.session === "post") return last !== undefined && last.day === day ? last : null;
  if (last !== undefined && last.day < day) return last;
  const previous = market?.prevDayRegular;
  return previous !== undefined && previous.day < day ? previous : null;
}

/** Records a regular-session trade; the first trade of a new day makes the old last trade its close. */
export function recordRegularTrade(market: TickerMarket, price: number, day: string): void {
  const last = market.lastRegular;
  if (last !== undefined && last.day === day) {
    last.price = price; // same day: update in place, no allocation per quote
    return;
  }
  if (last !== undefined && last.day < day) market.prevDayRegular = last;
  market.lastRegular = { price, day };
}

/** After an n-for-1 split, earlier prices are divided by n so they compare with new ones. */
export function applySplitToCloses(market: TickerMarket, ratio: number): void {
  if (market.lastTrade) market.lastTrade = { ...market.lastTrade, price: market.lastTrade.price / ratio, prevClose: market.lastTrade.prevClose === undefined ? undefined : market.lastTrade.prevClose / ratio };
  if (market.lastRegular) market.lastRegular = { ...market.lastRegular, price: market.lastRegular.price / ratio };
  if (market.prevDayRegular) market.prevDayRegular = { ...market.prevDayRegular, price: market.prevDayRegular.price / ratio };
}
