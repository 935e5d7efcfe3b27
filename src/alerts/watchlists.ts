// The channels and what each watches, indexed by ticker for the per-quote hot path.
import type { AlertKind } from "./types.js";
import type { WatchlistRecord } from "./store-roles.js";
import type { Watchlist } from "./types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "./types.js";

export function watchlistFromRecord(record: WatchlistRecord): Watchlist {
  return {
    channel: record.channel,
    platform: record.platform ?? "terminal",
    workspace: record.workspace,
    tickers: record.tickers === "*" ? "*" : new Set(record.tickers),
    // A watchlist stored before a threshold existed (the drawdown's) takes that one's default.
    thresholds: { ...DEFAULT_THRESHOLDS, ...record.thresholds },
    kinds: new Set(record.kinds),
    options: { ...record.options },
  };
}

/** A watchlist line's record: given thresholds merged onto the defaults, kinds defaulted. */
export function watchlistRecordFromLine(line: {
  channel: string;
  tickers: string[] | "*";
  thresholds?: Partial<WatchlistRecord["thresholds"]>;
  kinds?: AlertKind[];
}): WatchlistRecord {
  return {
    channel: line.channel,
    tickers: line.tickers === "*" ? "*" : [...new Set(line.tickers)],
    thresholds: { ...DEFAULT_THRESHOLDS, ...line.thresholds },
    kinds: line.kinds ? [...new Set(line.kinds)] : [...DEFAULT_KINDS],
  };
}

/** The channels that watch one ticker for one market-cap kind, with their lowest thresholds. */
export interface McapRoute {
  watchlists: readonly Watchlist[];
  /** A move under both is under every channel's threshold: the hot path stops there. */
  minPct: number;
  minUsd: number;
}

const NO_ROUTE: McapRoute = { watchlists: [], minPct: Infinity, minUsd: Infinity };

export class WatchlistRegistry {
  /** Insertion order is declaration order; replacing a channel keeps its place. */
  private readonly byChannel = new Map<string, Watchlist>();
  private byTicker = new Map<string, Watchlist[]>();
  private everyTicker: Watchlist[] = [];
  private stale = false;
  /** Goes up with every change, so callers can cache routes and know when they are old. */
  version = 0;

  set(watchlist: Watchlist): void {
    this.byChannel.set(watchlist.channel, watchlist);
    this.stale = true; // rebuilt on the next lookup: a file of 50 watchlist lines indexes once
    this.version++;
  }

  get(channel: string): Watchlist | undefined {
    return this.byChannel.get(channel);
  }

  all(): Watchlist[] {
    return [...this.byChannel.values()];
  }

  /** The watchlists that watch `ticker` (for any kind), in declaration order. */
  forTicker(ticker: string): readonly Watchlist[] {
    if (this.stale) this.reindex();
    return this.byTicker.get(ticker) ?? this.everyTicker;
  }

  /** The channels watching `ticker` for `kind`, with their lowest thresholds (callers cache it by `version`). */
  mcapRoute(ticker: string, kind: "mcap_drop" | "mcap_gain"): McapRoute {
    return this.buildRoute(ticker, kind);
  }

  private buildRoute(ticker: string, kind: "mcap_drop" | "mcap_gain"): McapRoute {
    const watchlists = this.forTicker(ticker).filter((w) => w.kinds.has(kind) && (w.tickers === "*" || w.tickers.has(ticker)));
    if (watchlists.length === 0) return NO_ROUTE;
    return {
      watchlists,
      minPct: Math.min(...watchlists.map((w) => w.thresholds.mcapDropPct)),
      minUsd: Math.min(...watchlists.map((w) => w.thresholds.mcapDropUsd)),
    };
  }

  private reindex(): void {
    this.stale = false;
    const all = this.all();
    this.everyTicker = all.filter((w) => w.tickers === "*");
    const byTicker = new Map<string, Watchlist[]>();
    for (const w of all) {
      if (w.tickers === "*") continue;
      for (const t of w.tickers) if (!byTicker.has(t)) byTicker.set(t, []);
    }
    for (const [ticker, list] of byTicker) {
      for (const w of all) if (w.tickers === "*" || w.tickers.has(ticker)) list.push(w);
    }
    this.byTicker = byTicker;
  }
}
