import { describe, expect, it } from "vitest";
import { ChannelRouter } from "../../src/alerts/channel-router.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import type { WatchlistRecord } from "../../src/store/store.js";
import { audit, settingsStore, type Call } from "../helpers/store-role-fakes.js";

const record = (channel: string, tickers: string[] | "*", mcapDropPct = 5, mcapDropUsd = 100e9, kinds = [...DEFAULT_KINDS]): WatchlistRecord => ({
  channel,
  tickers,
  thresholds: { ...DEFAULT_THRESHOLDS, mcapDropPct, mcapDropUsd },
  kinds,
});

describe("routing (ChannelRouter), on its own", () => {
  it("GIVEN channels with their own thresholds THEN a ticker's route lists its watchers in declaration order with the lowest thresholds", async () => {
    const router = new ChannelRouter(settingsStore([]));
    await router.setWatchlist(record("#loud", ["MSFT"], 2, 50e9));
    await router.setWatchlist(record("#all", "*", 8, 300e9));
    await router.setWatchlist(record("#nvda", ["NVDA"], 1, 10e9));
    const route = router.mcapRoute("MSFT", "mcap_drop");
    expect(route.watchlists.map((w) => w.channel)).toEqual(["#loud", "#all"]);
    expect([route.minPct, route.minUsd]).toEqual([2, 50e9]);
    expect(router.mcapRoute("AAPL", "mcap_drop").watchlists.map((w) => w.channel)).toEqual(["#all"]);
  });

  it("GIVEN a channel without a kind THEN it is not routed that kind (mcap_gain is off by default)", async () => {
    const router = new ChannelRouter(settingsStore([]));
    await router.setWatchlist(record("#a", ["MSFT"]));
    await router.setWatchlist(record("#b", ["MSFT"], 5, 100e9, ["mcap_gain", "capex_guidance"]));
    expect(router.mcapRoute("MSFT", "mcap_gain").watchlists.map((w) => w.channel)).toEqual(["#b"]);
    expect(router.watching("MSFT", "capex_actual").map((w) => w.channel)).toEqual(["#a"]);
    expect(router.watching("MSFT", "capex_guidance").map((w) => w.channel)).toEqual(["#a", "#b"]);
  });

  it("GIVEN a settings change THEN it is saved with its audit entry, takes effect, and moves the routing version", async () => {
    const calls: Call[] = [];
    const router = new ChannelRouter(settingsStore(calls));
    await router.setWatchlist(record("#a", ["MSFT"]));
    const before = router.version;
    const changed = record("#a", ["MSFT", "NVDA"]);
    await router.setWatchlist(changed, audit);
    expect(calls.at(-1)).toEqual(["saveWatchlist", changed, audit]);
    expect(router.version).toBeGreaterThan(before);
    expect(router.watching("NVDA", "mcap_drop").map((w) => w.channel)).toEqual(["#a"]);
    expect(router.channels()).toEqual(["#a"]);
  });

  it("GIVEN the store refuses a change THEN the change is not in force", async () => {
    const router = new ChannelRouter({ ...settingsStore([]), saveWatchlist: async () => Promise.reject(new Error("disk full")) });
    await expect(router.setWatchlist(record("#a", ["MSFT"]))).rejects.toThrow("disk full");
    expect(router.watchlistOf("#a")).toBeUndefined();
  });

  it("GIVEN a mute THEN it is in force until its end, listed while in force, and gone after unmute", async () => {
    const calls: Call[] = [];
    const router = new ChannelRouter(settingsStore(calls));
    const until = Date.parse("2026-01-30T00:00:00Z");
    await router.mute("#a", "MSFT", until, audit);
    expect(calls[0]).toEqual(["saveMute", { channel: "#a", ticker: "MSFT", until: "2026-01-30T00:00:00.000Z" }, audit]);
    expect(router.muteUntil("#a", "MSFT")).toBe(until);
    expect(router.mutesOf("#a", until - 1)).toEqual([{ ticker: "MSFT", until }]);
    expect(router.mutesOf("#a", until)).toEqual([]);
    expect(router.mutesOf("#b", 0)).toEqual([]);
    await router.unmute("#a", "MSFT", audit);
    expect(router.muteUntil("#a", "MSFT")).toBeUndefined();
  });

  it("GIVEN a snapshot THEN watchlists and mutes come back as they were", () => {
    const router = new ChannelRouter(settingsStore([]));
    router.load({ watchlists: [record("#a", ["MSFT"]), record("#b", "*")], mutes: [{ channel: "#a", ticker: "MSFT", until: "2026-01-30T00:00:00Z" }] });
    expect(router.channels()).toEqual(["#a", "#b"]);
    expect(router.muteUntil("#a", "MSFT")).toBe(Date.parse("2026-01-30T00:00:00Z"));
  });
});
