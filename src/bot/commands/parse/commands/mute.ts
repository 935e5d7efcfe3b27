// `mute TICKER [30m | 2h | 1d | 1w | until YYYY-MM-DD]` and `unmute TICKER`.
import type { Command, MuteDuration } from "../../types.js";
import { resolveDate, resolveDuration, resolveTicker } from "../resolvers.js";
import { fail, ok, type Resolved } from "../result.js";
import { asciiLower } from "../tokens.js";
import { extraWords } from "./common.js";

export const DEFAULT_MUTE: MuteDuration = Object.freeze({ kind: "for", ms: 86_400_000, text: "1d" });

export function parseMute(args: readonly string[]): Resolved<Command> {
  const [tickerWord, ...rest] = args;
  if (tickerWord === undefined) return fail("missing_argument", "mute needs a ticker.", "mute");
  const ticker = resolveTicker(tickerWord, "mute");
  if (!ticker.ok) return ticker;
  const duration = resolveMuteDuration(rest);
  return duration.ok ? ok({ name: "mute", ticker: ticker.value, duration: duration.value }) : duration;
}

/** Nothing (1 day), `2h`, `for 2h`, or `until 2026-03-01`. */
function resolveMuteDuration(words: readonly string[]): Resolved<MuteDuration> {
  const [first, second, ...extra] = words;
  if (first === undefined) return ok({ ...DEFAULT_MUTE });
  const keyword = asciiLower(first);
  if (keyword === "until" || keyword === "for") {
    if (second === undefined) {
      const what = keyword === "until" ? "a date as YYYY-MM-DD" : "a duration like 2h";
      return fail("missing_argument", `mute … ${keyword} needs ${what} after it.`, "mute");
    }
    if (extra.length > 0) return extraWords("mute", extra, "mute");
    if (keyword === "for") return resolveDuration(second, "mute");
    const date = resolveDate(second, "mute");
    return date.ok ? ok({ kind: "until", date: date.value }) : date;
  }
  if (second !== undefined) return extraWords("mute", [second, ...extra], "mute");
  return resolveDuration(first, "mute");
}

export function parseUnmute(args: readonly string[]): Resolved<Command> {
  const [word, ...extra] = args;
  if (word === undefined) return fail("missing_argument", "unmute needs a ticker.", "unmute");
  if (extra.length > 0) return extraWords("unmute", extra, "unmute");
  const ticker = resolveTicker(word, "unmute");
  return ticker.ok ? ok({ name: "unmute", ticker: ticker.value }) : ticker;
}
