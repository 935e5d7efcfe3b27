// Consensus read from the same text (issue 11, point 5): where no one recorded a consensus, the
// analysts' figure a news story reports becomes the basis, with where it came from; an admin's
// or a replay line's consensus always wins. Real extractor, texts written for this test.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import { replayThrough, writeReplayFile } from "../../helpers/desk.js";

const STORY = "Amazon said it expects capital expenditures of about $200 billion in 2026, well above the $146.6 billion analysts had expected.";
const head = [
  { type: "company", ticker: "AMZN", name: "Amazon.com", fiscalYearEnd: "12-31" },
  { type: "watchlist", channel: "#markets", tickers: ["AMZN"] },
];
const story = { type: "document", ts: "2026-02-05T21:15:00Z", ticker: "AMZN", kind: "news", url: "https://www.reuters.com/technology/amazon-capex/", text: STORY };

describe("consensus from the text", () => {
  it("GIVEN no recorded consensus THEN the analysts' figure in the story is the basis, and the store keeps its source", async () => {
    const store = await openStore(MEMORY_STORE);
    const { alerts } = await replayThrough(writeReplayFile([...head, story]), { store, reader: extractCapexGuidance });
    expect(alerts).toEqual([expect.objectContaining({ kind: "capex_guidance", value: 200e9, basis: "consensus", basisValue: 146.6e9, surprisePct: 36.43 })]);
    expect(await store.consensusFor("AMZN")).toEqual([
      expect.objectContaining({ period: "FY2026", value: 146.6e9, source: "analysts' consensus as reported by the news (Reuters), 2026-02-05" }),
    ]);
    await store.close();
  });

  it("GIVEN a consensus already recorded THEN the story's figure does not replace it", async () => {
    const consensus = { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 150e9, source: "FactSet" };
    const { alerts } = await replayThrough(writeReplayFile([...head, consensus, story]), { reader: extractCapexGuidance });
    expect(alerts).toEqual([expect.objectContaining({ basisValue: 150e9, surprisePct: 33.33 })]);
  });
});
