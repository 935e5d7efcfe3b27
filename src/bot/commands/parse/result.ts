// What every resolver returns: a value, or a `UserError` that says what was wrong and how to write it.
import type { UserError, UserErrorCode } from "../types.js";
import { COMMAND_LIST, usageOf, type Topic } from "./usage.js";

export type Failure = { ok: false; error: UserError };
export type Resolved<T> = { ok: true; value: T } | Failure;

export function ok<T>(value: T): Resolved<T> {
  return { ok: true, value };
}

/** A failure carrying the usage of `topic`, or the command list when there is no topic yet. */
export function fail(code: UserErrorCode, message: string, topic: Topic | null): Failure {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return { ok: false, error: { code, message: sentence, usage: topic === null ? COMMAND_LIST : usageOf(topic) } };
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const MAX_SHOWN = 40;

/** The person's input, quoted for a message: at most 40 characters, control characters made visible. */
export function shown(raw: string): string {
  const chars = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "\uFFFD"));
  const text = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join("")}…` : chars.join("");
  return `"${text}"`;
}
