// Slack as a platform the app finds by its folder: its configuration (config.ts) and its start
// (start-slack.ts, which loads Bolt only when Slack is configured).
import { definePlatform } from "../delivery/platform-module.js";
import { loadSlackConfig, type SlackConfig } from "./config.js";

const MODES = { socket: "Socket Mode", http: "HTTP", oauth: "OAuth, many workspaces" } as const;

export default definePlatform<SlackConfig>({
  id: "slack",
  title: "Slack",
  loadConfig: loadSlackConfig,
  httpPort: (config) => config.port,
  async start({ config, desk, http, log }) {
    const { startSlack } = await import("./start-slack.js");
    const slack = await startSlack({ config, desk, http, log });
    return { description: `Slack (${MODES[config.mode.kind]})`, deliveryState: slack.deliveryState, problem: slack.problem, wake: slack.wake, stop: slack.stop };
  },
});
