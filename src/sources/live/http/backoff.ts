// Retry arithmetic as pure functions: exponential backoff with full jitter, and Retry-After.

/** Milliseconds from a Retry-After header (seconds or an HTTP date), or undefined if absent or unreadable. */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export interface BackoffShape {
  baseMs: number;
  maxMs: number;
}

/**
 * The wait before retry number `attempt` (1 for the first retry): full jitter over an
 * exponentially growing window, never shorter than what the provider asked for.
 */
export function retryDelayMs(attempt: number, shape: BackoffShape, random: () => number, retryAfterMs?: number): number {
  const window = Math.min(shape.maxMs, shape.baseMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * window);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
