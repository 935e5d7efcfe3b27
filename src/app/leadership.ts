// Runs the leader's work (schedule, live sources, detection) only while this instance holds the
// leader lock, trying for it every few seconds: when the leader dies its lock goes with its
// connection, and a standby takes over at its next try.
import type { LeaderLock } from "../store/leader-lock.js";

/** How often a standby tries for the lock, and the leader checks it still holds it. */
export const LEADER_RETRY_MS = 5_000;

export interface LeadershipOptions {
  lock: LeaderLock;
  /** Became the leader: start the work. `takeover` is false at the first try at start-up. */
  onLead(takeover: boolean): Promise<void>;
  /** Lost the lead (its connection died): stop the work, another instance now does it. */
  onStandby(): Promise<void>;
  log: (line: string) => void;
  retryMs?: number;
}

export interface Leadership {
  readonly leading: boolean;
  /** Stops trying, stops the work if leading, and releases the lock. */
  stop(): Promise<void>;
}

export function startLeadership(options: LeadershipOptions): Leadership {
  const { lock, log } = options;
  let leading = false;
  let tries = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    const first = tries++ === 0;
    const holds = await lock.tryAcquire();
    if (stopped) return;
    if (holds && !leading) {
      leading = true;
      log(first ? "leader: this instance runs the schedule, the sources and detection" : "leader: taking over; loading the engine's state from the store");
      try {
        await options.onLead(!first);
      } catch (error) {
        // A leader that holds the lock but runs nothing would stop alerting for everyone: it lets
        // go, and the next try (this instance's or another's) starts again.
        log(`leader: starting failed (${(error as Error).message}); letting go of the lock to try again`);
        leading = false;
        await options.onStandby().catch(() => undefined);
        await lock.release();
      }
    } else if (!holds && leading) {
      leading = false;
      log("standby: lost the leader lock; another instance leads");
      await options.onStandby().catch((error: unknown) => log(`standby: stopping failed: ${(error as Error).message}`));
    } else if (!holds && first) {
      log("standby: another instance leads; this one serves commands and delivers, and takes over if it stops");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, options.retryMs ?? LEADER_RETRY_MS);
  };
  current = tick().finally(schedule);

  return {
    get leading() {
      return leading;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      if (leading) {
        leading = false;
        await options.onStandby();
      }
      await lock.release();
    },
  };
}
