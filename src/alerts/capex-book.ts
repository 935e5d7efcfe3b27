// What capex figures are measured against: consensus, guidance history and reported actuals.
import type { CapexBaselines, GuidanceRange } from "./detectors/capex-guidance.js";
import { guidanceValue } from "./detectors/capex-guidance.js";

export interface GuidanceEntry extends GuidanceRange {
  ts: string;
}

export interface ConsensusEntry {
  value: number;
  source?: string;
}

const key = (ticker: string, period: string) => `${ticker}|${period}`;
/** Consensus is kept per tenant: "" is market data every tenant shares. */
const consensusKey = (ticker: string, period: string, tenant: string) => `${ticker}|${period}|${tenant}`;

/** FY2026 → FY2025; null for quarters, halves and multi-year plans. */
export function previousFiscalYear(period: string): string | null {
  const m = /^FY(\d{4})$/.exec(period);
  return m ? `FY${Number(m[1]) - 1}` : null;
}

export class CapexBook {
  private readonly consensus = new Map<string, ConsensusEntry>();
  private readonly actuals = new Map<string, number>();
  private readonly guidance = new Map<string, GuidanceEntry[]>();

  /** A tenant's own consensus (an admin's `consensus set`), or shared market data when `tenant` is absent. */
  setConsensus(ticker: string, period: string, entry: ConsensusEntry, tenant?: string): void {
    this.consensus.set(consensusKey(ticker, period, tenant ?? ""), entry);
  }

  /** What `tenant` measures against: its own consensus, else the shared one; only the shared one without a tenant. */
  consensusFor(ticker: string, period: string, tenant?: string): ConsensusEntry | undefined {
    const own = tenant === undefined ? undefined : this.consensus.get(consensusKey(ticker, period, tenant));
    return own ?? this.consensus.get(consensusKey(ticker, period, ""));
  }

  /** Forgets everything (before the store's book is loaded again). */
  clear(): void {
    this.consensus.clear();
    this.actuals.clear();
    this.guidance.clear();
  }

  setActual(ticker: string, period: string, value: number): void {
    this.actuals.set(key(ticker, period), value);
  }

  addGuidance(ticker: string, period: string, entry: GuidanceEntry): void {
    const k = key(ticker, period);
    const list = this.guidance.get(k);
    if (list) list.push(entry);
    else this.guidance.set(k, [entry]);
  }

  /** The latest earlier statement whose range differs from `range`, as its value. */
  priorGuidance(ticker: string, period: string, range: GuidanceRange): number | undefined {
    const list = this.guidance.get(key(ticker, period)) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = list[i] as GuidanceEntry;
      if (entry.low !== range.low || entry.high !== range.high) return guidanceValue(entry);
    }
    return undefined;
  }

  /** The previous fiscal year's actual: its FY figure, or the sum of its four quarters. */
  priorYearActual(ticker: string, period: string): number | undefined {
    const previous = previousFiscalYear(period);
    if (previous === null) return undefined;
    const fullYear = this.actuals.get(key(ticker, previous));
    if (fullYear !== undefined) return fullYear;
    const year = previous.slice(2);
    let sum = 0;
    for (const q of [1, 2, 3, 4]) {
      const quarter = this.actuals.get(key(ticker, `Q${q}-${year}`));
      if (quarter === undefined) return undefined;
      sum += quarter;
    }
    return sum;
  }

  baselines(ticker: string, period: string, range: GuidanceRange, tenant?: string): CapexBaselines {
    return {
      consensus: this.consensusFor(ticker, period, tenant)?.value,
      priorGuidance: this.priorGuidance(ticker, period, range),
      priorYearActual: this.priorYearActual(ticker, period),
    };
  }
}
