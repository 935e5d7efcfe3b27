// The quiet-hours summary and the drawdown are views like any alert's: Slack's blocks and Discord's
// embed render them with the code every alert uses (no per-kind code on either platform).
import { describe, expect, it } from "vitest";
import type { Alert } from "../../../src/alerts/types.js";
import { alertView } from "../../../src/alerts/views/alert-view.js";
import { quietSummaryView } from "../../../src/alerts/views/quiet-summary.js";
import { alertViewEmbed } from "../../../src/bot/discord/alert-embed.js";
import { alertViewBlocks } from "../../../src/bot/slack/blocks/alert-blocks.js";

const drawdown: Alert = { channel: "C1", kind: "mcap_drawdown", ticker: "MSFT", ts: "2026-01-27T20:00:00.000Z", level: 2, marketCap: 3.27052e12, referenceMarketCap: 3.7165e12, changeUsd: -4.4598e11, changePct: -12, peakDate: "2026-01-20", days: 10 };
const drop: Alert = { channel: "C1", kind: "mcap_drop", ticker: "NVDA", ts: "2026-01-27T21:00:00.000Z", level: 1, marketCap: 4.1e12, referenceMarketCap: 4.4e12, changeUsd: -3e11, changePct: -6.82 };

describe("Slack and Discord render the new views through the shared code", () => {
  it("GIVEN a drawdown THEN Slack's text and Discord's embed carry its title, sentence and figures", () => {
    const view = alertView(drawdown, () => "Microsoft");
    const slack = JSON.stringify(alertViewBlocks(view));
    expect(slack).toContain("DRAWDOWN · MSFT · level 2");
    expect(slack).toContain("below the 10-trading-day high close of Tue, Jan 20");
    const embed = alertViewEmbed(view);
    expect(embed.title).toBe("DRAWDOWN · MSFT · level 2");
    expect(embed.fields?.map((f) => f.name)).toEqual(["Drawdown", "Market cap", "Peak close", "Level"]);
  });

  it("GIVEN a quiet-hours summary THEN both show the counts and one line per alert, largest first", () => {
    const view = quietSummaryView([drop, drawdown]);
    const slack = JSON.stringify(alertViewBlocks(view));
    expect(slack).toContain("QUIET HOURS SUMMARY · 2 alerts");
    expect(slack).toMatch(/MSFT \$446B \(-12\.00%\) below its 10-day high.*NVDA market cap down \$300B/);
    const embed = alertViewEmbed(view);
    expect(embed.description?.split("\n")).toHaveLength(3);
    expect(embed.fields).toEqual([{ name: "Market-cap drops", value: "1", inline: true }, { name: "Drawdowns", value: "1", inline: true }]);
  });
});
