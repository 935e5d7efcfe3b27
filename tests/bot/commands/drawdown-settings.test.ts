// The drawdown's settings through the command layer: admins only, sane ranges, per channel.
import { beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "../../../src/bot/commands/context.js";
import { episodeDesk, MEMBER, type EpisodeDesk } from "../../helpers/desk.js";

let d: EpisodeDesk;
beforeEach(async () => {
  d = await episodeDesk();
});

const drawdownField = async (caller?: Caller) => (await d.ask("watch list", caller)).fields?.find((f) => f.label === "Drawdown")?.value;

describe("thresholds set drawdown-pct | drawdown-usd | drawdown-days, kinds enable mcap_drawdown", () => {
  it("GIVEN an admin THEN the drawdown thresholds change, are audited, and watch list shows them; the kind stays off until enabled", async () => {
    const r = await d.ask("thresholds set drawdown-pct 15 drawdown-usd 250B drawdown-days 60");
    expect(r.tone).toBe("success");
    expect(r.text).toContain("drawdowns from 15% or $250B below the 60-trading-day high (mcap_drawdown is off: kinds enable mcap_drawdown)");
    expect(await drawdownField()).toBe("drawdown-pct 15% · drawdown-usd $250B · drawdown-days 60 (mcap_drawdown is off)");
    expect((await d.ask("kinds enable mcap_drawdown")).text).toContain("mcap_drawdown");
    expect(await drawdownField()).toBe("drawdown-pct 15% · drawdown-usd $250B · drawdown-days 60");
    const audit = (await d.ask("audit 5")).rendered;
    expect(audit).toMatch(/thresholds set/);
    expect(audit).toMatch(/kinds enable/);
  });

  it("GIVEN a member THEN refused and nothing changes", async () => {
    const before = await drawdownField(MEMBER);
    const r = await d.ask("thresholds set drawdown-days 60", MEMBER);
    expect(r.tone).toBe("error");
    expect(r.title).toMatch(/Only admins/);
    expect((await d.ask("kinds enable mcap_drawdown", MEMBER)).tone).toBe("error");
    expect(await drawdownField(MEMBER)).toBe(before);
    expect(d.desk.engine.routing.watchlistOf("#markets")?.kinds.has("mcap_drawdown")).toBe(false);
  });

  it.each([
    ["thresholds set drawdown-days 1", /drawdown-days \(trading days the peak is looked for in\) must be a whole number from 2 to 250, not "1"/i],
    ["thresholds set drawdown-days 251", /from 2 to 250, not "251"/],
    ["thresholds set drawdown-days 20.5", /whole number from 2 to 250/],
    ["thresholds set drawdown-pct 150", /at most 100%/],
    ["thresholds set drawdown-usd 300", /drawdown-usd 300 needs a unit: write 300B/i],
    ["thresholds set drawdown-usd 1000T", /drawdown-usd must be from \$1M to \$100T/i],
  ])("GIVEN %s THEN refused with the range, and nothing changes", async (command, message) => {
    const before = await drawdownField();
    const r = await d.ask(command);
    expect(r.tone).toBe("error");
    expect(r.text).toMatch(message);
    expect(await drawdownField()).toBe(before);
  });

  it("GIVEN two workspaces THEN each channel's drawdown settings are its own", async () => {
    const a: Caller = { channel: "C_A", platform: "slack", workspace: "T_A", userId: "U_A", isAdmin: true };
    const b: Caller = { channel: "C_B", platform: "slack", workspace: "T_B", userId: "U_B", isAdmin: true };
    await d.ask("watch add MSFT", a);
    await d.ask("watch add MSFT", b);
    await d.ask("thresholds set drawdown-days 100", a);
    await d.ask("kinds enable mcap_drawdown", a);
    expect(await drawdownField(a)).toBe("drawdown-pct 10% · drawdown-usd $200B · drawdown-days 100");
    expect(await drawdownField(b)).toBe("drawdown-pct 10% · drawdown-usd $200B · drawdown-days 20 (mcap_drawdown is off)");
  });
});
