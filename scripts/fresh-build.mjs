// Preloaded by `npm start`, `npm run capwatch` and `npm run bench` (`node --import
// ./scripts/fresh-build.mjs dist/main.js`): rebuilds dist/ before the bundle loads, only when it is
// stale. In the command's own process rather than a pre-script, because a second Node start-up
// costs more than the check itself.
import { needsBuild } from "./ensure-build.mjs";

if (needsBuild()) {
  const { buildDist } = await import("./build.mjs");
  await buildDist();
}
