import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openReplayStore, replayIntoSink } from "../../../src/app/replay-session.js";
import { openStore } from "../../../src/store/open-store.js";
import { writeReplayFile } from "../../helpers/desk.js";
import { jsonLines, runCapwatch } from "../../helpers/run-cli.js";

const EXAMPLES = "tests/fixtures/replay-examples";

/** A fresh --store path, and a file declaring no watchlist: Microsoft's close, then its next day's fall. */
function msftFall(closeTs: string, nextTs: string): { storePath: string; file: string } {
  const storePath = join(mkdtempSync(join(tmpdir(), "capwatch-store-")), "store.db");
  const file = writeReplayFile([
    { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 },
    { type: "quote", ts: closeTs, ticker: "MSFT", price: 481.63, session: "regular" },
    { type: "quote", ts: nextTs, ticker: "MSFT", price: 440, session: "regular" },
  ]);
  return { storePath, file };
}

/** Compares by value: same keys, equal strings, numbers equal but for their last digits. */
function expectSameAlerts(got: Record<string, unknown>[], want: Record<string, unknown>[]): void {
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => {
    const g = got[i] as Record<string, unknown>;
    expect(Object.keys(g).sort()).toEqual(Object.keys(w).sort());
    for (const [k, v] of Object.entries(w)) {
      if (typeof v === "number") expect(Math.abs((g[k] as number) - v), k).toBeLessThanOrEqual(Math.max(1e-6 * Math.abs(v), 0.011));
      else expect(g[k]).toEqual(v);
    }
  });
}

describe("capwatch replay --json on the worked examples", () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".jsonl") && !f.endsWith(".expected.jsonl"));
  it.each(files)("GIVEN %s THEN exactly the expected alerts", async (file) => {
    const result = await runCapwatch(["replay", join(EXAMPLES, file), "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expectSameAlerts(jsonLines(result.stdout), jsonLines(readFileSync(join(EXAMPLES, file.replace(".jsonl", ".expected.jsonl")), "utf8")));
  });
});

describe("capwatch replay --json on the shared contract's own examples (../shared/data/replay-examples)", () => {
  const SHARED = "../shared/data/replay-examples";
  const files = existsSync(SHARED) ? readdirSync(SHARED).filter((f) => f.endsWith(".jsonl") && !f.endsWith(".expected.jsonl")) : [];
  it.skipIf(files.length === 0).each(files)("GIVEN %s THEN the expected alerts, by value (provenance, a documented addition, aside)", async (file) => {
    const result = await runCapwatch(["replay", join(SHARED, file), "--json"]);
    expect(result.code).toBe(0);
    const got = jsonLines(result.stdout).map(({ provenance: _p, ...rest }) => rest);
    expectSameAlerts(got, jsonLines(readFileSync(join(SHARED, file.replace(".jsonl", ".expected.jsonl")), "utf8")));
  });
});

describe("capwatch replay: the command itself", () => {
  it("GIVEN a file with a bad line THEN FILE:LINE: reason on stderr, the rest runs, exit 0", async () => {
    const file = writeReplayFile([{ type: "company", ticker: "MSFT", sharesOutstanding: 7.433e9 }, "[1,2]", { type: "quote", ts: "2026-01-28T21:00:00Z", ticker: "MSFT", price: 481.63 }, { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: 440 }]);
    const result = await runCapwatch(["replay", file, "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${file}:2: a line must be a JSON object\n`);
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it("GIVEN no --json THEN each alert reads as a channel would show it", async () => {
    const result = await runCapwatch(["replay", join(EXAMPLES, "msft-2026-01-29.jsonl")]);
    expect(result.stdout).toContain("[#markets] Thu, Jan 29, 2026, 09:30 ET · MARKET-CAP DROP · MSFT · level 2");
    expect(result.stdout).toContain("Microsoft (MSFT) lost $309.4B of market value (-8.64%) against the reference close.");
    expect(result.stdout).toContain("Market cap $3.13T, was $3.58T (estimated: price × 7.43B shares last reported).");
    expect(result.stdout).toContain("At $421.02 in the regular session.");
    expect(result.stdout).toContain("Level 3: 4 times your $100B threshold.");
  });

  it("GIVEN a ticker with no share count THEN its alert reads percentage-only: market cap unknown", async () => {
    const result = await runCapwatch(["replay", join(EXAMPLES, "no-share-count-2026.jsonl")]);
    expect(result.stdout).toContain("Acme Robotics (ACME) fell 7.00% against the reference close; market cap unknown.");
    expect(result.stdout).toContain("No share count known for ACME: the move is measured on the price alone.");
    expect(result.stdout).toContain("Level 2: twice your 5% threshold.");
  });

  it("GIVEN a store path that cannot be a file THEN a clear message and exit 2", async () => {
    const result = await runCapwatch(["replay", join(EXAMPLES, "msft-2026-01-29.jsonl"), "--store", "/etc/hostname/capwatch.db"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^capwatch replay: --store: cannot open the SQLite store at \/etc\/hostname\/capwatch\.db: /);
  });

  it("GIVEN a store that refuses the alerts THEN the store's failure is named (not 'cannot read FILE') and exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capwatch-refusing-"));
    const storePath = join(dir, "store.db");
    await (await openStore(storePath)).close();
    const sqlite = new Sqlite(storePath);
    sqlite.exec("CREATE TRIGGER refuse BEFORE INSERT ON alerts BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END;");
    sqlite.close();
    const file = join(EXAMPLES, "msft-2026-01-29.jsonl");
    const result = await runCapwatch(["replay", file, "--json", "--store", storePath]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/cannot read/);
    expect(result.stderr).toBe(`capwatch replay: the replay of ${file} stopped: disk quota exceeded\n`);
  });

  it("GIVEN a --store replay of a file that declares no watchlist THEN its alerts go to the default channel, and the store keeps no channel the file did not declare", async () => {
    const { storePath, file } = msftFall("2026-01-28T21:00:00Z", "2026-01-29T14:30:00Z");
    const result = await runCapwatch(["replay", file, "--json", "--store", storePath]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((a) => a.channel)).toEqual(["replay"]);
    const store = await openStore(storePath);
    expect((await store.loadEngineState()).watchlists).toEqual([]);
    await store.close();
  });

  it("GIVEN a --store replay THEN the store keeps the quote history charts are drawn from; a replay without one keeps none", async () => {
    const { storePath, file } = msftFall("2026-01-28T20:59:00Z", "2026-01-29T14:31:00Z");
    expect((await runCapwatch(["replay", file, "--json", "--store", storePath])).code).toBe(0);
    const store = await openStore(storePath);
    expect((await store.quoteDays("MSFT", "2026-01-28", "2026-01-29")).map((d) => [d.day, d.prices])).toEqual([
      ["2026-01-28", "191:481.63"],
      ["2026-01-29", "114:440"],
    ]);
    await store.close();
    const scratch = await openReplayStore(undefined);
    expect(scratch.quoteHistory).toBe(false);
    await replayIntoSink(file, scratch.store, { quoteHistory: scratch.quoteHistory, sink: () => ({ deliver: () => undefined }), onProblem: () => undefined });
    expect(await scratch.store.quoteDays("MSFT", "2026-01-28", "2026-01-29")).toEqual([]);
    await scratch.store.close();
    const kept = await openReplayStore(storePath);
    expect(kept.quoteHistory).toBe(true);
    await kept.store.close();
  });

  it("GIVEN a missing file THEN a clear message and exit 2", async () => {
    const result = await runCapwatch(["replay", "/nonexistent/file.jsonl"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/cannot read \/nonexistent\/file.jsonl \(ENOENT\)/);
  });

  it("GIVEN no file, two files, an unknown flag or a bad speed THEN usage and exit 2", async () => {
    for (const args of [["replay"], ["replay", "a", "b"], ["replay", "a", "--loud"], ["replay", "a", "--speed", "fast"]]) {
      const result = await runCapwatch(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/capwatch replay: /);
    }
  });

  it("GIVEN an unknown command THEN the usage and exit 2; help exits 0", async () => {
    expect(await runCapwatch(["replya"])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "replya"') });
    expect(await runCapwatch(["help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("replay FILE") });
  });
});

describe("capwatch replay of the bundled episode: alerts say what a reader needs", () => {
  it("GIVEN Amazon's after-hours fall THEN it says it followed the FY2026 guidance at 16:05 ET, gives the price and session and the level in words; --json is unchanged by it", async () => {
    const text = (await runCapwatch(["replay", "data/episode-2026.jsonl"])).stdout;
    const amzn = text.split("\n\n").find((block) => block.includes("17:00 ET · MARKET-CAP DROP · AMZN · level 2")) ?? "";
    expect(amzn.split("\n").slice(1)).toEqual([
      "  Amazon.com (AMZN) lost $273.8B of market value (-11.50%) against the reference close.",
      "  After guiding FY2026 capex $200B, +36.43% vs consensus, at 16:05 ET.",
      "  At $197.08 after hours.",
      "  Market cap $2.11T, was $2.38T (estimated: price × 10.69B shares last reported).",
      "  Level 2: twice your $100B threshold.",
    ]);
    const json = jsonLines((await runCapwatch(["replay", "data/episode-2026.jsonl", "--json"])).stdout);
    const record = json.find((a) => a.ticker === "AMZN" && a.kind === "mcap_drop" && a.level === 2);
    expect(Object.keys(record ?? {}).sort()).toEqual(["changePct", "changeUsd", "channel", "kind", "level", "marketCap", "referenceMarketCap", "ticker", "ts"]);
  });
});
