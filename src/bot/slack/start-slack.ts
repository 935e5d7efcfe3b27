// The Slack side of capwatch: Bolt over Socket Mode, or over HTTP on the one server on PORT (with
// OAuth installs into many workspaces), `/capwatch` wired to the command layer, and alerts
// delivered from the outbox.
import { App, HTTPReceiver, LogLevel, webApi, type Logger } from "@slack/bolt";
import { ConfigError } from "../../config/config.js";
import type { SlackConfig } from "./config.js";
import type { Desk } from "../commands/context.js";
import type { HttpServer } from "../http/http-server.js";
import { platformChannels } from "../delivery/platform-channels.js";
import { rememberThreadParent, threadParent } from "../delivery/threads.js";
import { SlackAdmins } from "./admins.js";
import { slackClientOptions } from "./client-options.js";
import { ChannelStates } from "../delivery/channel-states.js";
import { DeliveryLoop } from "../delivery/delivery-loop.js";
import type { Sleep } from "../delivery/sleep.js";
import { WorkspaceNotInstalledError } from "./delivery/slack-errors.js";
import { slackPlatform, SLACK_WORDS, type FindPosted, type PostMessage, type UploadChart } from "./slack-platform.js";
import { chartForAlert } from "../charts/alert-chart.js";
import { alertMetadata, findPostedAlert } from "./delivery/posted-alerts.js";
import { installedBotToken, storeInstallationStore } from "./installation-store.js";
import { registerLifecycleEvents } from "./lifecycle-events.js";
import { refuseReplayedRequest, refuseUnfreshRequest } from "./request-guard.js";
import { registerSlashCommand } from "./slash-command.js";
import { registerAlertActions } from "./alert-actions.js";
import { registerAppHome } from "./app-home.js";

export interface StartSlackOptions {
  config: SlackConfig;
  desk: Desk;
  http: HttpServer;
  log: (line: string) => void;
  clock?: () => Date;
  /** Tests pass a sleep that advances their clock instead of waiting. */
  sleep?: Sleep;
  /** How often the outbox is checked for retries that came due (default 30 s). */
  pollMs?: number;
}

export interface SlackSide {
  stop(): Promise<void>;
  /** `watch list`'s delivery line for a Slack channel. */
  deliveryState(channel: string): string | undefined;
  /** Why Slack is not connected just now (the readiness check), or undefined when it is. */
  problem(): string | undefined;
  /** Sends what is due now; resolves once nothing is being sent (tests). */
  flush(): Promise<void>;
  /** Fire and forget: a pass over the outbox now (another instance wrote rows). */
  wake(): void;
}

export const EVENTS_PATH = "/slack/events";
const SCOPES = ["commands", "chat:write", "chat:write.public", "files:write", "users:read", "channels:read", "groups:read", "channels:history", "groups:history"];

export async function startSlack(options: StartSlackOptions): Promise<SlackSide> {
  const { config, desk, http, log } = options;
  const clock = options.clock ?? (() => new Date());
  const mode = config.mode;
  const clientOptions = slackClientOptions(config.apiUrl, config.callTimeoutMs);
  const logger = boltLogger(log);

  const slackChannels = platformChannels(desk.engine.routing, "slack");

  // A workspace that installs again is back: its stopped channels resume.
  const installationStore = storeInstallationStore(desk.store, async (teamId) => {
    if (teamId !== undefined) await delivery.resumeWorkspace(teamId);
  });
  const receiver =
    mode.kind === "socket"
      ? undefined
      : new HTTPReceiver({
          signingSecret: mode.signingSecret,
          endpoints: EVENTS_PATH,
          logger,
          ...(mode.kind === "oauth"
            ? { clientId: mode.clientId, clientSecret: mode.clientSecret, stateSecret: mode.stateSecret, scopes: SCOPES, installationStore, installerOptions: { clientOptions, directInstall: true } }
            : {}),
        });
  // The token is checked once, here, with a clear answer for each failure; Bolt gets the result,
  // so it makes no check of its own that could fail unobserved.
  const auth = mode.kind === "oauth" ? undefined : await checkBotToken(new webApi.WebClient(mode.botToken, { ...clientOptions, logLevel: webApi.LogLevel.ERROR }), config.apiUrl);
  const identity = auth ? { botId: auth.botId, botUserId: auth.botUserId, tokenVerificationEnabled: false } : {};
  const app = new App({
    logger,
    clientOptions,
    ...(mode.kind === "socket" ? { token: mode.botToken, appToken: mode.appToken, socketMode: true, ...identity } : {}),
    ...(mode.kind === "http" ? { token: mode.botToken, receiver, ...identity } : {}),
    ...(mode.kind === "oauth" ? { receiver } : {}),
  });

  const tokenFor = async (workspace: string | undefined): Promise<string | undefined> => {
    if (mode.kind !== "oauth") return undefined;
    const token = workspace === undefined ? undefined : await installedBotToken(desk.store, workspace);
    if (token === undefined) throw new WorkspaceNotInstalledError(workspace);
    return token;
  };
  const post: PostMessage = async ({ channel, workspace, alertId, alert }, message) => {
    const token = await tokenFor(workspace);
    // No link_names, no parse: nothing in a message can ping a person or a channel. The alert id
    // rides along as metadata, so a restart can tell whether the post went through.
    const metadata = alertId === undefined ? {} : { metadata: alertMetadata(alertId) };
    // A move that followed the company's guidance or results goes into that alert's thread.
    const thread_ts = await threadParent(desk.store, "slack", channel, alert);
    const posted = await app.client.chat.postMessage({ token, channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false, ...metadata, ...(thread_ts ? { thread_ts } : {}) });
    await rememberThreadParent(desk.store, "slack", channel, alert, posted.ts, log);
  };
  // Slack's external upload (files.uploadV2: an upload URL, the bytes, then the share into the
  // channel), each call within the client's timeout like every Web API call.
  const uploadChart: UploadChart = async ({ channel, workspace }, chart) => {
    const token = await tokenFor(workspace);
    await app.client.files.uploadV2({ token, channel_id: channel, file: chart.png, filename: chart.filename, title: chart.title, alt_text: chart.altText });
  };
  const find: FindPosted = async ({ channel, workspace, alertId }, since) => {
    try {
      return await findPostedAlert(app.client, { channel, token: await tokenFor(workspace), alertId, since });
    } catch (error) {
      // Slack could not be asked (no channels:history, say): post, at worst one duplicate.
      log(`slack: ${channel}: could not look for alert ${alertId} in the channel's history (${(error as Error).message}); posting it`);
      return false;
    }
  };
  const delivery = new DeliveryLoop({
    outbox: desk.store,
    platform: slackPlatform({ post, find, uploadChart, source: desk.source, tokenPerWorkspace: mode.kind === "oauth" }),
    chartFor: (alert) => chartForAlert({ store: desk.store, market: desk.engine.market, source: desk.source }, alert),
    states: await ChannelStates.load("slack", SLACK_WORDS, desk.store, () => clock().getTime()),
    nameOf: (t) => desk.engine.market.companyName(t),
    channels: slackChannels.channels,
    workspaceOf: slackChannels.workspaceOf,
    log,
    clock,
    sleep: options.sleep,
  });
  const slackDesk: Desk = { ...desk, deliveryState: (channel) => delivery.describe(channel) };

  const admins = new SlackAdmins(config.admins, log);
  registerSlashCommand(app, slackDesk, admins, log);
  registerAlertActions(app, slackDesk, admins, log);
  registerAppHome(app, slackDesk, admins, log);
  registerLifecycleEvents(app, delivery, async (teamId) => {
    if (mode.kind === "oauth") await installationStore.deleteInstallation?.({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  });

  let stopped = false;
  if (receiver !== undefined) {
    const listener = (req: Parameters<HTTPReceiver["requestListener"]>[0], res: Parameters<HTTPReceiver["requestListener"]>[1]) => {
      if (stopped) return void res.writeHead(503).end();
      receiver.requestListener(req, res);
    };
    const signingSecret = mode.kind === "socket" ? "" : mode.signingSecret;
    http.route("POST", EVENTS_PATH, async (req, res) => {
      if (!refuseUnfreshRequest(req, res, clock().getTime(), log)) return;
      if (await refuseReplayedRequest(req, res, { signingSecret, claim: (key, expiresAt) => desk.store.claimSignedRequest(key, expiresAt), log })) listener(req, res);
    });
    if (mode.kind === "oauth") {
      http.route("GET", "/slack/install", listener);
      http.route("GET", "/slack/oauth_redirect", listener);
    }
  }

  if (mode.kind === "socket") await app.start();
  // A valid token for a workspace that had uninstalled the app means it is back.
  if (auth?.teamId) await delivery.resumeWorkspace(auth.teamId);
  log(`slack: connected (${mode.kind === "socket" ? "Socket Mode" : mode.kind === "http" ? `HTTP on ${EVENTS_PATH}` : `HTTP on ${EVENTS_PATH}, installs at /slack/install`})`);

  // Fire and forget, as on Discord: the engine awaits its listeners, so awaiting a delivery pass
  // here put the pass's outbox claim (behind every channel's marks in the pool) into each alerting
  // quote's time to the outbox (the load bench's p99). A failed pass (the store unreachable for a
  // moment) is logged by kick() and retried by the poll or the next wake-up.
  desk.engine.onAlertsRecorded(() => {
    if (!stopped) delivery.kick();
  });
  delivery.start(options.pollMs ?? 30_000);

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await delivery.stop();
      if (mode.kind === "socket") await app.stop();
    },
    deliveryState: (channel) => delivery.describe(channel),
    problem: () => (stopped ? "stopped" : mode.kind === "socket" && !socketActive(app) ? "the Socket Mode connection is down (reconnecting)" : undefined),
    flush: () => delivery.flush(),
    wake: () => (stopped ? undefined : delivery.kick()),
  };
}

/**
 * Whether Bolt's Socket Mode websocket is open. Bolt does not expose it in its types: read
 * structurally, and counted as open when the shape is not there (an upgrade must not fail readiness).
 */
function socketActive(app: App): boolean {
  const socket = (app as unknown as { receiver?: { client?: { websocket?: { isActive?: () => boolean } } } }).receiver?.client?.websocket;
  return socket?.isActive?.() ?? true;
}

/** The app's log keeps levels when it has them (its JSON form); a plain function logs every level alike. */
type LeveledLog = ((line: string) => void) & { warn?: (line: string) => void; error?: (line: string) => void };

function boltLogger(log: LeveledLog): Logger {
  let level = LogLevel.WARN;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...msg: unknown[]) => (log.warn ?? log)(`slack: ${msg.map(String).join(" ")}`),
    error: (...msg: unknown[]) => (log.error ?? log)(`slack: ${msg.map(String).join(" ")}`),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** Who the bot token belongs to; a refused token and an unreachable Slack get different answers. */
async function checkBotToken(client: webApi.WebClient, apiUrl: string | undefined): Promise<{ botId?: string; botUserId?: string; teamId?: string }> {
  try {
    const result = await client.auth.test();
    return { botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
  } catch (error) {
    const e = error as { code?: string; message: string };
    if (e.code === "slack_webapi_request_error") {
      throw new ConfigError(`cannot reach Slack's Web API at ${apiUrl ?? "https://slack.com/api/"} (${e.message}); check the network, or SLACK_API_URL`);
    }
    throw new ConfigError(`SLACK_BOT_TOKEN: Slack refused it (${e.message}); check the token on the app's OAuth & Permissions page`);
  }
}
