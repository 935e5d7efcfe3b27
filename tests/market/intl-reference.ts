// Intl-based reference answers for America/New_York, used only by the tests to check the
// rule-based code in src/market against the ICU time-zone database.

const format = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/New_York",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export interface IntlWallTime {
  date: string;
  hour: number;
  minute: number;
  /** UTC offset in minutes, possibly fractional (local mean time before 1883). */
  offsetMinutes: number;
}

export function intlWallTime(ms: number): IntlWallTime {
  const f: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== "literal") f[part.type] = part.value;
  const year = Number(f.year);
  const month = Number(f.month);
  const day = Number(f.day);
  const hour = Number(f.hour) % 24;
  const minute = Number(f.minute);
  const second = Number(f.second);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    date: `${String(year).padStart(4, "0")}-${f.month}-${f.day}`,
    hour,
    minute,
    offsetMinutes: (wallAsUtc - Math.floor(ms / 1000) * 1000) / 60_000,
  };
}

export function intlEasternDate(ms: number): string {
  return intlWallTime(ms).date;
}
