// The replay source: a JSONL file of events (docs/replay-format.md), validated line by line.
import type { MarketEvent } from "../events.js";
import { eventOrReason, parseEvent, type ParsedEvent } from "../events.js";
import { MAX_LINE_BYTES, OVERLONG_LINE, forEachLineOfBlock, wholeLineBlocks, type ByteLineHandler } from "./line-reader.js";
import { quoteFromBytes } from "./quote-line.js";
import { READ_AHEAD_BYTES, readAhead } from "./untimed-scan.js";

export interface ReplayProblem {
  line: number;
  reason: string;
}

export interface ReplayHandlers {
  /** `company` and `watchlist` lines without `ts`: they apply from the start wherever they stand. */
  onUntimed(event: MarketEvent, line: number): Promise<void> | undefined | void;
  /** Called once after the untimed lines, before the first timed one. */
  onStart(info: { hasWatchlist: boolean }): Promise<void> | undefined | void;
  onTimed(event: MarketEvent & { ts: number }, line: number): Promise<void> | undefined | void;
  onProblem(problem: ReplayProblem): void;
}

/**
 * Reads the file once (see readAhead): the lines that apply from the start are found on the raw
 * bytes first, then the lines are read in time order: a plain quote line from its bytes, any
 * other line decoded and parsed.
 */
export async function readReplay(path: string, handlers: ReplayHandlers, readAheadBytes = READ_AHEAD_BYTES): Promise<void> {
  const untimed = new Map<number, ParsedEvent>();
  let hasWatchlist = false;
  const ahead = await readAhead(path, readAheadBytes);
  for (const { line, text } of ahead.candidates) {
    const value = tryJson(text);
    if (value === undefined || typeof value !== "object" || value === null) continue;
    const { type, ts } = value as { type?: unknown; ts?: unknown };
    if (type !== "company" && type !== "watchlist") continue;
    const parsed = parseEvent(value);
    if (type === "watchlist" && parsed.ok) hasWatchlist = true;
    if (ts === undefined) untimed.set(line, parsed);
  }

  // Company lines go on without waiting for each write (the store batches them); a watchlist
  // line waits for what came before it, and everything is written before the first timed line.
  const writing: Array<Promise<void>> = [];
  let failure: { error: unknown } | undefined;
  const written = async () => {
    await Promise.all(writing.splice(0));
    if (failure) throw failure.error;
  };
  for (const [line, parsed] of untimed) {
    if (!parsed.ok) continue;
    if (parsed.event.type !== "company") await written();
    const pending = handlers.onUntimed(parsed.event, line);
    if (!pending) continue;
    if (parsed.event.type !== "company") await pending;
    else writing.push(pending.then(undefined, (error: unknown) => void (failure ??= { error })));
  }
  await written();
  const started = handlers.onStart({ hasWatchlist });
  if (started) await started;

  let lastTs = -Infinity;
  // Untimed line numbers in order: the main pass meets them in the same order, so one pointer
  // replaces a lookup per line.
  const untimedLines = [...untimed.keys()].sort((a, b) => a - b);
  let nextUntimed = 0;
  const onEvent = (event: MarketEvent, line: number): Promise<void> | undefined | void => {
    // Untimed lines were applied up front; one the first look missed applies from here.
    if (event.ts === undefined) return handlers.onUntimed(event, line);
    if (event.ts < lastTs) {
      handlers.onProblem({ line, reason: `ts ${new Date(event.ts).toISOString()} is earlier than the line before (${new Date(lastTs).toISOString()}); lines must be in time order` });
      return;
    }
    lastTs = event.ts;
    return handlers.onTimed(event as MarketEvent & { ts: number }, line);
  };
  /** A line that is not a plain quote line: decoded, parsed and validated by zod. */
  const onText = (text: string, line: number): Promise<void> | undefined | void => {
    // Nearly every line starts with "{": only the others can be blank (or a skipped long line).
    if (text.charCodeAt(0) !== 123) {
      if (text === OVERLONG_LINE) {
        handlers.onProblem({ line, reason: `longer than ${MAX_LINE_BYTES >> 20} MiB; skipped (split the document or shorten the line)` });
        return;
      }
      if (text.trim().length === 0) return;
    }
    const event = parsedOrReason(text);
    if (event === undefined) {
      handlers.onProblem({ line, reason: "not valid JSON" });
      return;
    }
    if (typeof event === "string") {
      handlers.onProblem({ line, reason: event });
      return;
    }
    return onEvent(event, line);
  };
  const onLine: ByteLineHandler = (bytes, start, end, line) => {
    if (line === untimedLines[nextUntimed]) {
      nextUntimed++;
      const known = untimed.get(line) as ParsedEvent;
      if (!known.ok) handlers.onProblem({ line, reason: known.reason });
      return;
    }
    // A plain quote line is read from its bytes; every other line is decoded first.
    const quote = quoteFromBytes(bytes, start, end);
    return quote !== undefined ? onEvent(quote, line) : onText(bytes.toString("utf8", start, end), line);
  };
  let line = 1;
  const readBlock = async (block: Buffer) => {
    line = (await forEachLineOfBlock(block, line, onLine)) + 1;
    // A turn of the event loop per megabyte: run only on microtasks, the replay left V8 no
    // point to shrink its heap (measured on the alert-heavy bench: ~150 MB of heap, ~70 MB with).
    await new Promise((resolve) => setImmediate(resolve));
  };
  const { held, rest } = ahead;
  for (let i = 0; i < held.length; i++) {
    const bytes = held[i] as Buffer;
    held[i] = EMPTY; // each chunk leaves memory once read
    await readBlock(bytes);
  }
  if (rest === undefined) return;
  line = rest.firstLine;
  for await (const { lines } of wholeLineBlocks(path, rest.start)) await readBlock(lines);
}

const EMPTY = Buffer.alloc(0);

/** The line's event, why it is not one, or undefined when it is not JSON. */
function parsedOrReason(text: string): MarketEvent | string | undefined {
  const value = tryJson(text);
  return value === undefined ? undefined : eventOrReason(value);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
