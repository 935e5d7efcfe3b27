// A Canadian company in a replay: the `company` line's currency reaches the extractor through the
// store, so a bare "$" in its release (no "C$", no "(TSX: …)", no "Calgary-based") is read as the
// Canadian dollar it is; without the currency it is read as the US dollar. Real extractor; the text
// is written for this test (illustrative, not Suncor's).
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import { replayThrough, writeReplayFile } from "../../helpers/desk.js";

const release = { type: "document", ts: "2025-12-02T12:00:00Z", ticker: "SU", kind: "earnings_release", title: "Suncor 2026 corporate guidance", text: "Suncor Energy has set a $6.1-billion capital spending budget for 2026." };

describe("the currency a company reports in, in a replay", () => {
  it("GIVEN a company line with currency CAD THEN its release's bare '$' budget is stored in Canadian dollars; with none, in US dollars", async () => {
    const read = async (company: object) => {
      const store = await openStore(MEMORY_STORE);
      const { problems } = await replayThrough(writeReplayFile([company, release]), { store, reader: extractCapexGuidance });
      const statements = (await store.guidanceFor("SU")).map((g) => [g.period, g.low, g.currency]);
      const saved = (await store.loadEngineState()).companies.map((c) => c.currency);
      await store.close();
      return { problems, statements, saved };
    };
    expect(await read({ type: "company", ticker: "SU", name: "Suncor Energy Inc.", currency: "CAD" })).toEqual({ problems: [], statements: [["FY2026", 6.1e9, "CAD"]], saved: ["CAD"] });
    expect(await read({ type: "company", ticker: "SU", name: "Suncor Energy Inc." })).toEqual({ problems: [], statements: [["FY2026", 6.1e9, "USD"]], saved: [undefined] });
  });

  it("GIVEN a company line with a currency that is no ISO code THEN the line is refused with a message naming the key, and the rest of the file still plays", async () => {
    const { problems, alerts } = await replayThrough(writeReplayFile([{ type: "company", ticker: "SU", currency: "C$" }, release]), { reader: extractCapexGuidance });
    expect(problems).toEqual([expect.stringMatching(/currency .*ISO 4217/)]);
    expect(alerts).toEqual([]);
  });
});
