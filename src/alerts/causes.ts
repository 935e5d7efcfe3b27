// Cause and effect: the latest capex-guidance or earnings-result alert each channel got for a
// ticker, so a market-cap alert in the same episode can say what it followed ("after guiding
// FY2026 capex $200B, +36.43% vs consensus, at 16:05 ET"). Pure: no store, no clock. Each cause
// is also recorded with its alert (AlertToRecord.cause, the store's alert_causes) and loaded back
// at start-up, so a restarted engine still links a move to the guidance it followed.
import { easternDate } from "../market/eastern-time.js";
import type { Alert, CauseAlert } from "./types.js";

const pairId = (channel: string, ticker: string) => `${channel}\u0000${ticker}`;

export class Causes {
  private readonly latest = new Map<string, CauseAlert>();

  /** Remembers `alert` when it is a cause (capex guidance or an earnings result); returns what it keeps. */
  note(alert: Alert): CauseAlert | undefined {
    const cause = causeFigures(alert);
    if (cause !== undefined) this.latest.set(pairId(cause.channel, cause.ticker), cause);
    return cause;
  }

  /** The causes a store kept (the latest per channel and ticker), in place of what is remembered. */
  load(causes: readonly CauseAlert[]): void {
    this.latest.clear();
    for (const cause of causes) this.latest.set(pairId(cause.channel, cause.ticker), cause);
  }

  /**
   * The cause of a move in `channel` for `ticker` whose episode is the trading day `referenceDay`:
   * the latest cause raised on or after that day (US/Eastern), before `atMs`; else undefined.
   */
  causeOf(channel: string, ticker: string, referenceDay: string, atMs: number): CauseAlert | undefined {
    const cause = this.latest.get(pairId(channel, ticker));
    if (cause === undefined) return undefined;
    const at = Date.parse(cause.ts);
    return at <= atMs && easternDate(at) >= referenceDay ? cause : undefined;
  }
}

/** A cause alert's figures (the quoted sentence and provenance stay with its own alert), or undefined. */
export function causeFigures(alert: Alert): CauseAlert | undefined {
  if (alert.kind !== "capex_guidance" && alert.kind !== "earnings_result") return undefined;
  const { sentence: _s, provenance: _p, ...figures } = alert as Alert & { sentence?: string; provenance?: unknown };
  return figures as CauseAlert;
}

/** The key under which a cause alert's platform message is kept (its thread's parent), or undefined. */
export function threadKeyOf(alert: Alert | CauseAlert): string | undefined {
  return alert.kind === "capex_guidance" || alert.kind === "earnings_result" ? `${alert.kind}|${alert.ticker}|${alert.ts}` : undefined;
}

/** The thread a market-cap alert replies in: its cause's, where it followed one. */
export function replyKeyOf(alert: Alert): string | undefined {
  return (alert.kind === "mcap_drop" || alert.kind === "mcap_gain") && alert.after !== undefined ? threadKeyOf(alert.after) : undefined;
}
