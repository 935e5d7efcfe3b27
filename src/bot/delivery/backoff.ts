// The one backoff of delivery: 1 s, 2 s, 4 s … up to 5 minutes, by the attempts the outbox has
// recorded for the message (so it survives a restart). cockatiel's generator, without jitter:
// each channel retries one message at a time, there is no herd to spread.
import { noJitterGenerator } from "cockatiel";

const SHAPE = { initialDelay: 1000, maxDelay: 5 * 60_000, exponent: 2, generator: noJitterGenerator };

export const MAX_BACKOFF_MS = SHAPE.maxDelay;

/** The wait before the next try of a message already tried `attempts` times. */
export function retryDelayMs(attempts: number): number {
  return noJitterGenerator(Math.max(0, attempts), SHAPE)[0];
}
