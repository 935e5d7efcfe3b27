// Replay pace: how many seconds of market time pass per real second ("max" = no waiting).

export type ReplaySpeed = number | "max";

export interface Pacer {
  /** Waits until the real clock has caught up with market time `ms`. */
  waitFor(ms: number): Promise<void> | undefined;
}

export const NO_WAIT: Pacer = { waitFor: () => undefined };

export function pacerFor(
  speed: ReplaySpeed,
  now: () => number = () => performance.now(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Pacer {
  if (speed === "max") return NO_WAIT;
  let origin: { market: number; real: number } | undefined;
  return {
    waitFor(ms) {
      if (origin === undefined) {
        origin = { market: ms, real: now() };
        return undefined;
      }
      const due = origin.real + (ms - origin.market) / speed;
      const wait = due - now();
      return wait > 1 ? sleep(wait) : undefined;
    },
  };
}
