// Slack side of "at most one duplicate per crash": each alert is posted with message metadata
// naming its alert id, and a post cut short by a crash is looked for in the channel's recent
// history (conversations.history with include_all_metadata) before it is posted again.
import type { webApi } from "@slack/bolt";

export const ALERT_EVENT_TYPE = "capwatch_alert";

/** The metadata a posted alert carries (chat.postMessage `metadata`). */
export function alertMetadata(alertId: number): { event_type: string; event_payload: { alert_id: number } } {
  return { event_type: ALERT_EVENT_TYPE, event_payload: { alert_id: alertId } };
}

/** Pages of history read at most: a post in flight is the channel's latest few, not its thousandth. */
const MAX_PAGES = 5;
/** Clocks differ: the history is read from a little before the row was marked in flight. */
const SKEW_MS = 5 * 60_000;

/**
 * Whether the channel holds a message carrying this alert id, posted since `since` (less a margin).
 * Throws what the Web API throws; the caller decides what an unanswered lookup means.
 */
export async function findPostedAlert(client: webApi.WebClient, target: { channel: string; token?: string; alertId: number; since: Date }): Promise<boolean> {
  const oldest = String(Math.max(0, (target.since.getTime() - SKEW_MS) / 1000));
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const history = await client.conversations.history({ token: target.token, channel: target.channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
    const found = (history.messages ?? []).some((m) => m.metadata?.event_type === ALERT_EVENT_TYPE && Number((m.metadata.event_payload as Record<string, unknown> | undefined)?.alert_id) === target.alertId);
    if (found) return true;
    cursor = history.response_metadata?.next_cursor || undefined;
    if (!history.has_more || cursor === undefined) return false;
  }
  return false;
}
