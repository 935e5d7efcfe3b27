// The platforms are found by their folders: every src/bot/<id>/platform.ts, the same list the
// bundle is built with, each module's id its folder's name; an unknown id is refused.
import { describe, expect, it } from "vitest";
import { loadPlatform, loadPlatforms, platformIds } from "../../src/app/platform-registry.js";
import { anyConfigured, loadPlatformConfigs } from "../../src/app/platforms.js";
// @ts-expect-error: a plain JavaScript build script, no types
import { platformIds as bundledIds } from "../../scripts/build.mjs";

describe("platform registry", () => {
  it("GIVEN src/bot/ THEN the folders with a platform.ts, as the bundle lists them", () => {
    expect(platformIds()).toEqual(["discord", "slack", "webhook"]);
    expect(bundledIds()).toEqual(platformIds());
  });

  it("GIVEN each registered id THEN its module carries that id and a config loader that is off without its variables", async () => {
    const modules = await loadPlatforms();
    expect(modules.map((m) => m.id)).toEqual(platformIds());
    for (const m of modules) expect(m.loadConfig({})).toBeUndefined();
    const configs = await loadPlatformConfigs({});
    expect(anyConfigured(configs)).toBe(false);
  });

  it("GIVEN an id no folder has THEN loading it is refused, saying which platforms there are", async () => {
    await expect(loadPlatform("teams")).rejects.toThrow('no platform "teams": capwatch knows discord, slack, webhook');
    await expect(loadPlatform("../http")).rejects.toThrow(/no platform/);
  });

  it("GIVEN one platform's variables THEN only its configuration is loaded, under its id", async () => {
    const configs = await loadPlatformConfigs({ CAPWATCH_WEBHOOKS: JSON.stringify({ channels: { ops: { url: "https://hooks.example.com/x" } } }) });
    expect(Object.keys(configs.platforms ?? {})).toEqual(["webhook"]);
    expect(anyConfigured(configs)).toBe(true);
  });
});
