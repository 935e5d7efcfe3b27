import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanCandidateLines } from "../../../src/sources/replay/untimed-scan.js";

const file = (content: string) => {
  const path = join(tmpdir(), `capwatch-scan-${process.pid}-${Math.random()}.jsonl`);
  writeFileSync(path, content);
  return path;
};

describe("scanCandidateLines", () => {
  it("GIVEN company and watchlist lines among quotes THEN their numbers and texts", async () => {
    const path = file(['{"type":"quote"}', '{"type":"company","ticker":"A"}', "", '{"type":"watchlist","channel":"#a","tickers":[]}\r', '{"type":"company","ticker":"B"}'].join("\n"));
    expect(await scanCandidateLines(path)).toEqual([
      { line: 2, text: '{"type":"company","ticker":"A"}' },
      { line: 4, text: '{"type":"watchlist","channel":"#a","tickers":[]}' },
      { line: 5, text: '{"type":"company","ticker":"B"}' },
    ]);
  });

  it("GIVEN a line that straddles the 1 MiB read boundary and one mentioning both words THEN each is found once, whole", async () => {
    const filler = '{"type":"quote","ticker":"MSFT","price":1}';
    const lines: string[] = [];
    let size = 0;
    while (size < (1 << 20) - 20) {
      lines.push(filler);
      size += filler.length + 1;
    }
    lines.push('{"type":"company","ticker":"STRADDLE","name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}');
    lines.push('{"type":"watchlist","channel":"#company","tickers":[]}');
    const found = await scanCandidateLines(file(`${lines.join("\n")}\n`));
    expect(found).toEqual([
      { line: lines.length - 1, text: lines[lines.length - 2] },
      { line: lines.length, text: lines[lines.length - 1] },
    ]);
  });

  it("GIVEN the words without both quotes around them THEN those lines are not candidates; with them, wherever they stand, they are", async () => {
    const lines = [
      '{"type":"quote","ticker":"A","note":"company"}',
      '{"type":"document","text":"the company and its watchlist"}',
      '{"type":"document","text":"companywatchlist\\"company\\""}',
      'company"',
      '"watchlist',
      '"companys"',
      '""company""watchlist"',
    ];
    expect(await scanCandidateLines(file(lines.join("\n")))).toEqual([
      { line: 1, text: lines[0] },
      { line: 7, text: lines[6] },
    ]);
  });
});
