// Sanity before alerting: a quote more than 30 % from its previous close, or a share count that
// moved more than 20 % without a split, is held back until the next poll confirms it; a zero or
// missing price never passes. Detectors only ever see what passed.
import type { QuoteEvent, SharesEvent } from "../events.js";

export const MAX_QUOTE_MOVE = 0.3;
export const MAX_SHARES_CHANGE = 0.2;
/** The next poll confirms a held value when it is within this of it. */
const CONFIRM_WITHIN = 0.05;

export interface HeldValue {
  ticker: string;
  kind: "quote" | "shares";
  value: number;
  reason: string;
}

/** A quote as a provider gave it: the price may be zero or missing. */
export type UncheckedQuote = Omit<QuoteEvent, "price"> & { price: number | undefined };

export class SanityGate {
  private readonly heldQuotes = new Map<string, { event: QuoteEvent; reason: string }>();
  private readonly heldShares = new Map<string, { event: SharesEvent; reason: string }>();
  private readonly lastPrice = new Map<string, number>();
  private readonly splitSeen = new Set<string>();

  constructor(private readonly log: (line: string) => void) {}

  /** The quote to pass on, or undefined when it is held or rejected. */
  checkQuote(quote: UncheckedQuote): QuoteEvent | undefined {
    const { ticker, price } = quote;
    if (price === undefined || !(price > 0) || !Number.isFinite(price)) {
      this.log(`sanity: ${ticker} quote without a price (${String(price)}): not passed on`);
      return undefined;
    }
    const event: QuoteEvent = { ...quote, price };
    const reference = quote.prevClose ?? this.lastPrice.get(ticker);
    const move = reference === undefined ? 0 : price / reference - 1;
    const held = this.heldQuotes.get(ticker);
    if (Math.abs(move) <= MAX_QUOTE_MOVE) {
      if (held) this.log(`sanity: ${ticker} ${held.reason} was not confirmed by the next poll ($${price}): dropped`);
      this.heldQuotes.delete(ticker);
      this.lastPrice.set(ticker, price);
      return event;
    }
    if (held && Math.abs(price / held.event.price - 1) <= CONFIRM_WITHIN) {
      this.log(`sanity: ${ticker} ${held.reason} confirmed by the next poll ($${price}): passed on`);
      this.heldQuotes.delete(ticker);
      this.lastPrice.set(ticker, price);
      return event;
    }
    if (held) this.log(`sanity: ${ticker} ${held.reason} was not confirmed by the next poll ($${price}): dropped`);
    const reason = `quote $${price.toFixed(2)} ${(move * 100).toFixed(1)}% from ${quote.prevClose !== undefined ? "the previous close" : "the last price"} $${reference}`;
    this.heldQuotes.set(ticker, { event, reason });
    this.log(`sanity: ${ticker} ${reason}: held until the next poll confirms it`);
    return undefined;
  }

  /** A split makes the next share-count change expected. */
  noteSplit(ticker: string): void {
    this.splitSeen.add(ticker);
  }

  checkShares(event: SharesEvent, known: number | undefined): SharesEvent | undefined {
    const { ticker, value } = event;
    const change = known === undefined ? 0 : value / known - 1;
    const held = this.heldShares.get(ticker);
    if (Math.abs(change) <= MAX_SHARES_CHANGE || this.splitSeen.delete(ticker)) {
      this.heldShares.delete(ticker);
      return event;
    }
    if (held && Math.abs(value / held.event.value - 1) <= CONFIRM_WITHIN) {
      this.log(`sanity: ${ticker} ${held.reason} confirmed by the next poll: passed on`);
      this.heldShares.delete(ticker);
      return event;
    }
    const reason = `share count ${value} is ${(change * 100).toFixed(1)}% from ${known} with no split`;
    this.heldShares.set(ticker, { event, reason });
    this.log(`sanity: ${ticker} ${reason}: held until the next poll confirms it`);
    return undefined;
  }

  held(): HeldValue[] {
    return [
      ...[...this.heldQuotes.values()].map((h) => ({ ticker: h.event.ticker, kind: "quote" as const, value: h.event.price, reason: h.reason })),
      ...[...this.heldShares.values()].map((h) => ({ ticker: h.event.ticker, kind: "shares" as const, value: h.event.value, reason: h.reason })),
    ];
  }
}
