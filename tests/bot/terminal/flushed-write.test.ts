// The terminal's alerts leave the outbox only once their text has left capwatch: the write
// callback fired and a full buffer drained (a slow reader on a pipe, `npm start | tee`).
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { writeFlushed } from "../../../src/bot/terminal/flushed-write.js";
import { localDelivery, sinkPlatform } from "../../../src/bot/terminal/terminal-platform.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { testDesk, writeReplayFile } from "../../helpers/desk.js";

/** A reader that takes nothing until released, like a pipe whose reader is busy. */
function stalledReader() {
  const held: Array<() => void> = [];
  let open = false;
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      if (open) done();
      else held.push(() => done());
    },
  });
  return {
    stream,
    chunks,
    release() {
      open = true;
      for (const done of held.splice(0)) done();
    },
    /** The reader takes what it was handed so far, then stalls again. */
    takeOne() {
      for (const done of held.splice(0)) done();
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe("terminal: written and flushed before delivered", () => {
  it("GIVEN a reader that has not taken the text THEN the write has not settled; once it does, it has", async () => {
    const reader = stalledReader();
    let settled = false;
    const writing = writeFlushed(reader.stream, "x".repeat(100)).then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    reader.release();
    await writing;
    expect(settled).toBe(true);
  });

  it("GIVEN a stalled pipe during delivery THEN each alert stays in the outbox until its text has left, and leaves it then", async () => {
    const file = writeReplayFile([
      { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 },
      { type: "quote", ts: "2026-01-28T21:00:00Z", ticker: "MSFT", price: 481.63 },
      { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: 440 },
      { type: "quote", ts: "2026-01-29T18:00:00Z", ticker: "MSFT", price: 421.02 },
    ]);
    const desk = await testDesk({ delivers: false });
    await runReplay(file, desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(p.reason); } });
    const pending = () => desk.store.pendingOutbox(100, new Date("2100-01-01"));
    expect(await pending()).toHaveLength(2);

    const reader = stalledReader();
    const loop = localDelivery(desk.store, sinkPlatform({ deliver: (alert) => writeFlushed(reader.stream, `${alert.kind} ${alert.ts}\n`) }));
    const delivering = loop.drain();
    await tick();
    expect(reader.chunks).toHaveLength(1); // handed to the stream, not taken by the reader
    expect(await pending()).toHaveLength(2);
    // The first text taken: that alert alone leaves the outbox (a crash now prints only the second again).
    reader.takeOne();
    await tick();
    expect(reader.chunks).toHaveLength(2);
    expect(await pending()).toHaveLength(1);
    reader.release();
    expect(await delivering).toBe(2);
    expect(reader.chunks).toHaveLength(2);
    expect(await pending()).toEqual([]);
    await desk.close();
  });
});
