// Counts, percentages and money amounts as typed: `25`, `12.5%`, `$100B`, `1.2T`, `100e9`.
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiLower } from "../tokens.js";
import type { Topic } from "../usage.js";

export interface IntegerRange {
  min: number;
  max: number;
  /** What the number counts, for messages: `the number of movers`. */
  label: string;
}

/** A whole number written in digits, within `[min, max]`. */
export function resolveInteger(raw: string, range: IntegerRange, topic: Topic): Resolved<number> {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return ok(value);
  return fail(
    "invalid_number",
    `${range.label} must be a whole number from ${range.min} to ${range.max}, not ${shown(raw)}.`,
    topic,
  );
}

const DECIMAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const PERCENT = new RegExp(`^([-+]?)(${DECIMAL})%?$`);

/** A percentage, with or without `%`: greater than 0 and at most `max`. */
export function resolvePercent(raw: string, topic: Topic, max = 1000): Resolved<number> {
  const m = PERCENT.exec(raw);
  if (!m) return fail("invalid_percent", `${shown(raw)} is not a percentage; write it like 5, 5% or 12.5%.`, topic);
  const value = Number((m[2] as string).replaceAll(",", ""));
  if (m[1] === "-" || !(value > 0)) {
    return fail("invalid_percent", `the percentage must be greater than 0, not ${shown(raw)}.`, topic);
  }
  if (value > max) return fail("invalid_percent", `the percentage must be at most ${max}%, not ${shown(raw)}.`, topic);
  return ok(value);
}

const SCALE_EXPONENTS: Record<string, number> = {
  k: 3, thousand: 3,
  m: 6, mm: 6, mn: 6, mln: 6, million: 6, millions: 6,
  b: 9, bn: 9, bln: 9, billion: 9, billions: 9,
  t: 12, tn: 12, trn: 12, trillion: 12, trillions: 12,
};
const MONEY = new RegExp(`^(${DECIMAL})(?:e([-+]?\\d+))?([a-z]*)$`, "i");
const MONEY_HINT = "write an amount like 100B, $1.2T, 500M, 39.5bn or 100e9";

/** An amount of money in currency units: `$100B` → 100e9. Finite and greater than zero. */
export function resolveMoney(raw: string, topic: Topic): Resolved<number> {
  const signed = /^(?:([-+])\$?|\$([-+])?)?(.*)$/s.exec(raw) as RegExpExecArray;
  const negative = (signed[1] ?? signed[2]) === "-";
  const m = MONEY.exec(signed[3] as string);
  const suffix = asciiLower(m?.[3] ?? "");
  const scale = suffix === "" ? 0 : m?.[2] === undefined && Object.hasOwn(SCALE_EXPONENTS, suffix) ? SCALE_EXPONENTS[suffix] : undefined;
  if (!m || scale === undefined) return fail("invalid_money", `${shown(raw)} is not an amount of money; ${MONEY_HINT}.`, topic);
  // Clamped so that a huge written exponent still reads as a number (Infinity or 0), not NaN.
  const exponent = Math.max(-999, Math.min(999, Number(m[2] ?? "0") + scale));
  const value = Number(`${(m[1] as string).replaceAll(",", "")}e${exponent}`);
  if (negative || !(value > 0)) {
    return fail("invalid_money", `the amount must be greater than zero, not ${shown(raw)}.`, topic);
  }
  if (!Number.isFinite(value)) return fail("invalid_money", `${shown(raw)} is too large an amount; ${MONEY_HINT}.`, topic);
  return ok(value);
}
