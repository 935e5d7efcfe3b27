// A replay's fresh store on a private scratch file: the same store, empty at every open.
import { describe, expect, it } from "vitest";
import { SCRATCH_STORE, openStore } from "../../src/store/open-store.js";
import { replayThrough, writeReplayFile } from "../helpers/desk.js";

const FILE = [
  { type: "company", ticker: "MSFT", sharesOutstanding: 7.433e9 },
  { type: "quote", ts: "2026-01-28T21:00:00Z", ticker: "MSFT", price: 481.63 },
  { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: 440 },
];

describe("the scratch store", () => {
  it("GIVEN two replays, each into its own scratch store THEN each starts empty and keeps its history while open", async () => {
    const path = writeReplayFile(FILE);
    for (let run = 0; run < 2; run++) {
      const store = await openStore(SCRATCH_STORE);
      expect((await store.loadEngineState()).companies).toEqual([]);
      expect((await replayThrough(path, { store })).alerts.map((a) => a.level)).toEqual([2]);
      expect(await store.recentAlerts("replay", 10)).toHaveLength(1);
      await store.close();
    }
  });
});
