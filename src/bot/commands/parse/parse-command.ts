// The text of a `/capwatch` command, the same on every platform, turned into a `Command` or a `UserError`.
import type { Command, ParseResult } from "../types.js";
import { parseChart } from "./commands/chart.js";
import type { CommandParser } from "./commands/common.js";
import { parseConsensus } from "./commands/consensus.js";
import { parseFeeds } from "./commands/feeds.js";
import { parseAlerts, parseCapex, parseEarnings, parseMovers, parseQuote } from "./commands/lookups.js";
import { parseAudit, parseHelp, parseRecap } from "./commands/meta.js";
import { parseMute, parseUnmute } from "./commands/mute.js";
import { parseQuiet } from "./commands/quiet.js";
import { parseKinds, parseThresholds, parseWatch } from "./commands/settings.js";
import { resolveTicker } from "./resolvers.js";
import { fail, shown, type Resolved } from "./result.js";
import { closest } from "./suggest.js";
import { asciiLower, tokenize } from "./tokens.js";
import { isTopic, TOPICS, type Topic } from "./usage.js";

const PARSERS: Record<Topic, CommandParser> = {
  quote: parseQuote,
  movers: parseMovers,
  earnings: parseEarnings,
  capex: parseCapex,
  chart: parseChart,
  alerts: parseAlerts,
  watch: parseWatch,
  thresholds: parseThresholds,
  kinds: parseKinds,
  consensus: parseConsensus,
  feeds: parseFeeds,
  mute: parseMute,
  unmute: parseUnmute,
  quiet: parseQuiet,
  audit: parseAudit,
  recap: parseRecap,
  help: parseHelp,
};

/** Parses `[/]capwatch COMMAND ARGS…` or `COMMAND ARGS…`; never throws. */
export function parseCommand(text: string): ParseResult {
  const [first, ...args] = tokenize(text);
  if (first === undefined) return toParseResult(fail("empty", `say what to do: ${TOPICS.join(", ")}.`, null));
  const word = asciiLower(first);
  if (isTopic(word)) return toParseResult(PARSERS[word](args));
  return toParseResult(unknownCommand(first));
}

function unknownCommand(word: string): Resolved<never> {
  const guess = closest(asciiLower(word), TOPICS);
  // A near miss shows the usage of the command the person most likely meant.
  if (guess !== null) return fail("unknown_command", `unknown command ${shown(word)}; did you mean ${guess}?`, isTopic(guess) ? guess : null);
  const ticker = resolveTicker(word, "quote");
  if (ticker.ok && (word.startsWith("$") || word === ticker.value)) {
    return fail("unknown_command", `unknown command ${shown(word)}; to look up a ticker, write quote ${ticker.value}.`, null);
  }
  return fail("unknown_command", `unknown command ${shown(word)}; the commands are ${TOPICS.join(", ")}.`, null);
}

function toParseResult(result: Resolved<Command>): ParseResult {
  return result.ok ? { ok: true, command: result.value } : result;
}
