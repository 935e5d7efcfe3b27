// Tickers as people type them: `msft`, `$MSFT`, `brk.b`, and lists with or without commas.
import { TICKER_PATTERN } from "../../../../sources/events.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiUpper, splitCommas } from "../tokens.js";
import type { Topic } from "../usage.js";

/** One ticker, upper-cased, without a leading `$`. */
export function resolveTicker(raw: string, topic: Topic): Resolved<string> {
  const ticker = asciiUpper(raw.startsWith("$") ? raw.slice(1) : raw);
  if (TICKER_PATTERN.test(ticker)) return ok(ticker);
  return fail("invalid_ticker", `${shown(raw)} is not a ticker; write a symbol like MSFT, $NVDA or BRK.B.`, topic);
}

export interface TickerListOptions {
  /** The command as the person would say it, for messages: `quote`, `watch add`. */
  command: string;
  max?: number;
}

/** No command names more tickers than this; a longer list is refused before any is read. */
export const MAX_TICKERS_PER_COMMAND = 100;

/** One or more tickers, split on spaces and commas, upper-cased, each once in the order given. */
export function resolveTickers(words: readonly string[], topic: Topic, options: TickerListOptions): Resolved<string[]> {
  const parts = splitCommas(words);
  if (parts.length === 0) return fail("missing_argument", `${options.command} needs at least one ticker.`, topic);
  if (parts.length > MAX_TICKERS_PER_COMMAND) {
    return fail("too_many_arguments", `${options.command} takes at most ${MAX_TICKERS_PER_COMMAND} tickers at a time; got ${parts.length}. Split the list.`, topic);
  }
  const tickers = new Set<string>();
  for (const part of parts) {
    const ticker = resolveTicker(part, topic);
    if (!ticker.ok) return ticker;
    tickers.add(ticker.value);
  }
  if (options.max !== undefined && tickers.size > options.max) {
    return fail(
      "too_many_arguments",
      `${options.command} takes at most ${options.max} tickers; got ${tickers.size}.`,
      topic,
    );
  }
  return ok([...tickers]);
}
