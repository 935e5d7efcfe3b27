import { describe, expect, it } from "vitest";
import { alertViewText } from "../../../src/alerts/render/text.js";
import type { Alert } from "../../../src/alerts/types.js";
import { quietSummaryView, SUMMARY_MAX_LINES } from "../../../src/alerts/views/quiet-summary.js";

const drop = (ticker: string, changeUsd: number, minute: number): Alert => ({
  channel: "C1",
  kind: "mcap_drop",
  ticker,
  ts: new Date(Date.UTC(2026, 0, 30, 4, minute)).toISOString(),
  level: 1,
  marketCap: 1e12 + changeUsd,
  referenceMarketCap: 1e12,
  changeUsd,
  changePct: (changeUsd / 1e12) * 100,
});
const guidance: Alert = { channel: "C1", kind: "capex_guidance", ticker: "AMZN", ts: "2026-01-30T05:00:00.000Z", period: "FY2026", low: 200e9, high: 200e9, value: 200e9, basis: "consensus", basisValue: 146.6e9, surprisePct: 36.43, vsConsensusPct: 36.43, vsPriorGuidancePct: null, vsPriorYearActualPct: 51.75 };

describe("quietSummaryView", () => {
  it("GIVEN three alerts THEN the count by kind, and each alert's line, the largest figure first", () => {
    const view = quietSummaryView([drop("MSFT", -60e9, 0), guidance, drop("NVDA", -120e9, 5)]);
    expect(view.title).toBe("QUIET HOURS SUMMARY · 3 alerts");
    const lines = (view.headline ?? "").split("\n");
    expect(lines[0]).toBe("3 alerts came in during quiet hours (Thu, Jan 29, 2026, 23:00 ET to Fri, Jan 30, 2026, 00:00 ET): 2 market-cap drops, 1 capex guidance.");
    expect(lines.slice(1)).toEqual([
      "• NVDA market cap down $120B (-12.00%), level 1",
      "• MSFT market cap down $60B (-6.00%), level 1",
      "• AMZN FY2026 capex guidance $200B, +36.43% vs consensus",
    ]);
    expect(view.figures).toEqual([{ label: "Market-cap drops", value: "2" }, { label: "Capex guidances", value: "1" }]);
    expect(alertViewText(view)).toContain("QUIET HOURS SUMMARY · 3 alerts");
  });

  it("GIVEN 25 alerts THEN 20 lines and 'and 5 more': bounded whatever the night brought", () => {
    const alerts = Array.from({ length: 25 }, (_, i) => drop(`T${i}`, -(i + 1) * 1e9, i));
    const lines = (quietSummaryView(alerts).headline ?? "").split("\n");
    expect(lines).toHaveLength(1 + SUMMARY_MAX_LINES + 1);
    expect(lines[1]).toContain("T24 market cap down $25B");
    expect(lines[lines.length - 1]).toMatch(/^and 5 more/);
    const long = Array.from({ length: 500 }, (_, i) => drop(`T${i}`, -1e9, i % 60));
    expect((quietSummaryView(long).headline ?? "").length).toBeLessThan(3000);
  });
});
