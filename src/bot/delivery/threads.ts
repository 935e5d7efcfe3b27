// Threads on platforms that have them: a market-cap alert that followed the company's guidance or
// results in the same episode is posted as a reply to that alert's message (Slack thread_ts,
// Discord message reference). The parent's message id is kept in the store after its post; a
// parent that was never posted here (muted, another platform, older than the store keeps) means
// the reply is posted as a message of its own. Failing to read or keep a parent never fails a post.
import { replyKeyOf, threadKeyOf } from "../../alerts/causes.js";
import type { Alert } from "../../alerts/types.js";
import type { Platform, ThreadMessages } from "../../store/store.js";

/** The parent message a post replies to, or undefined (no cause, or its message is unknown). */
export async function threadParent(store: ThreadMessages, platform: Platform, channel: string, alert: Alert): Promise<string | undefined> {
  const key = replyKeyOf(alert);
  if (key === undefined) return undefined;
  try {
    return await store.threadMessage(platform, channel, key);
  } catch {
    return undefined;
  }
}

/** Keeps where a cause alert was posted, so the moves that follow reply in its thread. */
export async function rememberThreadParent(store: ThreadMessages, platform: Platform, channel: string, alert: Alert, ref: string | undefined, log: (line: string) => void): Promise<void> {
  const key = threadKeyOf(alert);
  if (key === undefined || ref === undefined) return;
  try {
    await store.saveThreadMessage(platform, channel, key, ref);
  } catch (error) {
    log(`${platform}: ${channel}: could not keep the message of ${key} for its thread (${(error as Error).message}); a move that follows it posts on its own`);
  }
}
