// chart and capex compare on the bundled episode: the answer in words, and a real PNG under it.
import { beforeAll, describe, expect, it } from "vitest";
import { currentFiscalYear } from "../../../src/bot/commands/handlers/capex-compare.js";
import { episodeDesk, MEMBER, type EpisodeDesk } from "../../helpers/desk.js";
import { pngSize } from "../../helpers/png.js";

let d: EpisodeDesk;
beforeAll(async () => {
  d = await episodeDesk();
});

describe("chart TICKER [1d|5d|1m]", () => {
  it("GIVEN chart MSFT after the episode THEN five trading days of prices in words, for the channel, with an 800×400 PNG", async () => {
    const r = await d.ask("chart MSFT", MEMBER);
    expect(r).toMatchObject({ title: "Chart: MSFT · Microsoft · 5d", visibility: "channel", tone: "info" });
    expect(r.fields?.map((f) => f.label)).toEqual(["Last", "Change vs previous close", "High", "Low"]);
    expect(r.fields?.[0]).toEqual({ label: "Last", value: "$401.32" });
    expect(r.footnotes?.at(-1)).toBe("data as of Fri, Feb 13, 2026, 16:00 ET · source: test episode");
    expect(r.chart?.filename).toBe("MSFT-5d-2026-02-13.png");
    expect(pngSize(r.chart!.png)).toEqual({ width: 800, height: 400 });
    expect(r.chart!.altText).toMatch(/^MSFT price over five trading days to Fri, Feb 13: last \$401\.32/);
  });

  it("GIVEN chart NVDA 1m THEN a month of prices", async () => {
    const r = await d.ask("chart nvda 1m", MEMBER);
    expect(r.title).toBe("Chart: NVDA · NVIDIA · 1m");
    expect(r.chart?.filename).toBe("NVDA-1m-2026-02-13.png");
  });

  it("GIVEN a ticker with no quotes, or a range that is not one THEN a clear error and no chart", async () => {
    const none = await d.ask("chart ZZZZ", MEMBER);
    expect(none.tone).toBe("error");
    expect(none.text).toMatch(/^Not enough quote history for ZZZZ over five trading days to draw \(0 prices\)/);
    expect(none.chart).toBeUndefined();
    const bad = await d.ask("chart MSFT 2w", MEMBER);
    expect(bad.text).toBe('"2w" is not a chart range; write 1d (today), 5d (five trading days) or 1m (a month).');
    expect(bad.footnotes?.[0]).toBe("Usage: /capwatch chart TICKER [1d | 5d | 1m]\ne.g. /capwatch chart MSFT 5d");
  });
});

describe("capex compare TICKER…", () => {
  it("GIVEN MSFT GOOGL AMZN META THEN each company's FY2026 guidance, prior-year actual, consensus and differences, the group's total, and a bar chart", async () => {
    const r = await d.ask("capex compare MSFT GOOGL AMZN META", MEMBER);
    expect(r.table?.rows).toEqual([
      ["MSFT", "FY2026", "n/a", "$88.2B", "$97.7B", "n/a", "n/a"],
      ["GOOGL", "FY2026", "$175B–$185B", "$91.4B", "$115.3B", "+56.17%", "+96.94%"],
      ["AMZN", "FY2026", "~$200B", "$131.8B", "$146.6B", "+36.43%", "+51.75%"],
      ["META", "FY2026", "$115B–$135B", "$72.2B", "$110.7B", "+12.92%", "+73.08%"],
      ["Total", "", "$505B", "$383.6B", "$470.3B", "+35.55%", "+70.94%"],
    ]);
    expect(r.text).toBe("Group guidance $505B against $295.4B the year before (GOOGL, AMZN, META), +70.94%.");
    expect(r.footnotes?.[0]).toBe("No guidance yet for MSFT: not in the guidance total.");
    expect(r.visibility).toBe("private");
    expect(pngSize(r.chart!.png)).toEqual({ width: 800, height: 400 });
    expect(r.rendered.split("\n").filter((l) => [...l].length > 80)).toEqual([]);
  });

  it("GIVEN one ticker, nine, or compare share THEN 2 to 8 are asked for; share shows it to the channel", async () => {
    expect((await d.ask("capex compare MSFT", MEMBER)).text).toBe("Capex compare needs 2 to 8 tickers; got 1.");
    expect((await d.ask("capex compare A B C D E F G H I", MEMBER)).text).toBe("Capex compare takes at most 8 tickers; got 9.");
    expect((await d.ask("capex compare META AMZN share", MEMBER)).visibility).toBe("channel");
  });

  it("GIVEN fiscal year ends THEN the current fiscal year is the one ending on or after the day", () => {
    expect(currentFiscalYear("2026-02-13", "06-30")).toBe(2026); // Microsoft: FY2026 ends June 30, 2026
    expect(currentFiscalYear("2026-08-01", "06-30")).toBe(2027);
    expect(currentFiscalYear("2026-02-13", "01-25")).toBe(2027); // NVIDIA: FY2027 ends late January 2027
    expect(currentFiscalYear("2026-02-13", undefined)).toBe(2026);
  });

  it("GIVEN a company naming its years by their start THEN its current fiscal year is named by the year it starts in; a December year is the same either way", () => {
    expect(currentFiscalYear("2025-03-10", "01-31", "start")).toBe(2025); // Target: fiscal 2025 runs February 2025 – January 2026
    expect(currentFiscalYear("2025-03-10", "01-31", "end")).toBe(2026); // Walmart: fiscal 2026 is the same months
    expect(currentFiscalYear("2025-01-20", "01-31", "start")).toBe(2024); // the last days of Target's fiscal 2024
    expect(currentFiscalYear("2025-03-10", "12-31", "start")).toBe(2025);
    expect(currentFiscalYear("2025-03-10", undefined, "start")).toBe(2025);
  });
});
