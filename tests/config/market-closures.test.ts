// CAPWATCH_MARKET_CLOSURES (or marketClosures in the config file): one-off NYSE closures, checked at start-up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadMarketClosures } from "../../src/config/config.js";
import { isNyseTradingDay, setOperatorClosures } from "../../src/market/nyse.js";
import { quotePollDue } from "../../src/sources/live/start-live.js";

const configFile = (content: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), "capwatch-config-")), "capwatch.json");
  writeFileSync(path, JSON.stringify(content));
  return path;
};
const options = { interactive: false };

describe("market closures in config", () => {
  afterEach(() => setOperatorClosures([]));

  it("GIVEN none THEN there are none", () => {
    expect(loadConfig({}, options).marketClosures).toBeUndefined();
    expect(loadMarketClosures({})).toEqual([]);
  });

  it("GIVEN CAPWATCH_MARKET_CLOSURES with spaces and a repeat THEN sorted unique dates", () => {
    expect(loadConfig({ CAPWATCH_MARKET_CLOSURES: "2027-01-04, 2026-12-23,2026-12-23" }, options).marketClosures).toEqual(["2026-12-23", "2027-01-04"]);
    expect(loadMarketClosures({ CAPWATCH_MARKET_CLOSURES: "2026-12-23" })).toEqual(["2026-12-23"]);
  });

  it("GIVEN marketClosures in the config file THEN they apply, and the environment wins", () => {
    const path = configFile({ marketClosures: ["2026-12-23"] });
    expect(loadConfig({ CAPWATCH_CONFIG: path }, options).marketClosures).toEqual(["2026-12-23"]);
    expect(loadMarketClosures({ CAPWATCH_CONFIG: path, CAPWATCH_MARKET_CLOSURES: "2026-12-22" })).toEqual(["2026-12-22"]);
  });

  it.each([["2026-02-30"], ["2026-12-23,tomorrow"], ["23/12/2026"]])("GIVEN CAPWATCH_MARKET_CLOSURES=%s THEN an error naming the variable and the bad date", (value) => {
    expect(() => loadConfig({ CAPWATCH_MARKET_CLOSURES: value }, options)).toThrow(ConfigError);
    expect(() => loadMarketClosures({ CAPWATCH_MARKET_CLOSURES: value })).toThrow(/^CAPWATCH_MARKET_CLOSURES: must be dates YYYY-MM-DD.* is not a date/);
  });

  it("GIVEN a configured closure passed to the calendar THEN the live quote schedule treats the day as closed (hourly polls)", () => {
    const wednesday = Date.parse("2026-12-23T15:00:00Z"); // 10:00 ET
    expect(quotePollDue(wednesday, wednesday - 60_000, 60)).toBe(true);
    setOperatorClosures(loadMarketClosures({ CAPWATCH_MARKET_CLOSURES: "2026-12-23" }));
    expect(isNyseTradingDay("2026-12-23")).toBe(false);
    expect(quotePollDue(wednesday, wednesday - 60_000, 60)).toBe(false);
    expect(quotePollDue(wednesday, wednesday - 3_600_000, 60)).toBe(true);
  });
});
