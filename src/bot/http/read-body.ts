// A request body read whole, with a bound: a larger body is refused, never buffered.
import type { IncomingMessage } from "node:http";

/** The body, or null when it is over `maxBytes` (the rest is then not read). */
export async function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
