// Writes raised alerts to the store (history, outbox and dedupe marks together), in order,
// coalescing a burst of events into one transaction; then tells the listeners (delivery).
import type { AlertStore, AlertToRecord } from "./store-roles.js";
import type { Alert } from "./types.js";

export type AlertsListener = (alerts: Alert[]) => void | Promise<void>;

export class AlertWriter {
  private queue: AlertToRecord[] = [];
  private writing: Promise<void> | undefined;
  private failure: unknown;
  private readonly listeners: AlertsListener[] = [];

  constructor(private readonly store: AlertStore) {}

  onRecorded(listener: AlertsListener): void {
    this.listeners.push(listener);
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

  /** Waits for every queued alert to be written; throws if a write failed. */
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
        await this.store.recordAlerts(batch);
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
}
