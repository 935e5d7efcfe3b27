// Delivery from the outbox: an alert leaves it only once its destination has taken it.
import type { Store } from "../../store/store.js";
import type { Alert } from "../types.js";

/** Where alerts go: the terminal now, Slack and Discord later. Throws when it could not deliver. */
export interface AlertSink {
  deliver(alert: Alert): Promise<void> | void;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 5 * 60_000;

export class OutboxDelivery {
  private draining: Promise<number> | undefined;

  constructor(
    private readonly store: Store,
    private readonly sink: AlertSink,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Delivers everything due, oldest first; concurrent calls share one pass. Returns how many left the outbox. */
  drain(): Promise<number> {
    this.draining ??= this.deliverDue().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const entries = await this.store.pendingOutbox(BATCH, this.clock());
      for (const entry of entries) {
        try {
          await this.sink.deliver(entry.alert);
          await this.store.markDelivered([entry.id], this.clock());
          delivered++;
        } catch (error) {
          const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** entry.attempts);
          await this.store.markDeliveryFailed(entry.id, (error as Error).message, new Date(this.clock().getTime() + backoff));
          return delivered; // keep order: later alerts wait for the one that failed
        }
      }
      if (entries.length < BATCH) return delivered;
    }
  }
}
