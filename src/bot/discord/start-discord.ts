// The Discord side: the discord.js client (Guilds intent, no mentions ever parsed), `/capwatch`
// over the gateway and, with DISCORD_PUBLIC_KEY, over HTTP; alerts from the outbox; servers
// coming and going.
import { chartForAlert } from "../charts/alert-chart.js";
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits } from "discord.js";
import type { Desk } from "../commands/context.js";
import type { HttpServer } from "../http/http-server.js";
import type { DiscordConfig } from "./config.js";
import { platformChannels } from "../delivery/platform-channels.js";
import { ChannelStates } from "../delivery/channel-states.js";
import { DeliveryLoop } from "../delivery/delivery-loop.js";
import type { Sleep } from "../delivery/sleep.js";
import { GlobalPacer } from "../delivery/global-pacer.js";
import { DISCORD_SLOT_MS, discordPlatform, DISCORD_WORDS } from "./discord-platform.js";
import { handleGatewayInteractions } from "./gateway-interactions.js";
import { handleGuildLifecycle, reconcileGuilds } from "./guild-lifecycle.js";
import { httpInteractionsHandler, INTERACTIONS_PATH } from "./http-interactions.js";
import { publicKeyFromHex } from "./verify-signature.js";

export interface StartDiscordOptions {
  config: DiscordConfig;
  desk: Desk;
  http: HttpServer;
  log: (line: string) => void;
  clock?: () => Date;
  /** Tests pass a sleep that advances their clock instead of waiting (retry backoff, pacing). */
  sleep?: Sleep;
  /** Tests shorten these; the defaults suit Discord. */
  timings?: { retryEveryMs?: number; probeEveryMs?: number; answerDeadlineMs?: number; readyTimeoutMs?: number };
}

export interface DiscordSide {
  stop(): Promise<void>;
  /** For `Desk.deliveryState`: how a Discord channel's alerts are getting out. */
  deliveryState(channel: string): string;
  /** Why Discord is not connected just now (the readiness check), or undefined when it is. */
  problem(): string | undefined;
  /** Delivers what is due now (it also runs after every recorded batch and on a timer). */
  deliverNow(): Promise<void>;
  /** Fire and forget: a pass over the outbox now (another instance wrote rows). */
  wake(): void;
}

/**
 * Posts to a channel (alerts and their charts) are not retried inside discord.js on a rate limit:
 * it would hold them and then send its backlog at once, past the bot's paced schedule, and draw
 * more 429s (seen in the load bench's fan-out). They fail with a RateLimitError instead, and the
 * delivery loop waits the time Discord asked for and takes a new slot. Replies to commands keep
 * discord.js's own waiting.
 */
export function isAlertPost(limit: { method: string; route: string }): boolean {
  return limit.method.toUpperCase() === "POST" && /^\/channels\/[^/]+\/messages$/.test(limit.route);
}

export async function startDiscord(options: StartDiscordOptions): Promise<DiscordSide> {
  const { config, desk, http, log } = options;
  const timings = options.timings ?? {};
  const clock = options.clock ?? (() => new Date());
  const states = await ChannelStates.load("discord", DISCORD_WORDS, desk.store, () => clock().getTime());
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // Every REST call has an end (discord.js's default, stated): a call that never answers is retried, not waited on forever.
    rest: { api: config.apiUrl, timeout: 15_000, rejectOnRateLimit: isAlertPost },
  });
  let stopped = false;
  const discordChannels = platformChannels(desk.engine.routing, "discord");
  // One schedule of the bot's requests a second for every instance on the store (global-pacer.ts).
  const pacer = new GlobalPacer(DISCORD_SLOT_MS, (count, intervalMs) => desk.store.reserveSlots("discord", count, intervalMs), () => clock().getTime(), (line) => log(`discord: ${line}`));
  const delivery = new DeliveryLoop({
    outbox: desk.store,
    platform: discordPlatform({ rest: client.rest, source: desk.source, probePausedMs: timings.probeEveryMs, threads: desk.store, log, pace: (request) => pacer.take(request) }),
    states,
    nameOf: (t) => desk.engine.market.companyName(t),
    chartFor: (alert) => chartForAlert({ store: desk.store, market: desk.engine.market, source: desk.source }, alert),
    channels: discordChannels.channels,
    workspaceOf: discordChannels.workspaceOf,
    log,
    clock,
    sleep: options.sleep,
    onHalt: () => {
      stopped = true;
      void client.destroy();
    },
  });
  const side: DiscordSide = {
    async stop() {
      stopped = true;
      await delivery.stop();
      await client.destroy();
    },
    deliveryState: (channel) => delivery.describe(channel),
    problem: () => (stopped ? "stopped" : client.isReady() ? undefined : "the gateway is not connected (no READY yet, or reconnecting)"),
    deliverNow: () => (stopped ? Promise.resolve() : delivery.flush()),
    wake: () => (stopped ? undefined : delivery.kick()),
  };

  client.on(Events.Error, (error) => log(`discord: client error: ${error.message}`));
  // discord.js's own warnings (a shard's trouble, a deprecated call) go to the same log.
  client.on(Events.Warn, (message) => log(`discord: ${message}`));
  client.rest.on("rateLimited", (info) => log(`discord: rate limited on ${info.method} ${info.route}; retrying in ${info.retryAfter} ms`));
  handleGatewayInteractions(client, { desk, log, deadlineMs: timings.answerDeadlineMs });
  const lifecycle = { desk, states, log, onResumed: () => void side.deliverNow() };
  handleGuildLifecycle(client, lifecycle);
  if (config.publicKey !== undefined) {
    const handler = httpInteractionsHandler({
      publicKey: publicKeyFromHex(config.publicKey),
      applicationId: config.applicationId,
      desk,
      rest: client.rest,
      log,
      clock: options.clock,
      deadlineMs: timings.answerDeadlineMs,
      claimRequest: (key, expiresAt) => desk.store.claimSignedRequest(key, expiresAt),
    });
    http.route("POST", INTERACTIONS_PATH, (req, res) => {
      if (!stopped) return handler(req, res);
      res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ error: "the Discord side has stopped" }));
    });
  }
  // The engine awaits its listeners: delivery runs in the background, never holding it up.
  desk.engine.onAlertsRecorded(() => {
    if (!stopped) delivery.kick();
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
  } catch (error) {
    stopped = true;
    await delivery.stop();
    if ((error as { code?: string }).code === DiscordjsErrorCodes.TokenInvalid) {
      log("discord: Discord refused DISCORD_TOKEN (401 Unauthorized): copy the token again from the Developer Portal (Bot → Reset Token). The Discord side is off; nothing was sent and undelivered alerts stay in the outbox.");
      return side;
    }
    throw new Error(`discord: could not connect to Discord at ${config.apiUrl}: ${(error as Error).message}`, { cause: error });
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ready, new Promise((resolve) => (timer = setTimeout(resolve, timings.readyTimeoutMs ?? 60_000)))]);
  clearTimeout(timer);
  if (!client.isReady()) log("discord: the gateway has not said READY yet; alerts go out meanwhile, servers are checked when it does");
  const reconcile = () => reconcileGuilds(new Set(client.guilds.cache.keys()), lifecycle);
  if (client.isReady()) await reconcile();
  else client.once(Events.ClientReady, () => void reconcile().catch((e: unknown) => log(`discord: checking servers failed: ${(e as Error).message}`)));
  log(`discord: connected as ${client.user?.tag ?? "the bot"}${config.publicKey ? `; HTTP interactions on POST ${INTERACTIONS_PATH}` : ""}`);
  delivery.start(timings.retryEveryMs ?? 5_000);
  return side;
}
