// Reads a text file line by line in large chunks; the handler may return a promise to pause.
// A failure to read the file is a ReplayReadError; a handler's own failure passes through as is,
// so a caller can tell "cannot read FILE" from a failure of what the lines were fed to.
import { createReadStream } from "node:fs";

export type LineHandler = (line: string, lineNumber: number) => Promise<void> | undefined | void;

/** The longest line a replay reads (8 MiB); a longer one is skipped whole and reported, in linear time. */
export const MAX_LINE_BYTES = 8 << 20;
/** What a reader hands on in place of a line over MAX_LINE_BYTES: it can be no JSON line. */
export const OVERLONG_LINE = "\u0000overlong line";
/** A UTF-8 byte-order mark some editors put first: not part of line 1. */
export const BOM = "\uFEFF";

export class ReplayReadError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super((cause as NodeJS.ErrnoException).code ?? (cause as Error).message ?? String(cause), { cause });
  }
}

/** The file's chunks from byte `start`; only reading errors become ReplayReadError. */
export async function* fileChunks(path: string, options: { start?: number; encoding?: "utf8" } = {}): AsyncGenerator<Buffer | string> {
  const iterator = (createReadStream(path, { highWaterMark: 1 << 20, ...options }) as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer | string>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw new ReplayReadError(path, error);
      }
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/**
 * Calls `handler` for every line (1-based numbers, `\r\n` tolerated), awaiting it only when it
 * returns a promise. From byte `start` (a line start) on, numbering from `firstLine`.
 */
export async function forEachLine(path: string, handler: LineHandler, from: { start?: number; firstLine?: number } = {}): Promise<number> {
  let carry = "";
  let overlong = false; // skipping the rest of a line over the limit
  let lineNumber = (from.firstLine ?? 1) - 1;
  let first = (from.start ?? 0) === 0;
  for await (const chunk of fileChunks(path, { start: from.start, encoding: "utf8" })) {
    let piece = chunk as string;
    if (first && piece.startsWith(BOM)) piece = piece.slice(1);
    first = false;
    if (overlong) {
      const end = piece.indexOf("\n");
      if (end === -1) continue;
      overlong = false;
      const pending = handler(OVERLONG_LINE, ++lineNumber);
      if (pending) await pending;
      piece = piece.slice(end + 1);
    }
    const last = piece.lastIndexOf("\n");
    if (last === -1) {
      const text = carry + piece;
      // No line end yet: a line past the limit is dropped now, not gathered (a 200 MB line was quadratic).
      if (text.length > MAX_LINE_BYTES) {
        carry = "";
        overlong = true;
      } else carry = text;
      continue;
    }
    // The chunk's lines are read where they stand: only the line across the chunk boundary is
    // joined with the carry. Joining the whole chunk copied each megabyte once more into a fresh
    // string, garbage in V8's large-object space that raised the replay's peak RSS.
    let from = 0;
    if (carry.length > 0) {
      const end = piece.indexOf("\n");
      lineNumber = await forEachLineIn(carry + piece.slice(0, end + 1), lineNumber + 1, handler);
      from = end + 1;
    }
    if (from <= last) lineNumber = await forEachLineIn(piece.slice(from, last + 1), lineNumber + 1, handler);
    carry = piece.slice(last + 1);
  }
  if (overlong) {
    const pending = handler(OVERLONG_LINE, ++lineNumber);
    if (pending) await pending;
  } else if (carry.length > 0) lineNumber = await forEachLineIn(carry, lineNumber + 1, handler);
  return lineNumber;
}

/**
 * The lines of `text` (complete lines, each ending in `\n`, but for a file's unterminated last
 * line) numbered from `firstLine`; returns the number of the last line handled.
 */
export async function forEachLineIn(text: string, firstLine: number, handler: LineHandler): Promise<number> {
  let lineNumber = firstLine - 1;
  let start = 0;
  for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
    lineNumber++;
    const pending = handler(stripCr(text.slice(start, end)), lineNumber);
    if (pending) await pending;
    start = end + 1;
  }
  if (start < text.length) {
    lineNumber++;
    const pending = handler(stripCr(text.slice(start)), lineNumber);
    if (pending) await pending;
  }
  return lineNumber;
}

export function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
