// Signed requests are answered once. Slack and Discord sign a request with a timestamp and accept
// it for five minutes; whoever captures one could send it again inside that window (an admin's
// command would run twice). The key of each verified request is claimed in the store, shared by
// every instance, until its window closes; a second sight of it is refused.
import { createHash } from "node:crypto";

/** True the first time `key` is claimed before `expiresAt`; false for a request seen before. */
export type ClaimRequest = (key: string, expiresAt: Date) => Promise<boolean>;

export type FirstSight = "first" | "replayed" | "unchecked";

/**
 * Whether the request signed with `signature` at `timestampS` is new. "unchecked" when the store
 * could not say: the caller refuses it (503) rather than risk running a command twice.
 */
export async function firstSight(claim: ClaimRequest, platform: string, signature: string, timestampS: number, windowS: number): Promise<FirstSight> {
  const key = createHash("sha256").update(`${platform}\n${signature}`).digest("hex");
  try {
    return (await claim(key, new Date((timestampS + windowS) * 1000))) ? "first" : "replayed";
  } catch {
    return "unchecked";
  }
}
