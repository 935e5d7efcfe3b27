// The capex role of the engine: the capex book (consensus, guidance history, actuals) kept in step
// with the store, and the capex events that raise capex_actual and capex_guidance alerts.
import type { ConsensusEvent, CapexActualEvent } from "../sources/events.js";
import type { GuidanceEvent } from "../sources/documents/guidance-event.js";
import type { AuditEntry, CapexStore, ConsensusRecord, EngineSnapshot } from "./store-roles.js";
import { CapexBook } from "./capex-book.js";
import { isoTime } from "./types.js";
import { onCapexActual, onGuidance, restoreCapexBook, type CapexContext } from "./capex-events.js";
import type { CapexBaselines, GuidanceRange } from "./detectors/capex-guidance.js";

/** What commands read and change of the capex book. */
export interface CapexView {
  /** What a statement for this ticker and period is measured against, as the detector sees it now. */
  capexBaselines(ticker: string, period: string, range: GuidanceRange, tenant?: string): CapexBaselines;
  /** An admin's consensus (for their tenant): saved with its audit entry, then used by the next statement. */
  setConsensus(record: ConsensusRecord, audit?: AuditEntry): Promise<void>;
}

export class CapexTracker implements CapexView {
  private readonly book = new CapexBook();
  private readonly ctx: CapexContext;

  constructor(private readonly store: CapexStore, raising: Pick<CapexContext, "router" | "raiser">) {
    this.ctx = { capex: this.book, store, ...raising };
  }

  load(snapshot: Pick<EngineSnapshot, "consensus" | "capexActuals" | "guidance">): void {
    restoreCapexBook(this.book, snapshot);
  }

  /** The book as the store holds it now, replacing what this instance had. */
  reload(snapshot: Pick<EngineSnapshot, "consensus" | "capexActuals" | "guidance">): void {
    this.book.clear();
    restoreCapexBook(this.book, snapshot);
  }

  /** Consensus figures set elsewhere (another instance's admin), in force here too. */
  reloadConsensus(consensus: EngineSnapshot["consensus"]): void {
    for (const c of consensus) this.book.setConsensus(c.ticker, c.period, { value: c.value, source: c.source }, c.tenant);
  }

  capexBaselines(ticker: string, period: string, range: GuidanceRange, tenant?: string): CapexBaselines {
    return this.book.baselines(ticker, period, range, tenant);
  }

  async setConsensus(record: ConsensusRecord, audit?: AuditEntry): Promise<void> {
    await this.store.saveConsensus(record, audit);
    this.book.setConsensus(record.ticker, record.period, { value: record.value, source: record.source }, record.tenant);
  }

  /** A consensus line: in force at once, saved after. */
  onConsensus(event: ConsensusEvent): Promise<void> {
    this.book.setConsensus(event.ticker, event.period, { value: event.value, source: event.source });
    return this.store.saveConsensus({ ticker: event.ticker, period: event.period, value: event.value, source: event.source, ts: isoTime(event.ts) });
  }

  onCapexActual(event: CapexActualEvent): Promise<void> {
    return onCapexActual(this.ctx, event);
  }

  onGuidance(event: GuidanceEvent): Promise<void> {
    return onGuidance(this.ctx, event);
  }
}
