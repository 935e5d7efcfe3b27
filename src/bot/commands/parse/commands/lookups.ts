// The lookups: quote, movers, earnings, capex, alerts. Each is private unless it ends in `share`.
import type { Command } from "../../types.js";
import { resolveInteger, resolveTicker, resolveTickers } from "../resolvers.js";
import { fail, ok, type Resolved } from "../result.js";
import { asciiLower, takeShare } from "../tokens.js";
import { parseCapexCompare } from "./chart.js";
import { extraWords } from "./common.js";

export const MAX_QUOTE_TICKERS = 10;

export function parseQuote(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const tickers = resolveTickers(words, "quote", { command: "quote", max: MAX_QUOTE_TICKERS });
  return tickers.ok ? ok({ name: "quote", tickers: tickers.value, share }) : tickers;
}

export function parseMovers(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const [count, ...extra] = words;
  if (extra.length > 0) return extraWords("movers", extra, "movers");
  if (count === undefined) return ok({ name: "movers", limit: 5, share });
  const limit = resolveInteger(count, { min: 1, max: 25, label: "the number of movers" }, "movers");
  return limit.ok ? ok({ name: "movers", limit: limit.value, share }) : limit;
}

export function parseEarnings(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const [target, ...extra] = words;
  if (extra.length > 0) return extraWords("earnings", extra, "earnings");
  if (target === undefined || asciiLower(target) === "next") return ok({ name: "earnings", target: { kind: "next" }, share });
  if (asciiLower(target) === "week") return ok({ name: "earnings", target: { kind: "week" }, share });
  const ticker = resolveTicker(target, "earnings");
  return ticker.ok ? ok({ name: "earnings", target: { kind: "ticker", ticker: ticker.value }, share }) : ticker;
}

export function parseCapex(args: readonly string[]): Resolved<Command> {
  if (args[0] !== undefined && asciiLower(args[0]) === "compare") return parseCapexCompare(args.slice(1));
  const { words, share } = takeShare(args);
  const [word, ...extra] = words;
  if (word === undefined) return fail("missing_argument", "capex needs a ticker.", "capex");
  if (extra.length > 0) return extraWords("capex", extra, "capex");
  const ticker = resolveTicker(word, "capex");
  return ticker.ok ? ok({ name: "capex", ticker: ticker.value, share }) : ticker;
}

const DEFAULT_ALERTS = 10;
const looksNumeric = (word: string) => /^[-+]?[\d.]/.test(word);

/** `alerts`, `alerts 25`, `alerts MSFT`, and both at once in either order: `alerts MSFT 25`. */
export function parseAlerts(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const counts = words.filter(looksNumeric);
  const names = words.filter((w) => !looksNumeric(w));
  if (counts.length > 1 || names.length > 1) {
    return extraWords("alerts", [...counts.slice(1), ...names.slice(1)], "alerts");
  }
  let limit = DEFAULT_ALERTS;
  if (counts[0] !== undefined) {
    const n = resolveInteger(counts[0], { min: 1, max: 50, label: "the number of alerts" }, "alerts");
    if (!n.ok) return n;
    limit = n.value;
  }
  if (names[0] === undefined) return ok({ name: "alerts", limit, share });
  const ticker = resolveTicker(names[0], "alerts");
  return ticker.ok ? ok({ name: "alerts", limit, ticker: ticker.value, share }) : ticker;
}
