// Slack's request signature, v0: HMAC-SHA256 of `v0:timestamp:body` with the signing secret.
// Bolt checks it too; capwatch checks it first only to know which requests to remember as seen.
import { createHmac, timingSafeEqual } from "node:crypto";

/** True when `signature` is Slack's v0 signature of `body` sent at `timestamp`. */
export function isSlackSignature(signingSecret: string, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (typeof signature !== "string" || typeof timestamp !== "string" || !/^v0=[0-9a-f]{64}$/.test(signature)) return false;
  const expected = createHmac("sha256", signingSecret).update(`v0:${timestamp}:`).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature.slice(3), "hex"));
}
