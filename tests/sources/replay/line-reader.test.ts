// forEachLine reads 1 MiB chunks and joins only the line across each chunk boundary with what the
// chunk before left: every line comes out whole and numbered as a plain split would give it.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forEachLine } from "../../../src/sources/replay/line-reader.js";
import { writeReplayFile } from "../../helpers/desk.js";

const MIB = 1 << 20;

describe("forEachLine across chunk boundaries", () => {
  it("GIVEN lines ending on, before and after 1 MiB boundaries, a line longer than a chunk and CRLF endings THEN the lines of a plain split, in order", async () => {
    const lines: string[] = [];
    let bytes = 0;
    const add = (line: string) => {
      lines.push(line);
      bytes += line.length + 1;
    };
    for (let i = 0; bytes < MIB - 200; i++) add(`{"n":${i},"pad":"${"a".repeat(i % 97)}"}`);
    add("x".repeat(MIB - bytes - 1)); // its newline is the chunk's last byte
    add("y".repeat(1.5 * MIB)); // no newline in the whole second chunk
    for (let i = 0; i < 5000; i++) add(`{"crlf":${i}}\r`);
    add("last line, no newline at the end");
    const path = writeReplayFile([]);
    writeFileSync(path, lines.join("\n"));
    const seen: Array<[number, string]> = [];
    const lastLine = await forEachLine(path, (line, n) => void seen.push([n, line]));
    const expected = lines.map((l, i): [number, string] => [i + 1, l.endsWith("\r") ? l.slice(0, -1) : l]);
    expect(lastLine).toBe(lines.length);
    expect(seen.length).toBe(expected.length);
    expect(seen).toEqual(expected);
  });
});
