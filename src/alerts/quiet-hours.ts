// A channel's quiet hours: a daily window of US/Eastern wall-clock time in which its alerts are
// held (recorded, deduped, in the outbox) and posted as one summary when the window ends. Pure:
// the instant is given, the calendar is the market kernel's.
import { addDays, easternDate, easternWallTimeToUtc } from "../market/eastern-time.js";
import { easternMinuteOfDay } from "../market/sessions.js";

/** Minutes since midnight ET; `startMinute > endMinute` is a window over midnight (22:00–07:00). */
export interface QuietWindow {
  startMinute: number;
  endMinute: number;
}

export interface QuietHoursRecord extends QuietWindow {
  channel: string;
}

const DAY_MINUTES = 24 * 60;

/**
 * When the window holding an alert raised at `atMs` ends (epoch ms), or undefined when `atMs` is
 * outside it. Every day counts, weekends and holidays too: the window is the team's night, not the
 * market's. The end is a wall-clock time, so a window over a DST change still ends at its hour.
 */
export function quietUntil(window: QuietWindow, atMs: number): number | undefined {
  const { startMinute: start, endMinute: end } = window;
  const minute = easternMinuteOfDay(atMs);
  const overMidnight = start > end;
  const inside = overMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return undefined;
  const today = easternDate(atMs);
  // Over midnight and still before it: the window ends tomorrow morning.
  const endDate = overMidnight && minute >= start ? addDays(today, 1) : today;
  return easternWallTimeToUtc(endDate, Math.floor(end / 60), end % 60);
}

const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** `22:00-07:00` (or with an en dash) as a window; a reason in words otherwise. */
export function parseQuietWindow(text: string): { ok: true; window: QuietWindow } | { ok: false; reason: string } {
  const parts = text.split(/[-–]/);
  if (parts.length !== 2) return { ok: false, reason: `write the window as HH:MM-HH:MM in ET, like 22:00-07:00` };
  const [from, to] = parts.map((p) => HH_MM.exec(p.trim()));
  if (!from || !to) return { ok: false, reason: `times are 24-hour HH:MM from 00:00 to 23:59, like 22:00-07:00` };
  const startMinute = Number(from[1]) * 60 + Number(from[2]);
  const endMinute = Number(to[1]) * 60 + Number(to[2]);
  if (startMinute === endMinute) return { ok: false, reason: "the window starts and ends at the same time; give two different times (quiet off turns it off)" };
  return { ok: true, window: { startMinute, endMinute } };
}

/** `22:00–07:00 ET`. */
export function formatQuietWindow(window: QuietWindow): string {
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return `${hm(window.startMinute)}–${hm(window.endMinute)} ET`;
}

/** How long the window lasts, in minutes (over midnight included). */
export function quietLengthMinutes(window: QuietWindow): number {
  return (window.endMinute - window.startMinute + DAY_MINUTES) % DAY_MINUTES;
}
