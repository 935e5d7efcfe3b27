// Bolt refuses request timestamps older than five minutes but accepts any from the future; a
// captured request could then be replayed later. This refuses both directions before Bolt runs.
import type { IncomingMessage, ServerResponse } from "node:http";

export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** True when the request's `x-slack-request-timestamp` is within five minutes of `nowMs`. */
export function timestampIsFresh(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(nowMs - Number(header) * 1000) <= MAX_CLOCK_SKEW_MS;
}

/** Answers 401 and returns false for a request whose timestamp is missing, stale or in the future. */
export function refuseUnfreshRequest(req: IncomingMessage, res: ServerResponse, nowMs: number, log: (line: string) => void): boolean {
  if (timestampIsFresh(req.headers["x-slack-request-timestamp"], nowMs)) return true;
  log(`slack: refused a request to ${req.url ?? "?"}: its timestamp is missing or more than 5 minutes off`);
  req.resume();
  res.writeHead(401).end();
  return false;
}
