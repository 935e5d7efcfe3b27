// `audit [N]`, `recap on|off` and `help [command]`.
import type { Command } from "../../types.js";
import { resolveInteger } from "../resolvers.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { closest } from "../suggest.js";
import { asciiLower } from "../tokens.js";
import { isTopic, TOPICS } from "../usage.js";
import { badSubcommand, extraWords } from "./common.js";

export function parseAudit(args: readonly string[]): Resolved<Command> {
  const [count, ...extra] = args;
  if (extra.length > 0) return extraWords("audit", extra, "audit");
  if (count === undefined) return ok({ name: "audit", limit: 20 });
  const limit = resolveInteger(count, { min: 1, max: 100, label: "the number of entries" }, "audit");
  return limit.ok ? ok({ name: "audit", limit: limit.value }) : limit;
}

export function parseHelp(args: readonly string[]): Resolved<Command> {
  const [word, ...extra] = args;
  if (extra.length > 0) return extraWords("help", extra, "help");
  if (word === undefined) return ok({ name: "help" });
  const topic = asciiLower(word);
  if (isTopic(topic)) return ok({ name: "help", topic });
  const guess = closest(topic, TOPICS);
  const hint = guess === null ? `the topics are ${TOPICS.join(", ")}.` : `did you mean ${guess}?`;
  return fail("unknown_help_topic", `there is no help on ${shown(word)}; ${hint}`, "help");
}

/** `recap on|off`: the channel's daily recap. */
export function parseRecap(args: readonly string[]): Resolved<Command> {
  const [sub, ...extra] = args;
  const word = sub === undefined ? undefined : asciiLower(sub);
  if (word !== "on" && word !== "off") return badSubcommand("recap", sub, ["on", "off"]);
  if (extra.length > 0) return extraWords(`recap ${word}`, extra, "recap");
  return ok({ name: word === "on" ? "recap_on" : "recap_off" });
}
