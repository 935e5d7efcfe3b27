// The first look at a replay file: find the lines that may be `company` or `watchlist` lines,
// on the raw bytes (no decoding, no splitting), so a million quote lines cost one native scan.
import { createReadStream } from "node:fs";

const NEWLINE = 10;
const PATTERNS = [Buffer.from('"company"'), Buffer.from('"watchlist"')];

export interface CandidateLine {
  line: number;
  text: string;
}

/** Every line that mentions `"company"` or `"watchlist"`, with its 1-based number. */
export async function scanCandidateLines(path: string): Promise<CandidateLine[]> {
  const found: CandidateLine[] = [];
  let carry: Buffer = Buffer.alloc(0);
  let lineOfCarry = 1; // the number of the line `carry` starts
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const lastNewline = data.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      carry = data;
      continue;
    }
    const complete = data.subarray(0, lastNewline + 1);
    collect(complete, lineOfCarry, found);
    lineOfCarry += countNewlines(complete);
    carry = Buffer.from(data.subarray(lastNewline + 1));
  }
  if (carry.length > 0) collect(carry, lineOfCarry, found);
  return found.sort((a, b) => a.line - b.line);
}

/** Adds the lines of `data` (starting at line `firstLine`) that contain a pattern. */
function collect(data: Buffer, firstLine: number, found: CandidateLine[]): void {
  const starts = new Set<number>();
  for (const pattern of PATTERNS) {
    for (let at = data.indexOf(pattern); at !== -1; at = data.indexOf(pattern, at + 1)) {
      starts.add(data.lastIndexOf(NEWLINE, at) + 1);
    }
  }
  if (starts.size === 0) return;
  let line = firstLine;
  let counted = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    line += countNewlines(data.subarray(counted, start));
    counted = start;
    const end = data.indexOf(NEWLINE, start);
    found.push({ line, text: stripCr(data.toString("utf8", start, end === -1 ? data.length : end)) });
  }
}

function countNewlines(data: Buffer): number {
  let n = 0;
  for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, at + 1)) n++;
  return n;
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
