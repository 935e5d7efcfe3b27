// A replay whose clock jumps years runs only the morning digests that have something to say
// (issue 13: an 8,000-year gap with 500 scheduled reports took over two minutes, one digest per
// trading day), and still runs every digest a report needs, also for a date read later.
import { describe, expect, it } from "vitest";
import { nextUsefulDigest } from "../../../src/app/replay-policy.js";
import { replayThrough, writeReplayFile } from "../../helpers/desk.js";

const scheduled = (ticker: string, date: string, ts: string) => ({ type: "earnings_scheduled", ts, ticker, date, time: "amc" });
const quote = (ts: string) => ({ type: "quote", ts, ticker: "ZZZ", price: 10 });

describe("digests across a long gap", () => {
  it("GIVEN 500 reports scheduled in 2026 and a last line in the year 9000 THEN the replay ends, with exactly the digests the reports need", async () => {
    const lines: object[] = []; // no watchlist: the replay's default channel watches everything
    for (let i = 0; i < 500; i++) lines.push(scheduled(`T${i}`, "2026-03-04", "2026-03-01T12:00:00Z"));
    lines.push(quote("9000-01-01T15:00:00Z"));
    const outcome = await replayThrough(writeReplayFile(lines));
    expect(outcome.problems).toEqual([]);
    const digests = outcome.raw.filter((a) => a.kind === "earnings_upcoming");
    // Tue Mar 3 (Wednesday's reports are next trading day's) and Wed Mar 4.
    expect(digests.map((a) => a.ts)).toEqual(["2026-03-03T13:00:00.000Z", "2026-03-04T13:00:00.000Z"]);
    expect((digests[0] as { items: unknown[] }).items).toHaveLength(500);
  });

  it("GIVEN a report scheduled years after the first line THEN its digests still run; none runs in the years between", async () => {
    const outcome = await replayThrough(
      writeReplayFile([
        quote("2026-01-05T15:00:00Z"),
        scheduled("LATE", "2040-06-06", "2040-06-01T12:00:00Z"),
        quote("2040-06-30T15:00:00Z"),
      ]),
    );
    expect(outcome.raw.filter((a) => a.kind === "earnings_upcoming").map((a) => a.ts)).toEqual(["2040-06-05T12:00:00.000Z", "2040-06-06T12:00:00.000Z"]);
  });

  it("GIVEN no report ahead THEN no digest is planned", () => {
    expect(nextUsefulDigest(Date.parse("2026-03-05T12:00:00Z"), [{ date: "2026-03-04" }])).toBe(Infinity);
    expect(nextUsefulDigest(Date.parse("2026-03-01T00:00:00Z"), [])).toBe(Infinity);
  });
});
