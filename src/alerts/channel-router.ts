// The channels' side of the engine: who watches what, what each channel was already told
// (dedupe marks), what it muted, and the writer that records alerts before delivery.
import type { AlertKind } from "./types.js";
import type { AlertToRecord, AuditEntry, EngineSnapshot, Store, WatchlistRecord } from "../store/store.js";
import { AlertWriter, type AlertsListener } from "./alert-writer.js";
import type { Alert, Watchlist } from "./types.js";
import { watches } from "./types.js";
import { WatchlistRegistry, watchlistFromRecord, type McapRoute } from "./watchlists.js";

const pairId = (channel: string, key: string) => `${channel}\u0000${key}`;

export class ChannelRouter {
  private readonly watchlists = new WatchlistRegistry();
  /** channel → dedupe key → the highest value raised; nested so a lookup builds no string. */
  private readonly fired = new Map<string, Map<string, number>>();
  /** channel + ticker → the time the mute ends. */
  private readonly mutes = new Map<string, number>();
  private readonly writer: AlertWriter;

  constructor(private readonly store: Store) {
    this.writer = new AlertWriter(store);
  }

  load(snapshot: Pick<EngineSnapshot, "watchlists" | "dedupe" | "mutes">): void {
    for (const w of snapshot.watchlists) this.watchlists.set(watchlistFromRecord(w));
    for (const d of snapshot.dedupe) this.firedIn(d.channel).set(d.key, d.value);
    for (const m of snapshot.mutes) this.mutes.set(pairId(m.channel, m.ticker), Date.parse(m.until));
  }

  onRecorded(listener: AlertsListener): void {
    this.writer.onRecorded(listener);
  }

  async setWatchlist(record: WatchlistRecord, audit?: AuditEntry): Promise<void> {
    await this.store.saveWatchlist(record, audit);
    this.watchlists.set(watchlistFromRecord(record));
  }

  async mute(channel: string, ticker: string, untilMs: number, audit: AuditEntry): Promise<void> {
    await this.store.saveMute({ channel, ticker, until: new Date(untilMs).toISOString() }, audit);
    this.mutes.set(pairId(channel, ticker), untilMs);
  }

  async unmute(channel: string, ticker: string, audit: AuditEntry): Promise<void> {
    await this.store.deleteMute(channel, ticker, audit);
    this.mutes.delete(pairId(channel, ticker));
  }

  /** The channel's mutes still in force at `atMs`. */
  mutesOf(channel: string, atMs: number): Array<{ ticker: string; until: number }> {
    const prefix = pairId(channel, "");
    return [...this.mutes]
      .filter(([id, until]) => id.startsWith(prefix) && until > atMs)
      .map(([id, until]) => ({ ticker: id.slice(prefix.length), until }))
      .sort((a, b) => (a.ticker < b.ticker ? -1 : 1));
  }

  get version(): number {
    return this.watchlists.version;
  }

  all(): Watchlist[] {
    return this.watchlists.all();
  }

  watchlistOf(channel: string): Watchlist | undefined {
    return this.watchlists.get(channel);
  }

  mcapRoute(ticker: string, kind: "mcap_drop" | "mcap_gain"): McapRoute {
    return this.watchlists.mcapRoute(ticker, kind);
  }

  /** The watchlists that watch `ticker` for `kind`, in declaration order. */
  watching(ticker: string, kind: AlertKind): Watchlist[] {
    return this.watchlists.forTicker(ticker).filter((w) => watches(w, ticker, kind));
  }

  /** The highest value already raised in `channel` under `key` (0 when none). */
  firedLevel(channel: string, key: string): number {
    return this.fired.get(channel)?.get(key) ?? 0;
  }

  private firedIn(channel: string): Map<string, number> {
    let byKey = this.fired.get(channel);
    if (byKey === undefined) this.fired.set(channel, (byKey = new Map()));
    return byKey;
  }

  /** Adds an alert unless the channel already had it (or a higher level of it); muted ones go to history only. */
  raise(out: AlertToRecord[], w: Watchlist, key: string, value: number, alert: Alert): void {
    const byKey = this.firedIn(w.channel);
    if ((byKey.get(key) ?? 0) >= value) return;
    byKey.set(key, value);
    const until = "ticker" in alert ? this.mutes.get(pairId(w.channel, alert.ticker)) : undefined;
    const muted = until !== undefined && Date.parse(alert.ts) < until;
    out.push({ alert, dedupe: { channel: w.channel, key, value }, muted, platform: w.platform });
  }

  write(alerts: AlertToRecord[] | undefined): Promise<void> | undefined {
    return this.writer.write(alerts);
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}
