// The replay reads its file once: the raw scan for untimed lines keeps the bytes it read for the
// timed pass. A file beyond the read-ahead budget reads only its rest again, with the same result.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ReplayReadError } from "../../../src/sources/replay/line-reader.js";
import { readReplay } from "../../../src/sources/replay/read-replay.js";
import { readAhead } from "../../../src/sources/replay/untimed-scan.js";
import { writeReplayFile } from "../../helpers/desk.js";
import { readerCalls } from "./reader-calls.js";

const LINES: Array<object | string> = [
  { type: "quote", ts: "2026-01-28T21:00:00Z", ticker: "MSFT", price: 481.63 },
  "not json",
  { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: 440 },
  "",
  { type: "company", ticker: "MSFT", name: "Microsoft — ünïcode", sharesOutstanding: 7.433e9 },
  { type: "quote", ts: "2026-01-29T14:31:00Z", ticker: "MSFT", price: 430 },
  { type: "watchlist", channel: "#m", tickers: ["MSFT"] },
  { type: "quote", ts: "2026-01-29T14:00:00Z", ticker: "MSFT", price: 420 },
  '{"type":"quote","ts":"2026-01-29T14:32:00Z","ticker":"MSFT","price":425}',
];

const calls = (path: string, readAheadBytes?: number) => readerCalls(path, readAheadBytes);

describe("replay: one read of the file", () => {
  it("GIVEN a file within the read-ahead budget THEN its bytes are all kept from the scan, nothing is read again", async () => {
    const path = writeReplayFile(LINES);
    const ahead = await readAhead(path);
    expect(ahead.rest).toBeUndefined();
    expect(Buffer.concat(ahead.held).equals(readFileSync(path))).toBe(true);
    expect(ahead.candidates.map((c) => c.line)).toEqual([5, 7]);
  });

  it("GIVEN a budget smaller than the file THEN the rest is read again from a line start, with the same lines, numbers and problems", async () => {
    const path = writeReplayFile(LINES);
    const whole = await calls(path);
    expect(whole.slice(0, 3)).toEqual(["untimed 5 company", "untimed 7 watchlist", "start true"]);
    expect(whole).toContain("problem 2 not valid JSON");
    for (const budget of [0, 1, 80, 200]) expect(await calls(path, budget)).toEqual(whole);
    const ahead = await readAhead(path, 200);
    expect(ahead.rest).toBeDefined();
    const start = ahead.rest?.start ?? 0;
    expect(readFileSync(path).subarray(0, start).toString().split("\n").length).toBe(ahead.rest?.firstLine);
  });

  it("GIVEN a file that cannot be read THEN a ReplayReadError, not any other failure", async () => {
    await expect(calls("/nonexistent/replay.jsonl")).rejects.toBeInstanceOf(ReplayReadError);
  });

  it("GIVEN a handler that fails THEN its own error comes through, not a read error", async () => {
    const path = writeReplayFile(LINES);
    const boom = new Error("store failed");
    const failing = readReplay(path, { onUntimed: () => undefined, onStart: () => undefined, onTimed: () => Promise.reject(boom), onProblem: () => undefined });
    await expect(failing).rejects.toBe(boom);
  });
});
