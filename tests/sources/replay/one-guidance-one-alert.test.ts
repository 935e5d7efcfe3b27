// One guidance, one alert (issue 11, point 4): the same statement heard first in the news, then in
// the company's own words, posts once; `capex` shows both sources. Real extractor, texts written
// for this test.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import { MEMBER, replayThrough, testDesk, writeReplayFile } from "../../helpers/desk.js";

describe("the same guidance from the press, then from the company", () => {
  it("GIVEN the news reports Amazon's $200B and the call then states it THEN one alert, in the press's voice, and capex lists both sources", async () => {
    const store = await openStore(MEMORY_STORE);
    const file = writeReplayFile([
      { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" },
      { type: "watchlist", channel: "#markets", tickers: ["AMZN"] },
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9 },
      { type: "document", ts: "2026-02-05T21:15:00Z", ticker: "AMZN", kind: "news", title: "Amazon plans $200 billion of spending", text: "Amazon said it expects to spend about $200 billion on capital expenditures in 2026." },
      { type: "document", ts: "2026-02-05T21:40:00Z", ticker: "AMZN", kind: "transcript", title: "Amazon.com Q4 2025 Earnings Call", text: "Andy Jassy -- President and CEO\nWe expect to invest about $200 billion in capital expenditures across Amazon in 2026." },
    ]);
    const { alerts } = await replayThrough(file, { store, reader: extractCapexGuidance });
    expect(alerts).toEqual([
      expect.objectContaining({ kind: "capex_guidance", value: 200e9, provenance: expect.objectContaining({ voice: "press", said: expect.stringContaining("not yet in the company's own words") }) }),
    ]);
    const d = await testDesk({ store });
    const desk = d.commands({ dataNow: () => Date.parse("2026-02-06T12:00:00Z") });
    const text = (await d.ask("capex AMZN", MEMBER, desk)).rendered;
    await store.close();
    expect(text).toContain("not yet in the company's own words");
    expect(text).toContain("Andy Jassy (CEO)");
  });
});
