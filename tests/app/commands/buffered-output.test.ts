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

  it("GIVEN a limit of 0 THEN every write goes through at once", async () => {
    const { stream, writes } = recorder();
    const out = bufferedOutput(stream, 0);
    out.write("a");
    out.write("b");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a", "b"]);
  });
});
