// Reads a file in large chunks as blocks of whole lines, handed on as text or as bytes; a handler may return a promise to pause.
// A failure to read the file is a ReplayReadError; a handler's own failure passes through as is,
// so a caller can tell "cannot read FILE" from a failure of what the lines were fed to.
import { createReadStream } from "node:fs";

export type LineHandler = (line: string, lineNumber: number) => Promise<void> | undefined | void;

/** The longest line a replay reads (8 MiB); a longer one is skipped whole and reported, in linear time. */
export const MAX_LINE_BYTES = 8 << 20;
/** What a reader hands on in place of a line over MAX_LINE_BYTES: it can be no JSON line. */
export const OVERLONG_LINE = "\u0000overlong line";

export class ReplayReadError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super((cause as NodeJS.ErrnoException).code ?? (cause as Error).message ?? String(cause), { cause });
  }
}

/** The file's chunks from byte `start`; only reading errors become ReplayReadError. */
export async function* fileChunks(path: string, options: { start?: number } = {}): AsyncGenerator<Buffer> {
  const iterator = (createReadStream(path, { highWaterMark: 1 << 20, ...options }) as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
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
 * Calls `handler` for every line as text (1-based numbers, `\r\n` tolerated), awaiting it only when
 * it returns a promise. From byte `start` (a line start) on, numbering from `firstLine`. Each block
 * of whole lines is decoded once and its lines read where they stand (the bench's floor reads this
 * way; a replay reads the same blocks' quote lines from their bytes).
 */
export async function forEachLine(path: string, handler: LineHandler, from: { start?: number; firstLine?: number } = {}): Promise<number> {
  let lineNumber = (from.firstLine ?? 1) - 1;
  for await (const { lines } of wholeLineBlocks(path, from.start ?? 0)) lineNumber = await forEachLineIn(lines.toString("utf8"), lineNumber + 1, handler);
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

export interface LineBlock {
  /** Whole lines, each ending in `\n` (but for a file's unterminated last line). */
  lines: Buffer;
  /** The bytes of the file this block stands for: more than `lines` for a skipped long line or a byte-order mark. */
  fileBytes: number;
}

const NEWLINE = 10;
const EMPTY = Buffer.alloc(0);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Held in place of a line over the limit: the reader reports it at its own line number. */
export const OVERLONG_BLOCK = Buffer.from(`${OVERLONG_LINE}\n`);

/**
 * The file's bytes from `start` (a line start) as blocks of whole lines, undecoded: each chunk's
 * lines where they stand, only a line across chunks copied, once, when its end arrives. A line
 * over MAX_LINE_BYTES is dropped as it comes and stands as OVERLONG_BLOCK; a byte-order mark
 * first in the file is left out.
 */
export async function* wholeLineBlocks(path: string, start = 0): AsyncGenerator<LineBlock> {
  let carry: Buffer = EMPTY;
  // A line longer than one chunk gathers its parts here (one copy at its end, not one per chunk).
  let carryParts: Buffer[] = [];
  let carryBytes = 0;
  let skipped = 0; // bytes of an overlong line being skipped, or 0
  let unblocked = 0; // bytes read but in no block (a byte-order mark): counted with the next one
  const block = (lines: Buffer, fileBytes = lines.length): LineBlock => {
    const out = { lines, fileBytes: fileBytes + unblocked };
    unblocked = 0;
    return out;
  };
  let first = start === 0;
  for await (const read of fileChunks(path, { start })) {
    let chunk = read;
    // A UTF-8 byte-order mark some editors put first is not part of line 1.
    if (first && chunk.subarray(0, 3).equals(UTF8_BOM)) {
      chunk = chunk.subarray(3);
      unblocked = 3;
    }
    first = false;
    if (skipped > 0) {
      const end = chunk.indexOf(NEWLINE);
      if (end === -1) {
        skipped += chunk.length;
        continue;
      }
      yield block(OVERLONG_BLOCK, skipped + end + 1);
      skipped = 0;
      chunk = chunk.subarray(end + 1);
    } else if (carry.length > 0 || carryParts.length > 0) {
      const firstNewline = chunk.indexOf(NEWLINE);
      if (firstNewline === -1) {
        carryParts.push(Buffer.from(chunk));
        carryBytes += chunk.length;
        if (carry.length + carryBytes > MAX_LINE_BYTES) {
          skipped = carry.length + carryBytes;
          carry = EMPTY;
          carryParts = [];
          carryBytes = 0;
        }
        continue;
      }
      yield block(Buffer.concat([carry, ...carryParts, chunk.subarray(0, firstNewline + 1)]));
      carry = EMPTY;
      carryParts = [];
      carryBytes = 0;
      chunk = chunk.subarray(firstNewline + 1);
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      carry = Buffer.from(chunk);
      continue;
    }
    yield block(chunk.subarray(0, lastNewline + 1));
    carry = Buffer.from(chunk.subarray(lastNewline + 1));
  }
  if (skipped > 0) yield block(OVERLONG_BLOCK, skipped);
  else if (carry.length > 0 || carryParts.length > 0) yield block(Buffer.concat([carry, ...carryParts]));
}

/** A line's place in a block: `bytes[start, end)`, its line end (`\n` or `\r\n`) left out. */
export type ByteLineHandler = (bytes: Buffer, start: number, end: number, lineNumber: number) => Promise<void> | undefined | void;

/** The lines of a block numbered from `firstLine`, awaiting the handler only when it returns a promise; returns the last line's number. */
export async function forEachLineOfBlock(block: Buffer, firstLine: number, handler: ByteLineHandler): Promise<number> {
  let lineNumber = firstLine - 1;
  let start = 0;
  while (start < block.length) {
    let next = block.indexOf(NEWLINE, start);
    if (next === -1) next = block.length;
    const end = next > start && block[next - 1] === 13 ? next - 1 : next;
    lineNumber++;
    const pending = handler(block, start, end, lineNumber);
    if (pending) await pending;
    start = next + 1;
  }
  return lineNumber;
}

export function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}
