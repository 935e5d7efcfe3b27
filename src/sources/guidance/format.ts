// Statements as people read them: `FY2026  $115B–$135B USD  "…sentence…"`.
import type { GuidanceStatement } from "./types.js";

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", TWD: "NT$", KRW: "₩", CNY: "¥", HKD: "HK$" };
const UNITS: [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** 115e9 → "115B", 1.25e9 → "1.25B", 48.5e6 → "48.5M". */
export function compactAmount(value: number): string {
  const abs = Math.abs(value);
  for (const [size, unit] of UNITS) {
    if (abs >= size) return `${Number((value / size).toPrecision(6))}${unit}`;
  }
  return String(Number(value.toPrecision(6)));
}

function money(value: number, currency: string): string {
  return `${SYMBOLS[currency] ?? ""}${compactAmount(value)}`;
}

export function formatAmount(s: Pick<GuidanceStatement, "low" | "high" | "currency">): string {
  if (s.low !== null && s.high !== null) {
    return s.low === s.high ? money(s.low, s.currency) : `${money(s.low, s.currency)}–${money(s.high, s.currency)}`;
  }
  if (s.low !== null) return `at least ${money(s.low, s.currency)}`;
  if (s.high !== null) return `up to ${money(s.high, s.currency)}`;
  return "?";
}

function qualifiers(s: GuidanceStatement): string {
  const parts = [
    s.per === "year" ? "a year" : null,
    s.segment !== undefined ? `segment: ${s.segment}` : null,
    s.speaker !== undefined ? `said by ${s.speaker.name}${s.speaker.role !== null ? ` (${s.speaker.role})` : ""}` : null,
    s.voice === "press" ? "as reported by the press" : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? "" : `  [${parts.join("; ")}]`;
}

export function formatStatementLine(s: GuidanceStatement): string {
  return `${s.period}  ${formatAmount(s)} ${s.currency}${qualifiers(s)}  ${JSON.stringify(s.text)}`;
}

/** The JSON form `capwatch guidance extract --json` prints, keys in the documented order; the
 * later keys (segment, per, voice, speaker) only where they apply, so older readers see no change. */
export function statementJson(s: GuidanceStatement): GuidanceStatement {
  return {
    metric: s.metric,
    period: s.period,
    low: s.low,
    high: s.high,
    currency: s.currency,
    text: s.text,
    ...(s.segment !== undefined ? { segment: s.segment } : {}),
    ...(s.per !== undefined ? { per: s.per } : {}),
    ...(s.voice !== undefined ? { voice: s.voice } : {}),
    ...(s.speaker !== undefined ? { speaker: s.speaker } : {}),
  };
}
