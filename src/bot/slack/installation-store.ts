// Bolt's OAuth installations kept in capwatch's store: one record per workspace (or Enterprise
// Grid org), so each workspace's bot token survives a restart.
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { InstallationRecords } from "../../store/store.js";

function installationKey(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `enterprise:${q.enterpriseId}`;
  if (q.teamId) return `team:${q.teamId}`;
  throw new Error("a Slack installation needs a team or an enterprise ID");
}

export function storeInstallationStore(store: InstallationRecords, onInstalled: (teamId: string | undefined) => void | Promise<void> = () => undefined): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = installationKey({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await store.saveInstallation("slack", key, installation);
      await onInstalled(installation.team?.id);
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await store.getInstallation("slack", installationKey(query));
      if (found === undefined) throw new Error(`no Slack installation for ${installationKey(query)}`);
      return found as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation("slack", installationKey(query));
    },
  };
}

/** The bot token of a workspace's installation, or undefined when it is not installed. */
export async function installedBotToken(store: InstallationRecords, teamId: string): Promise<string | undefined> {
  const found = (await store.getInstallation("slack", `team:${teamId}`)) as Installation<"v2", false> | undefined;
  return found?.bot?.token;
}
