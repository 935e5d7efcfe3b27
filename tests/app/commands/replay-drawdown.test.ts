import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReplayFile } from "../../helpers/desk.js";
import { jsonLines, runCapwatch } from "../../helpers/run-cli.js";

const SHARES = 7.433e9;
const close = (day: string, price: number) => ({ type: "quote", ts: `${day}T20:00:00Z`, ticker: "MSFT", price });

/** Microsoft slides from a $500 close on Jan 20 2026: -12 % by Jan 27, -21 % by Jan 28. */
const SLIDE = [
  { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: SHARES },
  close("2026-01-20", 500),
  close("2026-01-21", 490),
  close("2026-01-22", 480),
  close("2026-01-23", 470),
  close("2026-01-26", 460),
  close("2026-01-27", 440),
  { type: "quote", ts: "2026-01-27T20:30:00Z", ticker: "MSFT", price: 445, session: "post" },
  close("2026-01-28", 395),
  { type: "quote", ts: "2026-01-28T20:10:00Z", ticker: "MSFT", price: 420 },
];

describe("capwatch replay --json with mcap_drawdown enabled on a channel", () => {
  it("GIVEN #dd enables mcap_drawdown (10 days, 10 %, $1T) THEN level 1 at -12 % and level 2 at -21 % from the Jan 20 peak, keyed like the mcap alerts", async () => {
    const file = writeReplayFile([
      { type: "watchlist", channel: "#dd", tickers: ["MSFT"], kinds: ["mcap_drawdown"], thresholds: { drawdownPct: 10, drawdownUsd: 1e12, drawdownDays: 10 } },
      { type: "watchlist", channel: "#markets", tickers: ["MSFT"] },
      ...SLIDE,
    ]);
    const result = await runCapwatch(["replay", file, "--json"]);
    expect(result.stderr).toBe("");
    const alerts = jsonLines(result.stdout);
    const drawdowns = alerts.filter((a) => a.kind === "mcap_drawdown");
    expect(drawdowns.map((a) => a.channel)).toEqual(["#dd", "#dd"]);
    expect(drawdowns[0]).toEqual({
      channel: "#dd",
      kind: "mcap_drawdown",
      ticker: "MSFT",
      ts: "2026-01-27T20:00:00.000Z",
      level: 1,
      marketCap: 440 * SHARES,
      referenceMarketCap: 500 * SHARES,
      changeUsd: 440 * SHARES - 500 * SHARES,
      changePct: -12,
      peakDate: "2026-01-20",
      days: 10,
    });
    expect(drawdowns[1]).toMatchObject({ ts: "2026-01-28T20:00:00.000Z", level: 2, changePct: -21, peakDate: "2026-01-20" });
    // #dd gets nothing else; #markets (default kinds) gets its drops but never a drawdown.
    expect(alerts.filter((a) => a.channel === "#dd")).toHaveLength(2);
    expect(alerts.filter((a) => a.channel === "#markets").every((a) => a.kind !== "mcap_drawdown")).toBe(true);
  });

  it("GIVEN the text output with the default $200B THEN the drawdown reads through its view", async () => {
    const file = writeReplayFile([{ type: "watchlist", channel: "#dd", tickers: ["MSFT"], kinds: ["mcap_drawdown"], thresholds: { drawdownDays: 10 } }, ...SLIDE]);
    const result = await runCapwatch(["replay", file]);
    expect(result.stdout).toContain("[#dd] Fri, Jan 23, 2026, 15:00 ET · DRAWDOWN · MSFT · level 1");
    expect(result.stdout).toContain("Microsoft (MSFT) is $223B of market value (-6.00%) below the 10-trading-day high close of Tue, Jan 20.");
    expect(result.stdout).toContain("Market cap $3.27T, peak $3.72T on Tue, Jan 20.");
  });

  it("GIVEN no watchlist (the default channel) THEN no drawdown alert: the kind is off by default", async () => {
    const result = await runCapwatch(["replay", writeReplayFile(SLIDE), "--json"]);
    expect(jsonLines(result.stdout).some((a) => a.kind === "mcap_drawdown")).toBe(false);
  });

  it("GIVEN drawdownDays outside 2–250 THEN the watchlist line is refused with the range", async () => {
    const file = writeReplayFile([{ type: "watchlist", channel: "#dd", tickers: ["MSFT"], kinds: ["mcap_drawdown"], thresholds: { drawdownDays: 1 } }, ...SLIDE]);
    const result = await runCapwatch(["replay", file, "--json"]);
    expect(result.stderr).toMatch(/:1: .*drawdownDays.*at least 2/);
  });

  it("GIVEN the shared replay examples THEN they still give exactly their expected alerts (no drawdown among them)", async () => {
    const dir = "../shared/data/replay-examples";
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl") && !f.endsWith(".expected.jsonl"))) {
      const got = jsonLines((await runCapwatch(["replay", join(dir, file), "--json"])).stdout);
      const want = jsonLines(readFileSync(join(dir, file.replace(".jsonl", ".expected.jsonl")), "utf8"));
      expect(got.map((a) => [a.channel, a.kind, a.ts])).toEqual(want.map((a) => [a.channel, a.kind, a.ts]));
    }
  });
});
