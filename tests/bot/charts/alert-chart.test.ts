// A market-cap alert's chart: market value where the share count is known, the price where it is
// not (a percentage-only alert has no market cap to draw), each a real 800×400 PNG.
import { describe, expect, it } from "vitest";
import { chartForAlert } from "../../../src/bot/charts/alert-chart.js";
import { BUCKETS_PER_DAY } from "../../../src/alerts/quote-history.js";
import type { McapMoveAlert } from "../../../src/alerts/types.js";
import { pngSize } from "../../helpers/png.js";

/** Two trading days of closes-only history (10:00 and 16:00 ET buckets), held in memory. */
function deps(shares: number | undefined) {
  const day = (price: number) => {
    const prices = new Float64Array(BUCKETS_PER_DAY).fill(Number.NaN);
    prices[120] = price; // 10:00 ET
    prices[191] = price; // 15:55 ET
    return prices;
  };
  return {
    store: { quoteDays: async () => [] },
    market: {
      unsavedHistory: () => [{ day: "2026-01-28", prices: day(100) }, { day: "2026-01-29", prices: day(93) }],
      sharesOf: () => shares,
      companyName: () => "Acme Corp",
    },
  };
}

const alert = (marketCap: number | null): McapMoveAlert => ({
  channel: "#desk", kind: "mcap_drop", ticker: "ACME", ts: "2026-01-29T20:55:00.000Z", level: 1,
  marketCap, referenceMarketCap: marketCap === null ? null : 100e9, changeUsd: marketCap === null ? null : marketCap - 100e9, changePct: -7, price: 93,
});

describe("the chart of a market-cap alert", () => {
  it("GIVEN a ticker with a share count THEN a market-value chart", async () => {
    const chart = await chartForAlert(deps(1e9), alert(93e9));
    expect(chart).toBeDefined();
    const image = await chart!;
    expect(pngSize(image.png)).toEqual({ width: 800, height: 400 });
    expect(image.title).toMatch(/^ACME market cap, /);
    expect(image.altText).toContain("$93B when level 1 was crossed, against the reference close of $100B");
  });

  it("GIVEN a percentage-only alert (no share count) THEN the price is charted, with its reference close, and no market cap is invented", async () => {
    const image = await chartForAlert(deps(undefined), alert(null))!;
    expect(pngSize(image.png)).toEqual({ width: 800, height: 400 });
    expect(image.title).toMatch(/^ACME price, /);
    expect(image.altText).toContain("$93.00 when level 1 was crossed, against the reference close of $100.00 (market cap unknown)");
  });
});
