// `capwatch discord register [--guild ID]`: puts `/capwatch` and `/capwatch-admin` (Manage Server
// by default) on Discord. With --guild it is a
// server's command and shows at once (for testing); without, a global command (production).
import { parseArgs } from "node:util";
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField, REST, Routes } from "discord.js";
import { ConfigError } from "../../config/config.js";
import { loadDiscordConfig } from "../../bot/discord/config.js";
import type { CommandIo } from "./io.js";
import { capwatchCommands } from "../../bot/discord/command-definition.js";

export const DISCORD_USAGE = `usage: capwatch discord register [--guild ID]
  --guild ID   register /capwatch and /capwatch-admin in one server only (shows at once; for testing)
               without it, both are registered globally (production)
  needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (DISCORD_API_URL to use another REST base)`;

/** What capwatch needs in a channel: see it, post in it, post embeds. */
export const BOT_PERMISSIONS = new PermissionsBitField([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks]);

export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}

/** `args` are the words after `capwatch discord`. */
export async function discordRegisterCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { guild: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    io.stderr.write(`capwatch discord: ${(error as Error).message}\n${DISCORD_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${DISCORD_USAGE}\n`);
    return 0;
  }
  const [action, ...extra] = parsed.positionals;
  if (action !== "register" || extra.length > 0) {
    io.stderr.write(`capwatch discord: ${action === undefined ? "say what to do" : `unknown ${action === "register" ? "words" : "action"} "${[action, ...extra].join(" ")}"`}\n${DISCORD_USAGE}\n`);
    return 2;
  }
  const guild = parsed.values.guild;
  if (guild !== undefined && !/^\d{15,21}$/.test(guild)) {
    io.stderr.write(`capwatch discord register: --guild must be a server ID (15 to 21 digits; Developer Mode → right-click the server → Copy Server ID), not "${guild}"\n`);
    return 2;
  }
  let config;
  try {
    config = loadDiscordConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`capwatch discord register: configuration error: ${error.message}\n`);
    return 2;
  }
  if (config === undefined) {
    io.stderr.write("capwatch discord register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID first (see docs/connect-discord.md)\n");
    return 2;
  }
  const rest = new REST({ api: config.apiUrl, retries: 1, timeout: 15_000 }).setToken(config.token);
  const route = guild === undefined ? Routes.applicationCommands(config.applicationId) : Routes.applicationGuildCommands(config.applicationId, guild);
  try {
    await rest.put(route, { body: capwatchCommands() });
  } catch (error) {
    io.stderr.write(`capwatch discord register: Discord refused the registration: ${(error as Error).message}\n`);
    return 1;
  }
  io.stdout.write(
    guild === undefined
      ? "Registered /capwatch and /capwatch-admin globally: every server capwatch is in gets it (Discord may take a few minutes to show it).\n"
      : `Registered /capwatch and /capwatch-admin in server ${guild}: they show there at once. /capwatch-admin is for members with Manage Server; change who sees it in Server Settings → Integrations → capwatch.\n`,
  );
  io.stdout.write(`Invite capwatch to a server: ${inviteUrl(config.applicationId)}\n`);
  return 0;
}
