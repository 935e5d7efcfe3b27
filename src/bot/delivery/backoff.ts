// The one backoff of delivery: 1 s, 2 s, 4 s … up to 5 minutes, by the attempts the outbox has
// recorded for the message (so it survives a restart). cockatiel's generator, without jitter:
// each channel retries one message at a time, there is no herd to spread. cockatiel loads on the
// first failure only: importing it costs 100–250 ms here (measured), and `npm start` must print
// its first alert within a second.

const SHAPE = { initialDelay: 1000, maxDelay: 5 * 60_000, exponent: 2 };

export const MAX_BACKOFF_MS = SHAPE.maxDelay;

/** The wait before the next try of a message already tried `attempts` times. */
export async function retryDelayMs(attempts: number): Promise<number> {
  const { noJitterGenerator } = await import("cockatiel");
  return noJitterGenerator(Math.max(0, attempts), { ...SHAPE, generator: noJitterGenerator })[0];
}

/** A wait as the log says it: whole seconds, and a wait under a second (a 429's retry_after) as milliseconds, never "0 s". */
export function waitWords(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${Math.round(ms / 1000)} s`;
}
