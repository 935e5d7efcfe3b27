// `npm start` on a production install (`npm ci --omit=dev`): the build it runs needs only dependencies.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HEAP_LIMIT_FLAG } from "../../src/app/heap-limit.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { dev?: boolean }> };

describe("a production install", () => {
  it("GIVEN npm ci --omit=dev THEN esbuild (the build npm start and prepare run) is installed: a dependency, not dev-only in the lock", () => {
    expect(pkg.dependencies.esbuild).toBeDefined();
    expect(pkg.devDependencies.esbuild).toBeUndefined();
    expect(lock.packages["node_modules/esbuild"]?.dev).toBeUndefined();
    expect(lock.packages["node_modules/@esbuild/linux-x64"]?.dev).toBeUndefined();
    expect(pkg.scripts.start).toBe(`node ${HEAP_LIMIT_FLAG} --import ./scripts/fresh-build.mjs dist/main.js`);
  });

  describe("GIVEN esbuild absent all the same (scripts copied where no node_modules is) and dist/ stale", () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), "capwatch-prod-"));
      cpSync("scripts", join(root, "scripts"), { recursive: true });
      mkdirSync(join(root, "src"));
      writeFileSync(join(root, "src/x.ts"), "");
      writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));
    const start = () => spawnSync(process.execPath, ["--import", "./scripts/fresh-build.mjs", "dist/main.js"], { cwd: root, encoding: "utf8" });

    it("WHEN dist/ exists THEN it runs the existing build, saying it was not rebuilt", () => {
      mkdirSync(join(root, "dist"));
      writeFileSync(join(root, "dist/main.js"), 'process.stdout.write("the bot\\n");');
      writeFileSync(join(root, "dist/.build-stamp"), "");
      utimesSync(join(root, "dist/.build-stamp"), 1_000, 1_000); // older than src/: a rebuild would be due
      const run = start();
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("the bot\n");
      expect(run.stderr).toBe("capwatch: esbuild is not installed, so dist/ was not rebuilt; running the existing build\n");
    });

    it("WHEN there is no dist/ THEN it stops with what to do", () => {
      const run = start();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/dist\/ is not built and esbuild is not installed: run `npm ci`/);
    });
  });
});
