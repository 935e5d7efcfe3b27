// Pieces shared by the command parsers.
import type { Command } from "../../types.js";
import { fail, shown, type Failure, type Resolved } from "../result.js";
import { closest } from "../suggest.js";
import { asciiLower } from "../tokens.js";
import type { Topic } from "../usage.js";

/** Parses the words after the command word. */
export type CommandParser = (args: readonly string[]) => Resolved<Command>;

/** The error for words left over once a command has all it takes. */
export function extraWords(command: string, extra: readonly string[], topic: Topic): Failure {
  return fail("too_many_arguments", `${command} got more than it takes: ${shown(extra.join(" "))} is left over.`, topic);
}

/** The error for a missing or unknown subcommand word (`watch`, `kinds`, `thresholds`, `consensus`). */
export function badSubcommand(
  topic: Topic,
  word: string | undefined,
  subcommands: readonly string[],
  hintFor?: (word: string) => string,
): Failure {
  const choices = subcommands.join(", ");
  if (word === undefined) return fail("missing_argument", `${topic} needs one of: ${choices}.`, topic);
  const guess = closest(asciiLower(word), subcommands);
  const hint = guess !== null ? `Did you mean ${topic} ${guess}? ` : (hintFor?.(word) ?? "");
  const message = `unknown ${topic} subcommand ${shown(word)}. ${hint}Expected one of: ${choices}.`;
  return fail("unknown_subcommand", message, topic);
}
