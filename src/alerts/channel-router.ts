// Routing: which channels watch what, with which thresholds, and what each channel muted. A
// settings change (watchlist, thresholds, kinds, mute) goes through here: stored, then in force.
import type { AlertKind } from "./types.js";
import type { AuditEntry, EngineSnapshot, SettingsStore, WatchlistRecord } from "./store-roles.js";
import type { Watchlist } from "./types.js";
import { watches } from "./types.js";
import { WatchlistRegistry, watchlistFromRecord, type McapRoute } from "./watchlists.js";
import type { QuietWindow } from "./quiet-hours.js";

const pairId = (channel: string, key: string) => `${channel}\u0000${key}`;

/** The channels' settings as commands read and change them. */
export interface ChannelSettings {
  /** Every channel with a watchlist, in declaration order. */
  channels(): string[];
  watchlistOf(channel: string): Watchlist | undefined;
  /** The channel's mutes still in force at `atMs`, by ticker. */
  mutesOf(channel: string, atMs: number): Array<{ ticker: string; until: number }>;
  /** With `audit`, the change and its audit entry commit together. */
  setWatchlist(record: WatchlistRecord, audit?: AuditEntry): Promise<void>;
  /** A watchlist in force for this run only, never stored (a replay's default channel). */
  watchForThisRun(record: WatchlistRecord): void;
  /** Alerts for `ticker` in `channel` before `untilMs` are kept in history, not posted. */
  mute(channel: string, ticker: string, untilMs: number, audit: AuditEntry): Promise<void>;
  unmute(channel: string, ticker: string, audit: AuditEntry): Promise<void>;
  /** The channel's quiet hours, if it has them. */
  quietHoursOf(channel: string): QuietWindow | undefined;
  /** Sets (or, with undefined, ends) the channel's quiet hours; ending them releases what they hold. */
  setQuietHours(channel: string, window: QuietWindow | undefined, audit: AuditEntry): Promise<void>;
}

export class ChannelRouter implements ChannelSettings {
  private readonly watchlists = new WatchlistRegistry();
  /** channel + ticker → the time the mute ends. */
  private readonly mutes = new Map<string, number>();
  /** `replay --recap`: every channel gets the daily recap in this run, whatever it opted into. */
  recapEverywhere = false;
  private readonly quiet = new Map<string, QuietWindow>();

  constructor(private readonly store: SettingsStore) {}

  load(snapshot: Pick<EngineSnapshot, "watchlists" | "mutes" | "quietHours">): void {
    for (const w of snapshot.watchlists) this.watchlists.set(watchlistFromRecord(w));
    for (const m of snapshot.mutes) this.mutes.set(pairId(m.channel, m.ticker), Date.parse(m.until));
    for (const q of snapshot.quietHours ?? []) this.quiet.set(q.channel, { startMinute: q.startMinute, endMinute: q.endMinute });
  }

  /** The settings as the store holds them now: a mute lifted elsewhere is gone here too. */
  reload(snapshot: Pick<EngineSnapshot, "watchlists" | "mutes" | "quietHours">): void {
    this.mutes.clear();
    this.quiet.clear();
    this.load(snapshot);
  }

  async setWatchlist(record: WatchlistRecord, audit?: AuditEntry): Promise<void> {
    await this.store.saveWatchlist(record, audit);
    this.watchlists.set(watchlistFromRecord(record));
  }

  /**
   * A watchlist in force for this run only, never stored: a replay's default channel (a file that
   * declares no watchlist) must not be left behind in a `--store` store.
   */
  watchForThisRun(record: WatchlistRecord): void {
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

  quietHoursOf(channel: string): QuietWindow | undefined {
    return this.quiet.get(channel);
  }

  async setQuietHours(channel: string, window: QuietWindow | undefined, audit: AuditEntry): Promise<void> {
    await this.store.saveQuietHours(channel, window === undefined ? undefined : { channel, ...window }, audit);
    if (window === undefined) this.quiet.delete(channel);
    else this.quiet.set(channel, window);
  }

  /** The time `channel`'s mute of `ticker` ends, if it ever muted it. */
  muteUntil(channel: string, ticker: string): number | undefined {
    return this.mutes.get(pairId(channel, ticker));
  }

  mutesOf(channel: string, atMs: number): Array<{ ticker: string; until: number }> {
    const prefix = pairId(channel, "");
    return [...this.mutes]
      .filter(([id, until]) => id.startsWith(prefix) && until > atMs)
      .map(([id, until]) => ({ ticker: id.slice(prefix.length), until }))
      .sort((a, b) => (a.ticker < b.ticker ? -1 : 1));
  }

  /** Whether any channel gets the daily recap (O(1): asked as a replay's events pass). */
  recapsWanted(): boolean {
    if (this.recapEverywhere) return true;
    if (this.recapVersion !== this.watchlists.version) {
      this.recapVersion = this.watchlists.version;
      this.anyRecap = this.all().some((w) => w.options.recap === true);
    }
    return this.anyRecap;
  }

  private recapVersion = -1;
  private anyRecap = false;

  /** Goes up with every watchlist change, so routes cached by callers know when they are old. */
  get version(): number {
    return this.watchlists.version;
  }

  all(): Watchlist[] {
    return this.watchlists.all();
  }

  channels(): string[] {
    return this.all().map((w) => w.channel);
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
}
