// Graceful shutdown: SIGTERM or SIGINT, in every mode, asks capwatch to stop instead of killing it,
// so the sources stop, deliveries in flight finish (or are left in the outbox for the next start),
// the engine's state is saved and the store is closed. Each step has a bound: an orchestrator
// waits only so long before it kills, and a hung step must not take the checkpoint with it.
import { withinDeadline } from "../bot/delivery/within-deadline.js";

/** How long each shutdown step may take before capwatch moves on (deliveries in flight, a slow store). */
export const SHUTDOWN_STEP_MS = 5_000;

export interface StopSignals {
  /** Resolves with the signal's name at the first SIGTERM or SIGINT. */
  requested: Promise<NodeJS.Signals>;
  /** Whether a signal came. */
  readonly stopping: boolean;
  dispose(): void;
}

/**
 * Listens for SIGTERM and SIGINT from now on. The first asks for a graceful stop; a second one,
 * while stopping, exits at once (`exit`, 130) for an operator who does not want to wait.
 */
export function stopSignals(exit: (code: number) => void = (code) => process.exit(code)): StopSignals {
  let resolve: (signal: NodeJS.Signals) => void = () => undefined;
  let stopping = false;
  const requested = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return exit(130);
    stopping = true;
    resolve(signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return {
    requested,
    get stopping() {
      return stopping;
    },
    dispose() {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
    },
  };
}

/**
 * Runs `step`, waiting at most `ms`; logs and goes on when it takes longer or fails. True when
 * the step finished in time; the caller decides what a late or failed step means.
 */
export async function boundedStep(what: string, step: () => Promise<unknown>, log: (line: string) => void, ms = SHUTDOWN_STEP_MS): Promise<boolean> {
  try {
    const timed = await withinDeadline(step(), ms);
    if (timed.done) return true;
    log(`shutdown: ${what} did not finish within ${ms} ms; going on`);
    timed.later.catch(() => undefined); // a late step that fails after all has nothing left to tell
    return false;
  } catch (error) {
    log(`shutdown: ${what}: ${(error as Error).message}`);
    return false;
  }
}
