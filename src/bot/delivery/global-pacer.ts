// A platform's requests-per-second for the whole bot (Discord: 50 a second across every channel),
// spent evenly and, with several instances, shared between them. discord.js paces its own process
// in fixed one-second windows: 50 at the end of one window and 50 at the start of the next are 100
// within a second, and Discord answers 429; two instances each spending 50 a second doubled it.
// Here each request waits for a slot, slots are `intervalMs` apart, alerts' texts are served
// before charts (a fan-out's text reaches every channel first, the pictures follow), and where the
// store can share them (PostgreSQL) slots are reserved there a few at a time, so every instance
// draws on one schedule.

/** Reserves `count` slots `intervalMs` apart on the schedule every instance shares; resolves to ms until the first. */
export type ReserveSlots = (count: number, intervalMs: number) => Promise<number>;

export type PacedRequest = "text" | "chart";

/**
 * Slots taken from the shared schedule at once (fewer when fewer wait): a second's worth at 50 a
 * second. Ten at a time (a fifth of a second) turned a busy event loop's late answers into gaps in
 * the schedule: the load bench's fan-out to 500 Discord channels took three seconds to reach pace.
 */
const SLOTS_PER_RESERVATION = 50;

export class GlobalPacer {
  private readonly waiting: Record<PacedRequest, Array<() => void>> = { text: [], chart: [] };
  /** This process's slots (its clock), reserved and not yet used. */
  private slots: number[] = [];
  /** The local schedule's next free slot, when there is no shared one. */
  private nextLocal = 0;
  private pumping = false;
  private sharedFailed = false;

  constructor(
    readonly intervalMs: number,
    private readonly reserve?: ReserveSlots,
    private readonly now: () => number = Date.now,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Resolves when this request may go. */
  take(kind: PacedRequest): Promise<void> {
    return new Promise((resolve) => {
      this.waiting[kind].push(resolve);
      void this.pump();
    });
  }

  private get queued(): number {
    return this.waiting.text.length + this.waiting.chart.length;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queued > 0) {
        if (this.slots.length === 0) this.slots = await this.reserveSlots(Math.min(this.queued, SLOTS_PER_RESERVATION));
        // A slot left over from a burst long gone is dropped: spent now, with others, it would bunch.
        while (this.slots.length > 0 && (this.slots[0] as number) < this.now() - this.intervalMs) this.slots.shift();
        if (this.slots.length === 0) continue;
        const wait = (this.slots.shift() as number) - this.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        (this.waiting.text.shift() ?? this.waiting.chart.shift())?.();
      }
    } finally {
      this.pumping = false;
    }
  }

  private async reserveSlots(count: number): Promise<number[]> {
    let first: number;
    if (this.reserve !== undefined) {
      try {
        // From when the answer came, not when it was asked: late rather than early.
        const wait = await this.reserve(count, this.intervalMs);
        first = this.now() + wait;
        if (this.sharedFailed) this.log("rate slots: shared again with the other instances");
        this.sharedFailed = false;
      } catch (error) {
        // The store is unreachable: pace this process alone rather than stop posting.
        if (!this.sharedFailed) this.log(`rate slots: could not reserve them in the store (${(error as Error).message}); pacing this instance alone meanwhile`);
        this.sharedFailed = true;
        first = this.localStart(count);
      }
    } else first = this.localStart(count);
    return Array.from({ length: count }, (_, i) => first + i * this.intervalMs);
  }

  private localStart(count: number): number {
    const first = Math.max(this.now(), this.nextLocal);
    this.nextLocal = first + count * this.intervalMs;
    return first;
  }
}
