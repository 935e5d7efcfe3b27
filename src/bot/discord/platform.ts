// Discord as a platform the app finds by its folder: its configuration (config.ts) and its start
// (start-discord.ts, which loads discord.js only when Discord is configured).
import { definePlatform } from "../delivery/platform-module.js";
import { loadDiscordConfig, type DiscordConfig } from "./config.js";

export default definePlatform<DiscordConfig>({
  id: "discord",
  title: "Discord",
  loadConfig: loadDiscordConfig,
  httpPort: (config) => config.port,
  async start({ config, desk, http, log }) {
    const { startDiscord } = await import("./start-discord.js");
    const discord = await startDiscord({ config, desk, http, log });
    const mode = config.publicKey !== undefined ? "gateway and HTTP interactions" : "gateway";
    return { description: `Discord (${mode})`, deliveryState: discord.deliveryState, problem: discord.problem, wake: discord.wake, stop: discord.stop };
  },
});
