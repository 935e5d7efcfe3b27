// The one read of a replay file: raw chunks (no decoding, no splitting) are searched for the
// lines that may be `company` or `watchlist` lines, and kept, up to a budget, for the timed
// pass to decode. A file within the budget is read once; beyond it, the rest of the file is
// scanned now and read again later, so memory stays bounded whatever the file's size.
import { OVERLONG_BLOCK, stripCr, wholeLineBlocks } from "./line-reader.js";

const NEWLINE = 10;
const QUOTE_BYTE = 34;
/**
 * A line that names one of the types, or that has a \u escape (`"\u0077atchlist"` is "watchlist"
 * too: JSON.parse decides what such a line is).
 */
const PATTERNS = [Buffer.from('"company"'), Buffer.from('"watchlist"'), Buffer.from("\\u")];
/**
 * Each pattern as searched for: the words without their quotes (Buffer.indexOf skips ahead far
 * less on a pattern ending in `"`, the file's commonest byte: 38 against 15 ms per pass over the
 * bench's 80 MB file), the quotes then checked at each hit.
 */
const SEARCHED = PATTERNS.map((pattern) => (pattern[0] === QUOTE_BYTE ? pattern.subarray(1, -1) : pattern));

/**
 * Bytes of a file held between the scan and the timed pass; larger files read their rest twice.
 * 16 MiB, not 128: the held bytes were most of a large replay's peak RSS (an 80 MB bench file
 * held whole, ~40 MB above this at peak), and reading the rest again from the page cache cost no
 * measurable CPU (paired runs, docs/benchmarks.md).
 */
export const READ_AHEAD_BYTES = 16 << 20;

export interface CandidateLine {
  line: number;
  text: string;
}

export interface ReadAhead {
  /** Every line that mentions `"company"` or `"watchlist"`, in order, with its 1-based number. */
  candidates: CandidateLine[];
  /** The file's first bytes as whole lines, in order (the last may lack its newline at the end of the file). */
  held: Buffer[];
  /** Where the part not held starts (a line start), or undefined when the whole file is held. */
  rest?: { start: number; firstLine: number };
}

/** Reads `path` once: its candidate lines, and its first `budget` bytes kept whole-line. */
export async function readAhead(path: string, budget = READ_AHEAD_BYTES): Promise<ReadAhead> {
  const ahead: ReadAhead = { candidates: [], held: [] };
  let heldBytes = 0;
  let fileOffset = 0; // bytes of the file behind what is held (a BOM or an overlong line holds fewer)
  let lineOfCarry = 1; // the number of the line the next block starts
  const keep = (lines: Buffer, firstLine: number, fileBytes: number) => {
    if (ahead.rest === undefined && heldBytes + lines.length <= budget) {
      ahead.held.push(lines);
      heldBytes += lines.length;
      fileOffset += fileBytes;
    } else ahead.rest ??= { start: fileOffset, firstLine };
  };
  // Lines are counted only up to a candidate or to where the held part ends: in a file whose
  // untimed lines come first, the rest is never counted here (the timed pass numbers it).
  let uncounted: Buffer[] = [];
  const countUncounted = () => {
    for (const region of uncounted) lineOfCarry += countNewlines(region);
    uncounted = [];
  };
  for await (const { lines: complete, fileBytes } of wholeLineBlocks(path)) {
    if (complete !== OVERLONG_BLOCK && PATTERNS.some((_, p) => nextHit(complete, p, 0) !== -1)) {
      countUncounted();
      collect(complete, lineOfCarry, ahead.candidates);
    }
    if (ahead.rest === undefined && heldBytes + complete.length > budget) countUncounted();
    keep(complete, lineOfCarry, fileBytes);
    // Past the held part the bytes are not kept, so they are counted now.
    if (ahead.rest === undefined) uncounted.push(complete);
    else lineOfCarry += countNewlines(complete);
  }
  return ahead;
}

/** Every line that mentions `"company"` or `"watchlist"`, with its 1-based number. */
export async function scanCandidateLines(path: string): Promise<CandidateLine[]> {
  return (await readAhead(path, 0)).candidates;
}

/** Adds the lines of `data` (starting at line `firstLine`) that contain a pattern. */
function collect(data: Buffer, firstLine: number, found: CandidateLine[]): void {
  const starts = new Set<number>();
  for (let p = 0; p < PATTERNS.length; p++) {
    for (let at = nextHit(data, p, 0); at !== -1; at = nextHit(data, p, at + 1)) {
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

/** Where pattern `p` next occurs in `data` from `from` (the index of its first byte), or -1. */
function nextHit(data: Buffer, p: number, from: number): number {
  const pattern = PATTERNS[p] as Buffer;
  const searched = SEARCHED[p] as Buffer;
  if (searched === pattern) return data.indexOf(pattern, from);
  for (let at = data.indexOf(searched, from + 1); at !== -1; at = data.indexOf(searched, at + 1)) {
    if (data[at - 1] === QUOTE_BYTE && data[at + searched.length] === QUOTE_BYTE) return at - 1;
  }
  return -1;
}

function countNewlines(data: Buffer): number {
  let n = 0;
  for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, at + 1)) n++;
  return n;
}
