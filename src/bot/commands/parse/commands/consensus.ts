// `consensus set TICKER capex PERIOD VALUE [source…]` and `consensus list TICKER [share]`.
import type { Command } from "../../types.js";
import { resolveMoney, resolvePeriod, resolveTicker } from "../resolvers.js";
import { fail, listed, ok, shown, type Resolved } from "../result.js";
import { asciiLower, takeShare } from "../tokens.js";
import { badSubcommand, extraWords } from "./common.js";

export function parseConsensus(args: readonly string[]): Resolved<Command> {
  const [sub, ...rest] = args;
  const action = sub === undefined ? undefined : asciiLower(sub);
  if (action === "set") return parseConsensusSet(rest);
  if (action === "list") return parseConsensusList(rest);
  return badSubcommand("consensus", sub, ["set", "list"]);
}

const SET_PARTS = ["a ticker", "the metric capex", "a period", "a value"] as const;

function parseConsensusSet(args: readonly string[]): Resolved<Command> {
  const [tickerWord, metricWord, periodWord, valueWord, ...sourceWords] = args;
  if (valueWord === undefined) {
    const missing = listed(SET_PARTS.slice(args.length));
    return fail("missing_argument", `consensus set needs ${missing}.`, "consensus");
  }
  const ticker = resolveTicker(tickerWord as string, "consensus");
  if (!ticker.ok) return ticker;
  if (asciiLower(metricWord as string) !== "capex") {
    return fail(
      "unknown_subcommand",
      `consensus set tracks the metric capex only, not ${shown(metricWord as string)}; write consensus set ${ticker.value} capex PERIOD VALUE.`,
      "consensus",
    );
  }
  const period = resolvePeriod(periodWord as string, "consensus");
  if (!period.ok) return period;
  const value = resolveMoney(valueWord, "consensus");
  if (!value.ok) return value;
  const source = sourceWords.join(" ");
  return ok({
    name: "consensus_set",
    ticker: ticker.value,
    metric: "capex",
    period: period.value,
    value: value.value,
    ...(source === "" ? {} : { source }),
  });
}

function parseConsensusList(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const [word, ...extra] = words;
  if (word === undefined) return fail("missing_argument", "consensus list needs a ticker.", "consensus");
  if (extra.length > 0) return extraWords("consensus list", extra, "consensus");
  const ticker = resolveTicker(word, "consensus");
  return ticker.ok ? ok({ name: "consensus_list", ticker: ticker.value, share }) : ticker;
}
