// Which sources have had no fresh data for too long: reported once when they go stale, and once
// when they recover.

export interface SourceHealth {
  source: string;
  lastSuccessMs?: number;
  lastError?: string;
  stale: boolean;
}

export class StalenessTracker {
  private readonly health = new Map<string, SourceHealth>();
  private readonly startedAt: number;

  constructor(
    private readonly log: (line: string) => void,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
  }

  succeeded(source: string): void {
    const h = this.entry(source);
    if (h.stale) this.log(`${source}: fresh data again${h.lastError === undefined ? "" : ` (after: ${h.lastError})`}`);
    h.stale = false;
    h.lastSuccessMs = this.now();
    h.lastError = undefined;
  }

  failed(source: string, error: string): void {
    this.entry(source).lastError = error;
  }

  /** Marks `source` stale when nothing fresh came for `maxAgeMs`; logs only on the change. */
  check(source: string, maxAgeMs: number): void {
    const h = this.entry(source);
    const since = h.lastSuccessMs ?? this.startedAt;
    if (h.stale || this.now() - since <= maxAgeMs) return;
    h.stale = true;
    const age = Math.round((this.now() - since) / 1000);
    this.log(`${source}: stale: no fresh data for ${age} s${h.lastError === undefined ? "" : `; last error: ${h.lastError}`}`);
  }

  all(): SourceHealth[] {
    return [...this.health.values()].map((h) => ({ ...h }));
  }

  private entry(source: string): SourceHealth {
    let h = this.health.get(source);
    if (h === undefined) this.health.set(source, (h = { source, stale: false }));
    return h;
  }
}

/** "finnhub fresh 12 s ago · sec stale (no fresh data for 900 s; last error: …)". */
export function describeHealth(health: SourceHealth[], nowMs: number): string {
  if (health.length === 0) return "live: no source has answered yet";
  return health
    .map((h) => {
      const age = h.lastSuccessMs === undefined ? undefined : Math.round((nowMs - h.lastSuccessMs) / 1000);
      if (h.stale) return `${h.source} STALE (${age === undefined ? "no data yet" : `last fresh ${age} s ago`}${h.lastError ? `; last error: ${h.lastError}` : ""})`;
      return age === undefined ? `${h.source} waiting for its first answer` : `${h.source} fresh ${age} s ago`;
    })
    .join(" · ");
}
