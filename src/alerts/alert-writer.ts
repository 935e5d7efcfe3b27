// Writes raised alerts to the store (history, outbox and dedupe marks together), in order,
// coalescing a burst of events into one transaction; then tells the listeners (delivery).
//
// A failed write is not the end of alerting: its alerts stay queued, in order, with everything
// raised after them, and the write is tried again with a growing wait. A long-running bot keeps
// trying until the store is back (and says so in its log); a replay, which has an end, stops with
// the store's error after a few tries.
import type { AlertStore, AlertToRecord } from "./store-roles.js";
import type { Alert } from "./types.js";

export type AlertsListener = (alerts: Alert[]) => void | Promise<void>;

export interface WriteRetryPolicy {
  /** Tries of one batch before the writer gives up and fails (Infinity: never gives up). */
  maxTries: number;
  /** The wait before try `n + 1` after `n` failed ones. */
  delayMs(failedTries: number): number;
  /** Where a failed write and the recovery are reported. */
  log?: (line: string) => void;
}

/** A replay's or a test's store: a few quick tries, then the error stops the run. */
export const BOUNDED_RETRY: WriteRetryPolicy = { maxTries: 3, delayMs: (n) => 50 * 2 ** (n - 1) };

/** A live bot's store: tried until it answers, at most every 30 s. */
export function persistentRetry(log: (line: string) => void): WriteRetryPolicy {
  return { maxTries: Infinity, delayMs: (n) => Math.min(30_000, 500 * 2 ** (n - 1)), log };
}

export class AlertWriter {
  private queue: AlertToRecord[] = [];
  private writing: Promise<void> | undefined;
  private failure: unknown;
  private readonly listeners: AlertsListener[] = [];
  /** Set while the store refuses writes: why, for health reports. */
  private down: string | undefined;

  constructor(
    private readonly store: AlertStore,
    private readonly retry: WriteRetryPolicy = BOUNDED_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  onRecorded(listener: AlertsListener): void {
    this.listeners.push(listener);
  }

  /** Why alerts are not being written just now (the store's last error), or undefined when they are. */
  get storeProblem(): string | undefined {
    return this.down;
  }

  /**
   * Queues alerts; the promise settles once they (and everything queued before) are written
   * and the listeners have run. Undefined when there is nothing to write.
   */
  write(alerts: AlertToRecord[] | undefined): Promise<void> | undefined {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (alerts === undefined || alerts.length === 0) return undefined;
    for (const a of alerts) this.queue.push(a);
    this.writing ??= this.writeQueued();
    return this.writing;
  }

  /** Waits for every queued alert to be written; throws if a write failed for good. */
  async flush(): Promise<void> {
    while (this.writing !== undefined) await this.writing.catch(() => undefined);
    if (this.failure !== undefined) throw this.failure;
  }

  private async writeQueued(): Promise<void> {
    try {
      // Let the rest of a synchronous burst of events queue up: one transaction for all of it.
      await Promise.resolve();
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        await this.recordWithRetries(batch);
        const recorded = batch.map((a) => a.alert);
        for (const listener of this.listeners) await listener(recorded);
      }
    } catch (error) {
      this.failure = error;
      throw error;
    } finally {
      this.writing = undefined;
    }
  }

  /** Writes `batch`, trying again while the store fails; alerts raised meanwhile join it, in order. */
  private async recordWithRetries(batch: AlertToRecord[]): Promise<void> {
    for (let failed = 0; ; ) {
      try {
        await this.store.recordAlerts(batch);
        if (this.down !== undefined) this.retry.log?.(`store: writing alerts again (${batch.length} written after ${failed} failed tries)`);
        this.down = undefined;
        return;
      } catch (error) {
        failed++;
        this.down = (error as Error).message ?? String(error);
        if (failed >= this.retry.maxTries) throw error;
        const waitMs = this.retry.delayMs(failed);
        this.retry.log?.(`store: could not write ${batch.length} alert(s) (${this.down}); they stay queued, trying again in ${Math.round(waitMs / 100) / 10} s`);
        await this.sleep(waitMs);
        // What was raised while waiting goes in the same write, after them.
        if (this.queue.length > 0) {
          batch.push(...this.queue);
          this.queue = [];
        }
      }
    }
  }
}
