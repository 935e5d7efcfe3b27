// Which of a workspace's capwatch channels a user is in, for the App Home. First
// users.conversations (one call for most users); with a bot token Slack lists there only the
// channels the bot is in too, and capwatch posts to public channels it never joined
// (chat:write.public). So each capwatch channel not found there is asked about directly:
// conversations.members, which the bot may read for any public channel (channels:read) and for
// the private ones it is in (groups:read). A private channel without the bot stays unseen (Slack
// does not say who is in it), as does any channel Slack cannot answer for. Bounded: pages per
// call and channels asked about per Home.
import type { webApi } from "@slack/bolt";

/** At most this many of a user's channels are read from users.conversations (pages of 200). */
const MAX_MEMBERSHIP_PAGES = 5;
/** At most this many capwatch channels are asked about one by one per Home. */
export const MAX_MEMBER_CHECKS = 50;
/** A channel's members are read in at most this many pages of 1000. */
const MAX_MEMBER_PAGES = 5;

/** The `candidates` (in their order) that `user` is a member of, as far as Slack lets the bot tell. */
export async function channelsUserIsIn(client: webApi.WebClient, user: string, candidates: readonly string[], log: (line: string) => void): Promise<string[]> {
  const listed = await listedChannels(client, user, log);
  const found = new Set(candidates.filter((c) => listed.has(c)));
  const unlisted = candidates.filter((c) => !found.has(c));
  if (unlisted.length > MAX_MEMBER_CHECKS) log(`slack: App Home of ${user}: ${unlisted.length} channels to check, only the first ${MAX_MEMBER_CHECKS} are`);
  for (const channel of unlisted.slice(0, MAX_MEMBER_CHECKS)) {
    if (await isMember(client, channel, user)) found.add(channel);
  }
  return candidates.filter((c) => found.has(c));
}

/** users.conversations for `user`, bounded; empty when Slack cannot say (each channel is then asked). */
async function listedChannels(client: webApi.WebClient, user: string, log: (line: string) => void): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_MEMBERSHIP_PAGES; page++) {
      const result = await client.users.conversations({ user, types: "public_channel,private_channel", exclude_archived: true, limit: 200, ...(cursor ? { cursor } : {}) });
      for (const c of result.channels ?? []) if (c.id) ids.add(c.id);
      cursor = result.response_metadata?.next_cursor || undefined;
      if (cursor === undefined) break;
    }
  } catch (error) {
    log(`slack: App Home of ${user}: users.conversations failed (${(error as Error).message}); asking each channel instead`);
  }
  return ids;
}

/** Whether conversations.members lists `user` in `channel`; false when Slack will not say. */
async function isMember(client: webApi.WebClient, channel: string, user: string): Promise<boolean> {
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
      const result = await client.conversations.members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) });
      if ((result.members ?? []).includes(user)) return true;
      cursor = result.response_metadata?.next_cursor || undefined;
      if (cursor === undefined) return false;
    }
  } catch {
    // channel_not_found for a private channel the bot is not in: nobody there can be seen.
  }
  return false;
}
