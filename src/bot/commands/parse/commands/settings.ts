// The channel settings: watch, thresholds, kinds.
import { formatUsd } from "../../../../alerts/render/format.js";
import { THRESHOLD_BOUNDS } from "../../../../sources/events.js";
import type { AlertKind, Thresholds } from "../../../../alerts/types.js";
import type { Command } from "../../types.js";
import { resolveInteger, resolveKind, resolveMoney, resolvePercent, resolveThresholdName, resolveTicker, resolveTickers, type Failure } from "../resolvers.js";
import { SHORT_NAMES } from "../resolvers/threshold.js";
import { fail, ok, type Resolved } from "../result.js";
import { asciiLower, splitCommas, takeShare } from "../tokens.js";
import { badSubcommand, extraWords } from "./common.js";

const WATCH_SUBCOMMANDS = ["list", "add", "remove"];

export function parseWatch(args: readonly string[]): Resolved<Command> {
  const [sub, ...rest] = args;
  switch (sub === undefined ? undefined : asciiLower(sub)) {
    case "list": {
      const { words, share } = takeShare(rest);
      return words.length > 0 ? extraWords("watch list", words, "watch") : ok({ name: "watch_list", share });
    }
    case "add": {
      const tickers = resolveTickers(rest, "watch", { command: "watch add" });
      return tickers.ok ? ok({ name: "watch_add", tickers: tickers.value }) : tickers;
    }
    case "remove":
    case "rm": {
      const tickers = resolveTickers(rest, "watch", { command: "watch remove" });
      return tickers.ok ? ok({ name: "watch_remove", tickers: tickers.value }) : tickers;
    }
    default:
      return badSubcommand("watch", sub, WATCH_SUBCOMMANDS, watchTickerHint);
  }
}

/** `watch MSFT` most likely meant `watch add MSFT`. */
function watchTickerHint(word: string): string {
  const ticker = resolveTicker(word, "watch");
  return ticker.ok ? `To watch ${ticker.value}, write watch add ${ticker.value}. ` : "";
}

/** `thresholds set mcap-pct 5 mcap-usd 100B capex-pct 10`: any of the pairs, in any order, each once. */
export function parseThresholds(args: readonly string[]): Resolved<Command> {
  const [sub, ...rest] = args;
  if (sub === undefined || asciiLower(sub) !== "set") return badSubcommand("thresholds", sub, ["set"]);
  const words = rest.flatMap((w) => w.split("=")).filter((w) => w.length > 0);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < words.length; i += 2) {
    const name = words[i] as string;
    const key = resolveThresholdName(name, "thresholds");
    if (!key.ok) return key;
    const raw = words[i + 1];
    if (raw === undefined) return fail("missing_argument", `${name} needs a value after it.`, "thresholds");
    pairs.push([name, raw]);
  }
  return thresholdChanges(pairs);
}

/**
 * Named threshold values (`[["mcap-pct", "5"]]`) as a `thresholds_set`, with every check and
 * message of `thresholds set`: the typed words and Discord's typed options both come here, so a
 * value refused on one platform is refused on all with the same words.
 */
export function thresholdChanges(pairs: ReadonlyArray<readonly [string, string]>): Resolved<Command> {
  if (pairs.length === 0) {
    return fail("missing_argument", `thresholds set needs at least one of ${SHORT_NAMES.join(", ")} with a value.`, "thresholds");
  }
  const changes: Partial<Thresholds> = {};
  for (const [name, raw] of pairs) {
    const key = resolveThresholdName(name, "thresholds");
    if (!key.ok) return key;
    if (changes[key.value] !== undefined) {
      return fail("too_many_arguments", `${name} is given twice; give each threshold at most once.`, "thresholds");
    }
    const value = thresholdValue(key.value, name, raw);
    if (!value.ok) return value;
    changes[key.value] = value.value;
  }
  return ok({ name: "thresholds_set", changes });
}

/** One threshold's value: money for the USD ones, whole trading days for the drawdown window, else a percentage. */
function thresholdValue(key: keyof Thresholds, name: string, raw: string): Resolved<number> {
  if (key === "drawdownDays") return resolveInteger(raw, { ...THRESHOLD_BOUNDS.drawdownDays, label: `${name} (trading days the peak is looked for in)` }, "thresholds");
  if (key !== "mcapDropUsd" && key !== "drawdownUsd") return resolvePercent(raw, "thresholds", THRESHOLD_BOUNDS[key].max);
  // A bare `mcap-usd 100` almost always means billions; setting $100 would alert on every tick.
  if (/^\d+(?:\.\d+)?$/.test(raw)) return fail("invalid_money", `${name} ${raw} needs a unit: write ${raw}B for $${raw}B (or ${raw}M, ${raw}T).`, "thresholds");
  const value = resolveMoney(raw, "thresholds");
  if (!value.ok) return value;
  const { min, max } = THRESHOLD_BOUNDS[key];
  const outOfRange: Failure = fail("invalid_money", `${name} must be from ${formatUsd(min)} to ${formatUsd(max)}, not ${raw}.`, "thresholds");
  return value.value < min || value.value > max ? outOfRange : value;
}

export function parseKinds(args: readonly string[]): Resolved<Command> {
  const [sub, ...rest] = args;
  const action = sub === undefined ? undefined : asciiLower(sub);
  if (action !== "enable" && action !== "disable") return badSubcommand("kinds", sub, ["enable", "disable"]);
  const names = splitCommas(rest);
  if (names.length === 0) return fail("missing_argument", `kinds ${action} needs at least one alert kind.`, "kinds");
  const kinds: AlertKind[] = [];
  for (const name of names) {
    const kind = resolveKind(name, "kinds");
    if (!kind.ok) return kind;
    if (!kinds.includes(kind.value)) kinds.push(kind.value);
  }
  return ok({ name: action === "enable" ? "kinds_enable" : "kinds_disable", kinds });
}
