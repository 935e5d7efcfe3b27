// Preloaded by `npm start` (node --import ./scripts/fresh-build.mjs dist/main.js): rebuilds dist/
// before the bundle loads, only when it is stale. In the bot's own process rather than a
// `prestart` script, because a second Node start-up costs about as much as the check saves.
import { needsBuild } from "./ensure-build.mjs";

if (needsBuild()) {
  const { buildDist } = await import("./build.mjs");
  await buildDist();
}
