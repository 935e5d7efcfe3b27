// The webhook side: each configured channel watches what its configuration says (the
// configuration is the channel's settings: a webhook takes no commands), and the one delivery
// loop posts its alerts from the outbox.
import { watchlistRecordFromLine } from "../../alerts/watchlists.js";
import type { Desk } from "../commands/context.js";
import { ChannelStates } from "../delivery/channel-states.js";
import { DeliveryLoop } from "../delivery/delivery-loop.js";
import type { WebhookConfig } from "./config.js";
import { WEBHOOK_WORDS, webhookPlatform } from "./webhook-platform.js";

export const WEBHOOK = "webhook";

export interface StartWebhookOptions {
  config: WebhookConfig;
  desk: Desk;
  log: (line: string) => void;
  clock?: () => Date;
  /** Tests shorten these. */
  timings?: { retryEveryMs?: number; probeEveryMs?: number };
}

export interface WebhookSide {
  deliveryState(channel: string): string;
  problem(): string | undefined;
  /** Sends what is due now and waits until it is out (tests). */
  deliverNow(): Promise<void>;
  stop(): Promise<void>;
}

export async function startWebhook(options: StartWebhookOptions): Promise<WebhookSide> {
  const { config, desk, log } = options;
  const clock = options.clock ?? (() => new Date());
  // Each channel is its own tenant (its id as its workspace): one channel's refused URL stops it alone.
  for (const channel of config.channels) {
    const record = watchlistRecordFromLine({ channel: channel.id, tickers: channel.tickers, thresholds: channel.thresholds, kinds: channel.kinds });
    await desk.engine.routing.setWatchlist({ ...record, platform: WEBHOOK, workspace: channel.id });
  }
  const states = await ChannelStates.load(WEBHOOK, WEBHOOK_WORDS, desk.store, () => clock().getTime());
  // A channel stopped for a refused URL starts again when capwatch restarts with the configuration.
  for (const channel of config.channels) if (states.stateOf(channel.id) !== "active") await states.set(channel.id, "active");
  let stopped = false;
  const delivery = new DeliveryLoop({
    outbox: desk.store,
    platform: webhookPlatform({ channels: config.channels, timeoutMs: config.timeoutMs, source: desk.source, probePausedMs: options.timings?.probeEveryMs }),
    states,
    nameOf: (t) => desk.engine.market.companyName(t),
    channels: () => config.channels.map((c) => ({ channel: c.id, workspace: c.id })),
    log,
    clock,
  });
  desk.engine.onAlertsRecorded(() => {
    if (!stopped) delivery.kick();
  });
  delivery.start(options.timings?.retryEveryMs ?? 5_000);
  log(`webhook: posting to ${config.channels.length} channel(s): ${config.channels.map((c) => `${c.id} (${c.url.host})`).join(", ")}`);
  return {
    deliveryState: (channel) => delivery.describe(channel),
    problem: () => (stopped ? "stopped" : undefined),
    deliverNow: () => (stopped ? Promise.resolve() : delivery.flush()),
    async stop() {
      stopped = true;
      await delivery.stop();
    },
  };
}
