// Bundles our own sources into dist/ so that `npm start` and the CLI start as plain JavaScript in
// a fraction of a second; type checking is `npm run typecheck`. `npm run build`, `npm install`
// (prepare) and the test suite's setup call this; `npm start` and the other scripts only run
// scripts/fresh-build.mjs or ensure-build.mjs, which rebuild when something is newer than the last build.
//
// dist/ is never deleted: a bot started from an earlier build may still import its chunks (the
// platform, live and PostgreSQL code load on demand). Each file is written beside its place and
// renamed over it, so a reader sees the old file or the new one, never half of one.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build, stop } from "esbuild";

export const OUT_DIR = "dist";
/** Its mtime is the time the last successful build started: inputs newer than that are not in dist/. */
export const STAMP = join(OUT_DIR, ".build-stamp");
/** A stale chunk (no longer written by the build) is removed once it is this old: processes load their chunks at start-up. */
const STALE_CHUNK_MS = 60 * 60 * 1000;

/**
 * Bundled into dist/ rather than loaded from node_modules at run time: pure-JavaScript packages on
 * the default start path. zod and kysely are some 400 module files; as one bundle they load in a
 * fraction of the time (start-up is measured in `npm run bench`). Everything else stays external:
 * native code (better-sqlite3) and the packages loaded only when configured (Slack, Discord, pg,
 * live providers), whose CommonJS internals are best left to Node.
 */
const BUNDLED = new Set(["zod", "kysely"]);

/**
 * The chat platforms: every folder of src/bot/ with a platform.ts. The bundle gets their ids as
 * __CAPWATCH_PLATFORMS__ (src/app/platform-registry.ts), and esbuild bundles each platform.ts
 * through the registry's template-literal import, so a new platform's folder is all it takes.
 */
export function platformIds() {
  return readdirSync("src/bot", { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join("src/bot", e.name, "platform.ts")))
    .map((e) => e.name)
    .sort();
}

export async function buildDist() {
  const started = Date.now();
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  // ws too: the load bench runs the fake Discord's gateway (tests/fakes), and ws (discord.js's own
  // dependency, not ours) cannot be bundled as ESM.
  const external = [...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }), "ws"]
    .filter((name) => !BUNDLED.has(name))
    .flatMap((name) => [name, `${name}/*`]);
  const result = await build({
    // The chart thread is an entry of its own: src/bot/charts/draw-off-thread.ts starts it from dist/.
    entryPoints: { main: "src/app/main.ts", cli: "src/app/cli.ts", bench: "bench/bench.ts", "chart-worker": "src/bot/charts/chart-worker.ts" },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external,
    sourcemap: true,
    logLevel: "warning",
    banner: { js: "#!/usr/bin/env node" },
    define: { __CAPWATCH_PLATFORMS__: JSON.stringify(platformIds()) },
    write: false,
  });
  // esbuild's service process would otherwise live as long as the caller: a bot, after fresh-build.mjs.
  await stop();
  mkdirSync(OUT_DIR, { recursive: true });
  const written = new Set();
  for (const file of result.outputFiles) {
    const path = relative(process.cwd(), file.path);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temp, file.contents, { mode: path.endsWith(".js") ? 0o755 : 0o644 }); // entries are executables (#!)
    renameSync(temp, path);
    written.add(basename(path));
  }
  removeStaleChunks(written);
  writeFileSync(STAMP, "");
  utimesSync(STAMP, new Date(started), new Date(started));
}

/** Chunk names carry content hashes: old ones would pile up, so those no build wrote for an hour go. */
function removeStaleChunks(written) {
  const now = Date.now();
  for (const name of readdirSync(OUT_DIR)) {
    if (written.has(name) || name === basename(STAMP)) continue;
    const path = join(OUT_DIR, name);
    if (now - statSync(path).mtimeMs > STALE_CHUNK_MS) rmSync(path, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildDist();
