// One ticker's market as the engine keeps it: its last trade, the closes a quote is measured
// against, and how a new regular-session trade or a split moves them. Pure records and functions;
// MarketState holds one per ticker.
import type { QuoteEvent } from "../sources/events.js";
import { THRESHOLD_BOUNDS } from "../sources/events.js";
import type { HistoryDay } from "./quote-history.js";

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
  /** Today's five-minute prices, not yet (all) written: see quote-history.ts. */
  historyDay?: HistoryDay;
  /**
   * The closes of the days before `lastRegular.day`, oldest first, at most CLOSE_HISTORY_DAYS:
   * where mcap_drawdown looks for its peak.
   */
  closes?: Close[];
}

/** As many daily closes as the longest drawdown window needs. */
export const CLOSE_HISTORY_DAYS = THRESHOLD_BOUNDS.drawdownDays.max;

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
  if (last !== undefined && last.day < day) {
    market.prevDayRegular = last;
    // Once a day per ticker: the finished day's close joins the history, the oldest falls out.
    const closes = (market.closes ??= []);
    closes.push({ price: last.price, day: last.day });
    if (closes.length > CLOSE_HISTORY_DAYS) closes.splice(0, closes.length - CLOSE_HISTORY_DAYS);
  }
  market.lastRegular = { price, day };
}

/** After an n-for-1 split, earlier prices are divided by n so they compare with new ones. */
export function applySplitToCloses(market: TickerMarket, ratio: number): void {
  if (market.lastTrade) market.lastTrade = { ...market.lastTrade, price: market.lastTrade.price / ratio, prevClose: market.lastTrade.prevClose === undefined ? undefined : market.lastTrade.prevClose / ratio };
  if (market.lastRegular) market.lastRegular = { ...market.lastRegular, price: market.lastRegular.price / ratio };
  if (market.prevDayRegular) market.prevDayRegular = { ...market.prevDayRegular, price: market.prevDayRegular.price / ratio };
  if (market.closes) market.closes = market.closes.map((c) => ({ ...c, price: c.price / ratio }));
}
