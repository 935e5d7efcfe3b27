// Preloaded by `npm start`, `npm run capwatch` and `npm run bench` (`node --import
// ./scripts/fresh-build.mjs dist/main.js`): rebuilds dist/ before the bundle loads, only when it is
// stale. In the command's own process rather than a pre-script, because a second Node start-up
// costs more than the check itself.
//
// esbuild is a dependency, so a production install (`npm ci --omit=dev`) builds too. Where it is
// absent all the same (`--ignore-scripts`, an image that copied dist/ without it), an existing
// dist/ runs as it is, with a warning; with no dist/ at all, the message says what to do.
import { existsSync } from "node:fs";
import { needsBuild } from "./ensure-build.mjs";

if (needsBuild()) {
  let build;
  try {
    build = await import("./build.mjs");
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("esbuild")) throw error;
  }
  if (build !== undefined) await build.buildDist();
  else if (existsSync("dist/.build-stamp")) process.stderr.write("capwatch: esbuild is not installed, so dist/ was not rebuilt; running the existing build\n");
  else {
    process.stderr.write("capwatch: dist/ is not built and esbuild is not installed: run `npm ci` (esbuild is a dependency) or `npm run build` where it is\n");
    process.exit(1);
  }
}
