// `capex TICKER` lists each statement with where its words come from.
import { describe, expect, it } from "vitest";
import type { Extractor } from "../../../src/sources/documents/read-document.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import { MEMBER, replayThrough, testDesk, writeReplayFile } from "../../helpers/desk.js";

/** "GUIDE FY2026 200e9 200e9 [segment=AWS] [speaker=Andy Jassy/President and CEO]" → one statement. */
const extract: Extractor = (text) => {
  const m = /GUIDE (\S+) (\S+) (\S+)/.exec(text);
  if (!m) return [];
  const segment = /segment=(\w+)/.exec(text)?.[1];
  const speaker = /speaker=([^/]+)\/(.+)$/.exec(text);
  return [
    {
      metric: "capex",
      period: m[1] as string,
      low: Number(m[2]),
      high: Number(m[3]),
      currency: "USD",
      text: `We expect ${m[2]} in ${m[1]}.`,
      ...(segment ? { segment } : {}),
      ...(speaker ? { speaker: { name: speaker[1] as string, role: speaker[2] as string } } : {}),
    },
  ];
};

describe("capex TICKER with provenance", () => {
  it("GIVEN statements from a call, a segment from the news and a release THEN each history line says where it comes from; the segment is marked and kept out of the table", async () => {
    const store = await openStore(MEMORY_STORE);
    const file = writeReplayFile([
      { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" },
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9 },
      { type: "document", ts: "2026-02-05T21:05:00Z", ticker: "AMZN", kind: "transcript", title: "Amazon.com Q4 2025 Earnings Call", text: "GUIDE FY2026 200e9 200e9 speaker=Andy Jassy/President and CEO" },
      { type: "document", ts: "2026-02-06T14:00:00Z", ticker: "AMZN", kind: "news", url: "https://www.reuters.com/a", text: "GUIDE FY2026 130e9 130e9 segment=AWS" },
      { type: "document", ts: "2026-04-30T20:05:00Z", ticker: "AMZN", kind: "earnings_release", title: "8-K 0001018724-26-000010 amzn-20260331xex991.htm", text: "GUIDE FY2026 220e9 220e9" },
    ]);
    await replayThrough(file, { store, reader: extract });
    const d = await testDesk({ store });
    const desk = d.commands({ dataNow: () => Date.parse("2026-05-01T12:00:00Z") });
    const reply = await d.ask("capex AMZN", MEMBER, desk);
    await store.close();

    expect(reply.table?.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([["FY2026", "~$220B", "+50.07%", "+10.00%"]]);
    // The terminal wraps at 80 columns; the words are what matters here.
    const text = reply.rendered.replace(/\n +/g, " ");
    expect(text).toContain("Thu, Feb 5 2026: FY2026 ~$200B (first guidance) — in Amazon's Q4 call, Andy Jassy (CEO)");
    expect(text).toContain("Fri, Feb 6 2026: FY2026 AWS ~$130B (a segment, not alerted on) — as reported by the news (Reuters), not yet in the company's own words");
    expect(text).toContain("Thu, Apr 30 2026: FY2026 ~$220B (raised from ~$200B) — in the 8-K press release (EX-99.1)");
    expect(text).toContain("Latest statement: “We expect 220e9 in FY2026.” — in the 8-K press release (EX-99.1)");
  });
});
