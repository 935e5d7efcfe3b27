// Bolt refuses request timestamps older than five minutes but accepts any from the future; a
// captured request could then be replayed later. This refuses both directions before Bolt runs,
// and a request seen before inside its window.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBoundedBody } from "../http/read-body.js";
import { firstSight, type ClaimRequest } from "../http/seen-requests.js";
import { isSlackSignature } from "./verify-slack-signature.js";

/** Slack's own events and commands are a few kilobytes; Bolt's limit is 4 MB. */
const MAX_BODY = 1 << 20;

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

export interface ReplayGuardOptions {
  signingSecret: string;
  claim: ClaimRequest;
  log: (line: string) => void;
}

/**
 * Reads the body (handing it to Bolt as `rawBody`, which Bolt uses instead of the stream) and, for a
 * correctly signed request, claims its signature: false (answered 401) when it was seen before,
 * false (413 / 503) when the body is too large or the store cannot say. A badly signed request
 * goes on to Bolt, which refuses it with its own log line.
 */
export async function refuseReplayedRequest(req: IncomingMessage, res: ServerResponse, options: ReplayGuardOptions): Promise<boolean> {
  const body = await readBoundedBody(req, MAX_BODY);
  if (body === null) {
    res.writeHead(413).end();
    return false;
  }
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
  const signature = req.headers["x-slack-signature"];
  const timestamp = req.headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || typeof timestamp !== "string" || !isSlackSignature(options.signingSecret, signature, timestamp, body)) return true;
  const sight = await firstSight(options.claim, "slack", signature, Number(timestamp), MAX_CLOCK_SKEW_MS / 1000);
  if (sight === "first") return true;
  options.log(sight === "replayed" ? `slack: refused a replayed request to ${req.url ?? "?"} (its signature was seen before)` : "slack: could not check a request against those seen (store unavailable); refused it");
  res.writeHead(sight === "replayed" ? 401 : 503).end();
  return false;
}
