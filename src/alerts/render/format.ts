// Numbers as people read them in a channel: $357.8B, $3.22T, -9.99%.

/** `$39.5B`, `$357.8B`, `$3.22T`, `$850M`; the sign goes before the dollar. */
export function formatUsd(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const [scaled, suffix, decimals] =
    abs >= 1e12 ? [abs / 1e12, "T", 2] : abs >= 1e9 ? [abs / 1e9, "B", 1] : abs >= 1e6 ? [abs / 1e6, "M", 1] : [abs, "", 2];
  const text = scaled.toFixed(decimals as number);
  const trimmed = suffix === "" ? text : text.replace(/\.0+$/, "");
  return `${sign}$${trimmed}${suffix}`;
}

/** `+12.92%`, `-9.99%`; `n/a` when unknown. */
export function formatPct(pct: number | null): string {
  if (pct === null) return "n/a";
  return `${pct > 0 ? "+" : ""}${pct.toFixed(2)}%`;
}

/** A per-share figure: `$4.14`, `-$0.12`. */
export function formatPrice(value: number | null): string {
  if (value === null) return "n/a";
  return `${value < 0 ? "-" : ""}$${Math.abs(value).toFixed(2)}`;
}

const ET = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/New_York",
  year: "numeric",
  month: "short",
  day: "numeric",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  // h23, not hour12: false: en-US with hour12: false prints midnight as "24:00" of the day before.
  hourCycle: "h23",
});

/** `Thu, Jan 29, 2026, 09:30 ET`. */
export function formatEasternTime(iso: string): string {
  return `${ET.format(new Date(iso))} ET`;
}

/** `Wed Jan 28` for a YYYY-MM-DD date. */
export function formatDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return d.toLocaleDateString("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });
}
