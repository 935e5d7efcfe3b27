// In-memory stand-ins for the store roles the engine's roles write to: each records its calls, so
// a role is tested on its own, without a database.
import type { AlertStore, AlertToRecord, CapexStore, MarketStore, QuoteHistoryStore, SettingsStore } from "../../src/store/store.js";
import type { Watchlist } from "../../src/alerts/types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import type { Thresholds } from "../../src/alerts/types.js";

export type Call = [method: string, ...args: unknown[]];

function recorder<T extends object>(calls: Call[], methods: Array<keyof T>, results: Partial<Record<keyof T, unknown>> = {}): T {
  const fake = {} as Record<string, unknown>;
  for (const m of methods) fake[m as string] = async (...args: unknown[]) => (calls.push([m as string, ...args]), results[m]);
  return fake as T;
}

export const settingsStore = (calls: Call[]): SettingsStore => recorder<SettingsStore>(calls, ["saveWatchlist", "saveMute", "deleteMute", "saveQuietHours"]);

export const marketStore = (calls: Call[]): MarketStore & QuoteHistoryStore =>
  recorder<MarketStore & QuoteHistoryStore>(calls, ["saveCompany", "saveMarketState", "saveEarningsSchedule", "saveEarningsResult", "earningsResultsFor", "saveQuoteDays", "quoteDays"], { earningsResultsFor: [], quoteDays: [] });

export const capexStore = (calls: Call[]): CapexStore =>
  recorder<CapexStore>(calls, ["saveConsensus", "saveCapexActual", "appendGuidance", "guidanceFor", "capexActualsFor", "consensusFor"], { guidanceFor: [], capexActualsFor: [], consensusFor: [] });

/** An alert store that keeps what it was given. */
export function alertStore(): AlertStore & { recorded: AlertToRecord[] } {
  const recorded: AlertToRecord[] = [];
  return {
    recorded,
    recordAlerts: async (alerts) => void recorded.push(...alerts),
    recentAlerts: async () => [],
  };
}

export function watchlist(channel: string, tickers: string[] | "*", thresholds: Partial<Thresholds> = {}, kinds = DEFAULT_KINDS): Watchlist {
  return {
    channel,
    platform: "terminal",
    tickers: tickers === "*" ? "*" : new Set(tickers),
    thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds },
    kinds: new Set(kinds),
    options: {},
  };
}

export const audit = { at: "2026-01-29T12:00:00Z", channel: "#desk", userId: "U1", action: "test", details: {} };
