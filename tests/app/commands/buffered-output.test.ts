import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { bufferedOutput } from "../../../src/app/commands/buffered-output.js";

function recorder() {
  const stream = new PassThrough();
  const writes: string[] = [];
  stream.on("data", (d: Buffer) => writes.push(d.toString()));
  return { stream, writes };
}

describe("bufferedOutput", () => {
  it("GIVEN small writes THEN one write once the limit is reached, the rest at flush", async () => {
    const { stream, writes } = recorder();
    const out = bufferedOutput(stream, 10);
    out.write("abcd");
    out.write("efgh");
    await Promise.resolve();
    expect(writes).toEqual([]);
    out.write("ijkl");
    out.write("m");
    out.flush();
    out.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["abcdefghijkl", "m"]);
  });

  it("GIVEN a stream that is full THEN the write that filled it returns a promise that settles on drain", async () => {
    const stream = new PassThrough({ highWaterMark: 4 });
    const out = bufferedOutput(stream, 8);
    expect(out.write("abcd")).toBeUndefined();
    const waiting = out.write("efghijkl");
    expect(waiting).toBeInstanceOf(Promise);
    let drained = false;
    void waiting?.then(() => (drained = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    stream.read();
    await waiting;
    expect(drained).toBe(true);
  });

  it("GIVEN a limit of 0 THEN every write goes through at once", async () => {
    const { stream, writes } = recorder();
    const out = bufferedOutput(stream, 0);
    out.write("a");
    out.write("b");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a", "b"]);
  });
});
