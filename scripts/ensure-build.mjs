// Whether dist/ is stale: something it is built from changed since the last build. A fresh dist/
// costs a walk of file times (a few ms); esbuild is imported only when a rebuild is due.
// fresh-build.mjs runs this before `npm start`, `npm run capwatch` and `npm run bench`; run
// directly (`node scripts/ensure-build.mjs`), it rebuilds a stale dist/.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** What dist/ is built from: our sources, the bench, the build itself, the dependency set, and the compiler options esbuild reads. */
const INPUTS = ["src", "bench", "scripts/build.mjs", "package.json", "package-lock.json", "tsconfig.json"];
const STAMP = "dist/.build-stamp";

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when some file under `path` changed after `since` (a directory's own time covers deletions and renames). */
function newerThan(path, since) {
  const time = mtimeMs(path);
  if (time === undefined) return false;
  if (time > since) return true;
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return false; // a file, checked above
  }
  return entries.some((entry) => newerThan(join(path, entry.name), since));
}

/** True when there is no finished build under `root` or something it is built from changed since. */
export function needsBuild(root = ".") {
  const built = mtimeMs(join(root, STAMP));
  return built === undefined || INPUTS.some((input) => newerThan(join(root, input), built));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && needsBuild()) {
  const { buildDist } = await import("./build.mjs");
  await buildDist();
}
