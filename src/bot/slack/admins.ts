// Who may change a channel's settings from Slack: the workspace's admins and owners (users.info,
// cached for a while) and the user IDs in CAPWATCH_ADMINS.
import type { webApi } from "@slack/bolt";

const TTL_MS = 10 * 60_000;

export class SlackAdmins {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly configured: ReadonlySet<string>,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A user named in CAPWATCH_ADMINS: an operator of this capwatch, in every workspace. */
  isOperator(user: string): boolean {
    return this.configured.has(user);
  }

  async isAdmin(client: webApi.WebClient, team: string, user: string): Promise<boolean> {
    if (this.configured.has(user)) return true;
    const key = `${team}:${user}`;
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.until > this.now()) return cached.admin;
    try {
      const info = await client.users.info({ user });
      const admin = Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
      this.cache.set(key, { admin, until: this.now() + TTL_MS });
      return admin;
    } catch (error) {
      // Unknown means not an admin: a lookup failure must never grant a change.
      this.log(`slack: users.info for ${user} failed (${(error as Error).message}); treated as not an admin`);
      return false;
    }
  }
}
