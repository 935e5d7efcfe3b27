// The AlertView is the one place per kind; the terminal's text is rendered from it.
import { describe, expect, it } from "vitest";
import { alertViewText } from "../../../src/alerts/render/text.js";
import type { Alert } from "../../../src/alerts/types.js";
import { alertView } from "../../../src/alerts/views/alert-view.js";
import { handMade } from "./hand-made-view.js";

const drop: Alert = {
  channel: "#desk", kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level: 2,
  marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -309.4e9, changePct: -8.64,
} as Alert;

describe("alertView", () => {
  it("GIVEN a market-cap drop THEN title, headline, detail, figures and a severe falling tone", () => {
    const view = alertView(drop, (t) => (t === "MSFT" ? "Microsoft" : undefined));
    expect(view.title).toBe("MARKET-CAP DROP · MSFT · level 2");
    expect(view.headline).toBe("Microsoft (MSFT) lost $309.4B of market value (-8.64%) against the reference close.");
    expect(view.details).toEqual(["Market cap $3.27T, was $3.58T."]);
    expect(view.figures.map((f) => f.label)).toEqual(["Market-cap change", "Market cap", "Level"]);
    expect(view.tone).toEqual({ pct: -8.64, severe: true });
  });

  it("GIVEN the price, session and the channel's thresholds THEN the session, an estimated market cap and the level in words", () => {
    const view = alertView({ ...drop, price: 440, session: "post", thresholds: { mcapDropPct: 5, mcapDropUsd: 1e15 } } as Alert);
    expect(view.details).toEqual(["At $440.00 after hours.", "Market cap $3.27T, was $3.58T (estimated: price × 7.43B shares last reported).", "Level 2: twice your 5% threshold."]);
    expect(view.figures.find((f) => f.label === "Price")?.value).toBe("$440.00 (after hours)");
  });

  it("GIVEN no share count (market-cap fields null) THEN a percentage-only alert that says the market cap is unknown", () => {
    const view = alertView({ ...drop, ticker: "ACME", level: 1, marketCap: null, referenceMarketCap: null, changeUsd: null, changePct: -7 } as Alert);
    expect(view.headline).toBe("ACME fell 7.00% against the reference close; market cap unknown.");
    expect(view.summary).toBe("ACME down -7.00% (market cap unknown), level 1");
    expect(view.figures.map((f) => [f.label, f.value])).toEqual([["Price change", "-7.00%"], ["Market cap", "unknown (no share count)"], ["Level", "1"]]);
  });

  it("GIVEN the earnings calendar THEN items, no headline and no figures", () => {
    const view = alertView({ channel: "#desk", kind: "earnings_upcoming", ts: "2026-01-28T12:00:00.000Z", items: [{ ticker: "MSFT", date: "2026-01-28", time: "amc" }] } as Alert);
    expect(view.headline).toBeUndefined();
    expect(view.items).toEqual([{ ticker: "MSFT", when: "Wed, Jan 28, after the close" }]);
    expect(view.figures).toEqual([]);
  });
});

describe("the alert's buttons", () => {
  it("GIVEN a delivered market-cap drop THEN mute 1 day, mute until next earnings, acknowledge (its id) and chart; no link, no open", () => {
    const view = alertView(drop, undefined, { id: 42 });
    expect(view.actions).toEqual([
      { kind: "mute_day", label: "Mute 1 day", ticker: "MSFT" },
      { kind: "mute_earnings", label: "Mute until next earnings", ticker: "MSFT" },
      { kind: "ack", label: "Acknowledge", alertId: 42 },
      { kind: "chart", label: "Chart", ticker: "MSFT" },
    ]);
  });

  it("GIVEN guidance with an https document THEN Open source links to it; an http one gets no Open source", () => {
    const guidance = { channel: "#d", kind: "capex_guidance", ticker: "META", period: "FY2026", ts: "2026-01-28T21:05:00.000Z", value: 120e9, low: 115e9, high: 125e9, basis: "consensus", basisValue: 100e9, surprisePct: 20, vsConsensusPct: 20, vsPriorGuidancePct: null, vsPriorYearActualPct: null } as Alert;
    const withLink = alertView({ ...guidance, url: "https://investor.atmeta.com/q4" } as Alert, undefined, { id: 7 });
    expect(withLink.actions.find((a) => a.kind === "open")).toEqual({ kind: "open", label: "Open source", url: "https://investor.atmeta.com/q4" });
    expect(alertView({ ...guidance, url: "http://investor.atmeta.com/q4" } as Alert, undefined, { id: 7 }).actions.map((a) => a.kind)).not.toContain("open");
  });

  it("GIVEN an acknowledged alert THEN no Acknowledge button, and who and when in Eastern time", () => {
    const view = alertView(drop, undefined, { id: 42, acknowledged: { by: "ana", at: "2026-01-29T15:42:00.000Z" } });
    expect(view.actions.map((a) => a.kind)).toEqual(["mute_day", "mute_earnings", "chart"]);
    expect(view.acknowledged).toEqual({ by: "ana", time: "10:42 ET" });
  });

  it("GIVEN the earnings calendar (many tickers) or no id THEN only what applies", () => {
    const calendar = { channel: "#desk", kind: "earnings_upcoming", ts: "2026-01-28T12:00:00.000Z", items: [{ ticker: "MSFT", date: "2026-01-28", time: "amc" }] } as Alert;
    expect(alertView(calendar, undefined, { id: 3 }).actions.map((a) => a.kind)).toEqual(["ack"]);
    expect(alertView(drop).actions.map((a) => a.kind)).toEqual(["mute_day", "mute_earnings", "chart"]);
  });
});

describe("the terminal renders a view as text", () => {
  it("GIVEN a view THEN the terminal's text has the head, the sentences, the quote, who said it and the link", () => {
    expect(alertViewText(handMade).split("\n")).toEqual([
      "[#desk] Thu, Feb 5, 2026, 16:05 ET · TEST · *X*",
      "  X did <something> & more.",
      "  a detail",
      "  “We *will*”",
      "  — in X's call",
      "  https://example.com/doc",
    ]);
  });
});
