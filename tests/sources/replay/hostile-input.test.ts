// Odd and hostile replay files (issue 13): a byte-order mark, escaped key spellings, a line far
// over the limit, pipes and FIFOs, devices. Each is read or refused with a message; none hangs,
// none loses the lines around it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LINE_BYTES } from "../../../src/sources/replay/line-reader.js";
import { openReplayInput } from "../../../src/sources/replay/replay-input.js";
import { jsonLines } from "../../helpers/run-cli.js";
import { readerCalls } from "./reader-calls.js";

const COMPANY = '{"type":"company","ticker":"MSFT","name":"Microsoft","sharesOutstanding":7433000000}';
const QUOTE = (ts: string, price: number) => `{"type":"quote","ts":"${ts}","ticker":"MSFT","price":${price},"session":"regular"}`;

function file(content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "capwatch-hostile-")), "f.jsonl");
  writeFileSync(path, content);
  return path;
}

const calls = (path: string, readAheadBytes?: number) => readerCalls(path, readAheadBytes, (e) => e.type);

describe("replay lines as a careful reader takes them", () => {
  it("GIVEN a UTF-8 byte-order mark before line 1 THEN line 1 is read (held and re-read paths alike)", async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${COMPANY}\n${QUOTE("2026-01-29T14:30:00Z", 440)}\n`)]));
    const expected = ["untimed 1 company", "start false", "timed 2 quote"];
    expect(await calls(path)).toEqual(expected);
    expect(await calls(path, 0)).toEqual(expected);
  });

  it("GIVEN a watchlist whose key is spelled with escapes THEN it is a watchlist like any other", async () => {
    const path = file(`{"\\u0074ype":"\\u0077atchlist","channel":"#m","tickers":["MSFT"]}\n${QUOTE("2026-01-29T14:30:00Z", 440)}\n`);
    expect(await calls(path)).toEqual(["untimed 1 watchlist", "start true", "timed 2 quote"]);
  });

  it("GIVEN a line far over the limit between two good lines THEN it alone is reported and skipped, on both read paths", async () => {
    const huge = `{"type":"document","ts":"2026-01-29T14:30:30Z","ticker":"MSFT","text":"${"x".repeat(MAX_LINE_BYTES + (3 << 20))}"}`;
    const path = file(`${QUOTE("2026-01-29T14:30:00Z", 440)}\n${huge}\n${QUOTE("2026-01-29T14:31:00Z", 430)}\n`);
    const expected = ["start false", "timed 1 quote", "problem 2 longer than 8 MiB; skipped (split the document or shorten the line)", "timed 3 quote"];
    expect(await calls(path)).toEqual(expected);
    expect(await calls(path, 0)).toEqual(expected);
  });
});

describe("what a replay may read", () => {
  it("GIVEN a directory or a character device THEN refused with what it is; nothing is read", async () => {
    expect(await openReplayInput(tmpdir())).toEqual({ ok: false, reason: "a directory: a replay reads a regular file or a pipe" });
    expect(await openReplayInput("/dev/zero")).toEqual({ ok: false, reason: "a character device: a replay reads a regular file or a pipe" });
  });

  it("GIVEN a named pipe with a writer THEN its lines are replayed like a file's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "capwatch-fifo-"));
    const fifo = join(dir, "in.fifo");
    execFileSync("mkfifo", [fifo]);
    const writer = import("node:fs/promises").then((fs) => fs.writeFile(fifo, `${COMPANY}\n${QUOTE("2026-01-28T21:00:00Z", 481.63)}\n${QUOTE("2026-01-29T14:30:00Z", 440)}\n`));
    const input = await openReplayInput(fifo);
    await writer;
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    expect(readFileSync(input.path, "utf8").split("\n")).toHaveLength(4);
    expect(await calls(input.path)).toEqual(["untimed 1 company", "start false", "timed 2 quote", "timed 3 quote"]);
    await input.close();
  });

  it("GIVEN capwatch replay /dev/stdin or <(cat FILE) THEN the same alerts as from the file itself", () => {
    const example = "tests/fixtures/replay-examples/msft-2026-01-29.jsonl";
    const run = (command: string) => execFileSync("bash", ["-c", command], { encoding: "utf8" });
    const fromFile = jsonLines(run(`node dist/cli.js replay ${example} --json`));
    expect(fromFile.length).toBeGreaterThan(0);
    expect(jsonLines(run(`node dist/cli.js replay /dev/stdin --json < ${example}`))).toEqual(fromFile);
    expect(jsonLines(run(`cat ${example} | node dist/cli.js replay /dev/stdin --json`))).toEqual(fromFile);
    expect(jsonLines(run(`node dist/cli.js replay <(cat ${example}) --json`))).toEqual(fromFile);
  });

  it("GIVEN capwatch replay /dev/zero THEN it stops at once with exit 2 and says why", () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync("node", ["dist/cli.js", "replay", "/dev/zero"], { encoding: "utf8", stdio: "pipe", timeout: 20_000 });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain("capwatch replay: cannot read /dev/zero (a character device: a replay reads a regular file or a pipe)");
  });
});
