// Reads a text file line by line in large chunks; the handler may return a promise to pause.
import { createReadStream } from "node:fs";

export type LineHandler = (line: string, lineNumber: number) => Promise<void> | undefined | void;

/** Calls `handler` for every line (1-based numbers, `\r\n` tolerated), awaiting it only when it returns a promise. */
export async function forEachLine(path: string, handler: LineHandler): Promise<number> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let carry = "";
  let lineNumber = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = carry + chunk;
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      lineNumber++;
      const pending = handler(stripCr(text.slice(start, end)), lineNumber);
      if (pending) await pending;
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (carry.length > 0) {
    lineNumber++;
    const pending = handler(stripCr(carry), lineNumber);
    if (pending) await pending;
  }
  return lineNumber;
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
