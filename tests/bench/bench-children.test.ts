// The bench's measured children (floor and replay) load what they measure and nothing else: the
// load bench's chat platforms, PostgreSQL client and fakes, the news bench's HTTP stack and the
// chart libraries are imported by their own sections only. Loaded into every child, they added
// about 100 MB to the replays' peak RSS (alert_heavy 393 MB, watchlists_1000 336 MB on Dec 6)
// and CPU seconds to both sides of the floor ratio; this holds that without timing anything.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EPISODE } from "../helpers/desk.js";

/** Packages a replay or floor child has no use for (each belongs to another bench section or to live mode). */
const NOT_IN_A_CHILD = ["discord.js", "@slack/bolt", "@slack/web-api", "pg", "undici", "axios", "yahoo-finance2", "@napi-rs/canvas", "chart.js", "express", "ws"];

const dir = mkdtempSync(join(tmpdir(), "capwatch-bench-child-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages a bench child loaded (CommonJS module cache at exit: ESM entry points of CJS packages land there too). */
function packagesLoadedBy(mode: "floor" | "replay"): string[] {
  const out = join(dir, `${mode}.json`);
  const preload = join(dir, "list-packages.cjs");
  writeFileSync(
    preload,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const run = spawnSync(process.execPath, ["--require", preload, "dist/bench.js", "--child", mode, "--file", EPISODE], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const paths = JSON.parse(readFileSync(out, "utf8")) as string[];
  const names = paths.flatMap((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? []);
  return [...new Set(names)].sort();
}

describe("the bench's measured children", () => {
  it("GIVEN the replay child on the bundled episode THEN it loads no chat platform, database client, HTTP stack or chart library", () => {
    const loaded = packagesLoadedBy("replay");
    expect(loaded).toContain("better-sqlite3"); // the child did replay into its scratch store
    expect(loaded.filter((p) => NOT_IN_A_CHILD.includes(p))).toEqual([]);
  });

  it("GIVEN the floor child THEN it loads none of them either", () => {
    expect(packagesLoadedBy("floor").filter((p) => NOT_IN_A_CHILD.includes(p))).toEqual([]);
  });
});
