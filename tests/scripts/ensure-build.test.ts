// `npm start` rebuilds dist/ only when something it is built from is newer than the last build.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { needsBuild } from "../../scripts/ensure-build.mjs";

describe("the stale-build check before npm start", () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "capwatch-build-"));
    mkdirSync(join(root, "src/alerts"), { recursive: true });
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "src/alerts/engine.ts"), "");
    writeFileSync(join(root, "package.json"), "{}");
    for (const path of ["src/alerts/engine.ts", "src/alerts", "src", "package.json"]) at(path, 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("GIVEN no finished build THEN it builds", () => {
    expect(needsBuild(root)).toBe(true);
  });

  it("GIVEN a build after every source change THEN it does not rebuild", () => {
    writeFileSync(join(root, "dist/.build-stamp"), "");
    at("dist/.build-stamp", 2_000);
    expect(needsBuild(root)).toBe(false);
  });

  it("GIVEN a source file edited after the build THEN it rebuilds", () => {
    writeFileSync(join(root, "dist/.build-stamp"), "");
    at("dist/.build-stamp", 2_000);
    at("src/alerts/engine.ts", 3_000);
    expect(needsBuild(root)).toBe(true);
  });

  it("GIVEN a source file deleted after the build (its folder changed) THEN it rebuilds", () => {
    writeFileSync(join(root, "dist/.build-stamp"), "");
    at("dist/.build-stamp", 2_000);
    at("src/alerts", 3_000);
    expect(needsBuild(root)).toBe(true);
  });
});

describe("npm start on a fresh build", () => {
  it("GIVEN dist/ built after the last source change THEN npm start plays the episode without rebuilding", () => {
    if (needsBuild(".")) spawnSync(process.execPath, ["scripts/build.mjs"]); // CAPWATCH_SKIP_BUILD after an edit
    expect(needsBuild(".")).toBe(false);
    const built = statSync("dist/.build-stamp").mtimeMs;
    const run = spawnSync("npm", ["start", "--silent"], { input: "", encoding: "utf8", env: { ...process.env, CAPWATCH_REPLAY_SPEED: "max" }, timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/replay finished: \d+ events, \d+ alerts/);
    expect(statSync("dist/.build-stamp").mtimeMs).toBe(built);
  });
});
