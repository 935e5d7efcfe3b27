// The App Home's answer to "which of these channels is this user in", kept a minute per workspace
// and user: a user who switches tabs, or whose Home is published again after an edit, does not
// cost up to 50 conversations.members calls each time (Slack rate-limits them per workspace). A
// new set of candidate channels (a watch added or removed) is asked afresh. Bounded in entries.

const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

export class MembershipCache {
  private readonly entries = new Map<string, { channels: string[]; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = TTL_MS,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /** The cached answer for this workspace, user and candidate list, else `ask()`'s (then kept). */
  async channels(team: string, user: string, candidates: readonly string[], ask: () => Promise<string[]>): Promise<string[]> {
    const key = `${team}\u0000${user}\u0000${candidates.join(",")}`;
    const hit = this.entries.get(key);
    if (hit !== undefined && this.now() - hit.at < this.ttlMs) return hit.channels;
    const channels = await ask();
    this.entries.delete(key);
    this.entries.set(key, { channels, at: this.now() });
    // Oldest first in a Map: past the bound the oldest answers go.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return channels;
  }
}
