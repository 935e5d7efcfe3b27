import { describe, expect, it } from "vitest";
import { AlertRaiser } from "../../src/alerts/alert-raiser.js";
import { Episodes } from "../../src/alerts/episodes.js";
import type { Alert } from "../../src/alerts/types.js";
import type { AlertToRecord } from "../../src/store/store.js";
import { alertStore, watchlist } from "../helpers/store-role-fakes.js";

const drop = (channel: string, ts: string, level = 1): Alert => ({ channel, kind: "mcap_drop", ticker: "MSFT", ts, level, marketCap: 3.2e12, referenceMarketCap: 3.5e12, changeUsd: -3e11, changePct: -8.57 });

describe("raising alerts (AlertRaiser): once per episode, muted ones to history only, recorded before listeners hear", () => {
  it("GIVEN the same key twice at one level THEN one alert, with its dedupe mark and the channel's platform", () => {
    const raiser = new AlertRaiser(new Episodes(), { muteUntil: () => undefined }, alertStore());
    const out: AlertToRecord[] = [];
    const w = { ...watchlist("C1", ["MSFT"]), platform: "slack" as const };
    raiser.raise(out, w, "k", 1, drop("C1", "2026-01-29T15:00:00Z"));
    raiser.raise(out, w, "k", 1, drop("C1", "2026-01-29T15:01:00Z"));
    expect(out).toEqual([{ alert: drop("C1", "2026-01-29T15:00:00Z"), dedupe: { channel: "C1", key: "k", value: 1 }, muted: false, platform: "slack" }]);
    expect(raiser.firedLevel("C1", "k")).toBe(1);
  });

  it("GIVEN a mute ending at 16:00 THEN an alert at 15:00 is muted and one at 16:00 is not", () => {
    const until = Date.parse("2026-01-29T16:00:00Z");
    const raiser = new AlertRaiser(new Episodes(), { muteUntil: (c, t) => (c === "#a" && t === "MSFT" ? until : undefined) }, alertStore());
    const out: AlertToRecord[] = [];
    raiser.raise(out, watchlist("#a", ["MSFT"]), "k1", 1, drop("#a", "2026-01-29T15:00:00Z"));
    raiser.raise(out, watchlist("#a", ["MSFT"]), "k2", 1, drop("#a", "2026-01-29T16:00:00Z"));
    expect(out.map((a) => a.muted)).toEqual([true, false]);
  });

  it("GIVEN alerts written THEN the store has them before the listener runs, and flush waits for both", async () => {
    const store = alertStore();
    const raiser = new AlertRaiser(new Episodes(), { muteUntil: () => undefined }, store);
    const seen: number[] = [];
    raiser.onRecorded((alerts) => void seen.push(store.recorded.length, alerts.length));
    const out: AlertToRecord[] = [];
    raiser.raise(out, watchlist("#a", ["MSFT"]), "k", 1, drop("#a", "2026-01-29T15:00:00Z"));
    expect(raiser.write([])).toBeUndefined();
    void raiser.write(out);
    await raiser.flush();
    expect(seen).toEqual([1, 1]);
  });
});
