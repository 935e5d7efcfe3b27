// Outbox marks from many channel workers at once, one statement per burst (PostgreSQL). A fan-out
// starts a worker per channel in one tick, and each marks its row in flight before its post and
// delivered after: 2,000 single-row updates through a pool of five, ahead of the posts they guard.
// Gathered until the event loop's next turn, they are a few multi-row updates; each caller's
// promise settles when its own row's update did, so a row is still marked before its post.
import type { Kysely } from "kysely";
import { boundedChunks } from "./bounded-chunks.js";
import type { Database } from "./schema.js";

interface Waiting {
  ids: number[];
  at: Date;
  resolve(): void;
  reject(error: unknown): void;
}

class Burst {
  private waiting: Waiting[] = [];

  constructor(private readonly write: (ids: number[], at: Date) => Promise<void>, private readonly pick: (a: Date, b: Date) => Date) {}

  add(ids: number[], at: Date): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.flush());
      this.waiting.push({ ids, at, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    for (const chunk of boundedChunks(waiting)) {
      const at = chunk.map((w) => w.at).reduce(this.pick);
      try {
        await this.write(chunk.flatMap((w) => w.ids), at);
        for (const w of chunk) w.resolve();
      } catch (error) {
        for (const w of chunk) w.reject(error);
      }
    }
  }
}

export class CoalescedMarks {
  /** The earliest time of the burst: a restart looks for the post from then on (earlier is safe). */
  private readonly inFlight: Burst;
  /** The latest: no row is said delivered before it was. */
  private readonly delivered: Burst;

  constructor(db: Kysely<Database>) {
    const set = (values: { sending_at: string } | { status: "delivered"; delivered_at: string }) => (ids: number[]) => db.updateTable("outbox").set(values).where("id", "in", ids).execute();
    this.inFlight = new Burst((ids, at) => set({ sending_at: at.toISOString() })(ids).then(() => undefined), (a, b) => (a < b ? a : b));
    this.delivered = new Burst((ids, at) => set({ status: "delivered", delivered_at: at.toISOString() })(ids).then(() => undefined), (a, b) => (a > b ? a : b));
  }

  markInFlight(outboxId: number, at: Date): Promise<void> {
    return this.inFlight.add([outboxId], at);
  }

  markDelivered(outboxIds: number[], at: Date): Promise<void> {
    return this.delivered.add(outboxIds, at);
  }
}
