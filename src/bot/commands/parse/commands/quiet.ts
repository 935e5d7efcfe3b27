// `quiet HH:MM-HH:MM` (US/Eastern) and `quiet off`: the channel's quiet hours.
import { parseQuietWindow } from "../../../../alerts/quiet-hours.js";
import type { Command } from "../../types.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiLower } from "../tokens.js";
import { extraWords } from "./common.js";

export function parseQuiet(args: readonly string[]): Resolved<Command> {
  const [word, ...extra] = args;
  if (word === undefined) return fail("missing_argument", "quiet needs a window in ET, like 22:00-07:00, or off.", "quiet");
  if (extra.length > 0) return extraWords("quiet", extra, "quiet");
  if (asciiLower(word) === "off") return ok({ name: "quiet_off" });
  const window = parseQuietWindow(word.slice(0, 40));
  if (!window.ok) return fail("invalid_time", `${shown(word)} is not a quiet-hours window: ${window.reason}.`, "quiet");
  return ok({ name: "quiet_set", startMinute: window.window.startMinute, endMinute: window.window.endMinute });
}
