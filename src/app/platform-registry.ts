// The chat platforms this build knows: every folder of src/bot/ with a `platform.ts` (a
// PlatformModule as its default export). Adding a platform is adding its folder; no list here.
//
// How they are found: the bundle (scripts/build.mjs) defines __CAPWATCH_PLATFORMS__ as the
// folders it found, and esbuild bundles the template-literal import below as a glob import of
// every `../bot/*/platform.ts`, so dist/ needs no src/. Run from source (vitest), the folders are
// read from disk and the import is resolved at run time.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PlatformModule } from "../bot/delivery/platform-module.js";

declare const __CAPWATCH_PLATFORMS__: readonly string[] | undefined;

const PLATFORM_ID = /^[a-z][a-z0-9-]{0,31}$/;

let ids: readonly string[] | undefined;

/** The ids of the platforms this build can start, sorted. */
export function platformIds(): readonly string[] {
  if (ids !== undefined) return ids;
  if (typeof __CAPWATCH_PLATFORMS__ !== "undefined") return (ids = __CAPWATCH_PLATFORMS__);
  const bot = fileURLToPath(new URL("../bot/", import.meta.url));
  return (ids = readdirSync(bot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && PLATFORM_ID.test(e.name) && existsSync(`${bot}${e.name}/platform.ts`))
    .map((e) => e.name)
    .sort());
}

/** The platform's module; throws for an id that is no registered platform. */
export async function loadPlatform(id: string): Promise<PlatformModule> {
  if (!platformIds().includes(id)) throw new Error(`no platform "${id}": capwatch knows ${platformIds().join(", ")}`);
  const module = (await import(`../bot/${id}/platform.ts`)) as { default: PlatformModule };
  if (module.default.id !== id) throw new Error(`src/bot/${id}/platform.ts: its id is "${module.default.id}", not its folder's name`);
  return module.default;
}

/** Every registered platform's module, in id order. */
export function loadPlatforms(): Promise<PlatformModule[]> {
  return Promise.all(platformIds().map(loadPlatform));
}
