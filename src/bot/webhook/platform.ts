// Outgoing webhooks as a platform the app finds by its folder: its configuration (config.ts,
// CAPWATCH_WEBHOOKS) and its start (start-webhook.ts). Needs no inbound HTTP.
import { definePlatform } from "../delivery/platform-module.js";
import { loadWebhookConfig, type WebhookConfig } from "./config.js";

export default definePlatform<WebhookConfig>({
  id: "webhook",
  title: "Webhooks",
  loadConfig: loadWebhookConfig,
  async start({ config, desk, log }) {
    const { startWebhook } = await import("./start-webhook.js");
    const side = await startWebhook({ config, desk, log });
    return { description: `webhooks (${config.channels.length} channel${config.channels.length === 1 ? "" : "s"})`, deliveryState: side.deliveryState, problem: side.problem, stop: side.stop };
  },
});
