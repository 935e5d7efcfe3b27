// `chart TICKER [1d|5d|1m]` and `capex compare TICKER…`: the lookups that answer with a picture.
import { z } from "zod";
import { CHART_RANGES, type Command } from "../../types.js";
import { resolveTicker, resolveTickers } from "../resolvers.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiLower, takeShare } from "../tokens.js";
import { extraWords } from "./common.js";

const rangeSchema = z.enum(CHART_RANGES);

export function parseChart(args: readonly string[]): Resolved<Command> {
  // `share` is accepted and changes nothing: a chart is posted to the channel on every platform.
  const { words } = takeShare(args);
  const [word, range, ...extra] = words;
  if (word === undefined) return fail("missing_argument", "chart needs a ticker.", "chart");
  if (extra.length > 0) return extraWords("chart", extra, "chart");
  const ticker = resolveTicker(word, "chart");
  if (!ticker.ok) return ticker;
  if (range === undefined) return ok({ name: "chart", ticker: ticker.value, range: "5d" });
  const parsed = rangeSchema.safeParse(asciiLower(range));
  if (!parsed.success) return fail("invalid_range", `${shown(range)} is not a chart range; write 1d (today), 5d (five trading days) or 1m (a month).`, "chart");
  return ok({ name: "chart", ticker: ticker.value, range: parsed.data });
}

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 8;

/** The words after `capex compare`: 2 to 8 tickers. */
export function parseCapexCompare(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const tickers = resolveTickers(words, "capex", { command: "capex compare", max: COMPARE_MAX });
  if (!tickers.ok) return tickers;
  if (tickers.value.length < COMPARE_MIN) return fail("missing_argument", `capex compare needs ${COMPARE_MIN} to ${COMPARE_MAX} tickers; got ${tickers.value.length}.`, "capex");
  return ok({ name: "capex_compare", tickers: tickers.value, share });
}
