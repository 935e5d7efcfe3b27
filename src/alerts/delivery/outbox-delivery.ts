// Delivery from the outbox: an alert leaves it only once its destination has taken it.
import type { Store } from "../../store/store.js";
import type { Platform } from "../types.js";
import type { Alert } from "../types.js";

/** Where alerts go: the terminal now, Slack and Discord later. Throws when it could not deliver. */
export interface AlertSink {
  deliver(alert: Alert): Promise<void> | void;
}

const BATCH = 100;
const MAX_BACKOFF_MS = 5 * 60_000;

export class OutboxDelivery {
  private running: Promise<number> | undefined;
  private again = false;

  constructor(
    private readonly store: Store,
    private readonly sink: AlertSink,
    private readonly clock: () => Date = () => new Date(),
    /** Only this platform's alerts; all of them when absent (replays, the terminal). */
    private readonly platform?: Platform,
  ) {}

  /**
   * Delivers everything due, oldest first. A call during a pass asks for one more pass and
   * shares its promise, so callers can fire and forget and the outbox is drained once per burst.
   */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let delivered = 0;
      do {
        this.again = false;
        delivered += await this.deliverDue();
      } while (this.again);
      return delivered;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * One pass. Order is kept per channel: when an alert fails, the rest of its channel waits for
   * it, and the other channels go on, so one refused channel holds up nobody else.
   */
  private async deliverDue(): Promise<number> {
    let delivered = 0;
    const blocked = new Set<string>();
    for (;;) {
      const entries = await this.store.pendingOutbox(BATCH, this.clock(), this.platform, [...blocked]);
      const done: number[] = [];
      try {
        for (const entry of entries) {
          if (blocked.has(entry.channel)) continue;
          try {
            await this.sink.deliver(entry.alert);
            done.push(entry.id);
          } catch (error) {
            const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** entry.attempts);
            await this.store.markDeliveryFailed(entry.id, (error as Error).message, new Date(this.clock().getTime() + backoff));
            blocked.add(entry.channel);
          }
        }
      } finally {
        // Marked in one write per batch; a crash before it re-sends the batch (at least once, never lost).
        await this.store.markDelivered(done, this.clock());
      }
      delivered += done.length;
      if (entries.length < BATCH) return delivered;
    }
  }
}
