// How long to mute: `30m`, `2h`, `1d`, `1w` (at most 90 days), or a calendar date to mute until.
import { isRealCalendarDate } from "../../../../sources/events.js";
import type { MuteDuration } from "../../types.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiLower } from "../tokens.js";
import type { Topic } from "../usage.js";

const MINUTE = 60_000;
const UNITS: Record<string, { letter: string; ms: number }> = {
  m: { letter: "m", ms: MINUTE }, min: { letter: "m", ms: MINUTE }, mins: { letter: "m", ms: MINUTE },
  minute: { letter: "m", ms: MINUTE }, minutes: { letter: "m", ms: MINUTE },
  h: { letter: "h", ms: 60 * MINUTE }, hr: { letter: "h", ms: 60 * MINUTE }, hrs: { letter: "h", ms: 60 * MINUTE },
  hour: { letter: "h", ms: 60 * MINUTE }, hours: { letter: "h", ms: 60 * MINUTE },
  d: { letter: "d", ms: 1440 * MINUTE }, day: { letter: "d", ms: 1440 * MINUTE }, days: { letter: "d", ms: 1440 * MINUTE },
  w: { letter: "w", ms: 10080 * MINUTE }, wk: { letter: "w", ms: 10080 * MINUTE },
  week: { letter: "w", ms: 10080 * MINUTE }, weeks: { letter: "w", ms: 10080 * MINUTE },
};
export const MAX_MUTE_MS = 90 * 1440 * MINUTE;

/** A positive duration of at most 90 days; `text` is its short form, like `2h`. */
export function resolveDuration(raw: string, topic: Topic): Resolved<MuteDuration & { kind: "for" }> {
  const m = /^(\d+)([a-z]+)$/i.exec(raw);
  const name = asciiLower(m?.[2] ?? "");
  const unit = Object.hasOwn(UNITS, name) ? UNITS[name] : undefined;
  if (!m || unit === undefined) {
    return fail("invalid_duration", `${shown(raw)} is not a duration; write 30m, 2h, 1d, 1w or until YYYY-MM-DD.`, topic);
  }
  const count = Number(m[1]);
  const ms = count * unit.ms;
  if (!(ms > 0)) return fail("invalid_duration", `the duration must be longer than zero, not ${shown(raw)}.`, topic);
  if (ms > MAX_MUTE_MS) return fail("invalid_duration", `the longest mute is 90 days (90d or 12w), not ${shown(raw)}.`, topic);
  return ok({ kind: "for", ms, text: `${count}${unit.letter}` });
}

/** Dates people give a command lie in this range; anything else is a slip, not a plan. */
export const LATEST_DATE = "2100-12-31";
const EARLIEST_DATE = "1990-01-01";

/** A real calendar date written YYYY-MM-DD, 1990–2100. Whether it lies in the future is the handler's question. */
export function resolveDate(raw: string, topic: Topic): Resolved<string> {
  if (isRealCalendarDate(raw)) {
    if (raw >= EARLIEST_DATE && raw <= LATEST_DATE) return ok(raw);
    return fail("invalid_date", `${shown(raw)} is out of range; give a date from ${EARLIEST_DATE} to ${LATEST_DATE}.`, topic);
  }
  return fail("invalid_date", `${shown(raw)} is not a real date; write it as YYYY-MM-DD, like 2026-03-01.`, topic);
}
