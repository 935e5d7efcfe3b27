// The platforms capwatch is connected to (Slack, Discord), started from their configuration on
// the one HTTP server. Their libraries load only when configured, so a plain start stays fast.
import type { Platform } from "../alerts/types.js";
import type { Desk } from "../bot/commands/context.js";
import { ConfigError } from "../config/config.js";
import { HttpServer } from "../bot/http/http-server.js";
import { serveReadiness, type ReadinessCheck } from "../bot/http/readiness.js";

export interface PlatformSide {
  platform: Platform;
  /** What `npm start` says about the connection. */
  description: string;
  deliveryState(channel: string): string | undefined;
  /** Why the platform is not connected just now (/readyz), or undefined when it is. */
  problem?(): string | undefined;
  /** Outbox rows were written (by any instance): deliver now rather than at the next poll. */
  wake(): void;
  stop(): Promise<void>;
}

export interface Platforms {
  sides: PlatformSide[];
  /** The port the HTTP server listens on, when it listens. */
  port?: number;
  /** Whether POST /ingest/documents is served. */
  ingest: boolean;
  stop(): Promise<void>;
}

export interface PlatformConfigs {
  slack?: import("../config/slack.js").SlackConfig;
  discord?: import("../config/discord.js").DiscordConfig;
  /** POST /ingest/documents, when CAPWATCH_INGEST_SECRET is set. */
  ingest?: import("../config/ingest.js").IngestConfig;
}

/** Reads every platform's configuration; throws ConfigError naming a wrong variable. */
export async function loadPlatformConfigs(env: NodeJS.ProcessEnv): Promise<PlatformConfigs> {
  const [{ loadSlackConfig }, { loadDiscordConfig }] = await Promise.all([import("../config/slack.js"), import("../config/discord.js")]);
  return { slack: loadSlackConfig(env), discord: loadDiscordConfig(env) };
}

/** How the one HTTP server is run beside the platforms. */
export interface HttpOptions {
  /** Listen even when no platform needs inbound HTTP: health and readiness only (a long-running bot, or PORT set). */
  always: boolean;
  /** PORT, when no platform configuration names one. */
  port: number;
  /** What GET /readyz checks, asked at each request. */
  readiness: () => ReadinessCheck[];
  /** GET /metrics: the page in Prometheus text format, when metrics are kept. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

/** Tests that start platforms alone: the server listens only when a platform needs it. */
const NO_HTTP_OPTIONS: HttpOptions = { always: false, port: 3000, readiness: () => [] };

export async function startPlatforms(configs: PlatformConfigs, desk: Desk, log: (line: string) => void, options: HttpOptions = NO_HTTP_OPTIONS): Promise<Platforms> {
  const http = new HttpServer(log);
  serveReadiness(http, options.readiness);
  const metrics = options.metrics;
  if (metrics !== undefined) {
    http.route("GET", "/metrics", async (_req, res) => {
      const page = await metrics();
      res.writeHead(200, { "content-type": page.contentType }).end(page.body);
    });
  }
  const sides: PlatformSide[] = [];
  // A platform that cannot connect stops start-up with its reason; the ones already up stop too.
  async function connecting<T>(name: string, start: () => Promise<T>): Promise<T> {
    try {
      return await start();
    } catch (error) {
      for (const side of sides) await side.stop();
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${name}: ${(error as Error).message}`);
    }
  }
  // Each side answers for its own channels only.
  const ownChannel = (platform: Platform, state: (channel: string) => string | undefined) => (channel: string) =>
    desk.engine.routing.watchlistOf(channel)?.platform === platform ? state(channel) : undefined;
  if (configs.slack !== undefined) {
    const { startSlack } = await import("../bot/slack/start-slack.js");
    const slack = await connecting("Slack", () => startSlack({ config: configs.slack!, desk, http, log }));
    const mode = { socket: "Socket Mode", http: "HTTP", oauth: "OAuth, many workspaces" }[configs.slack.mode.kind];
    sides.push({ platform: "slack", description: `Slack (${mode})`, deliveryState: ownChannel("slack", slack.deliveryState), problem: slack.problem, wake: slack.wake, stop: slack.stop });
  }
  if (configs.discord !== undefined) {
    const { startDiscord } = await import("../bot/discord/start-discord.js");
    const discord = await connecting("Discord", () => startDiscord({ config: configs.discord!, desk, http, log }));
    const mode = configs.discord.publicKey !== undefined ? "gateway and HTTP interactions" : "gateway";
    sides.push({ platform: "discord", description: `Discord (${mode})`, deliveryState: ownChannel("discord", discord.deliveryState), problem: discord.problem, wake: discord.wake, stop: discord.stop });
  }
  if (configs.ingest !== undefined) {
    const [{ ingestRoute, INGEST_PATH }, { documentIngester }] = await Promise.all([import("../sources/ingest/ingest-route.js"), import("../sources/ingest/ingest-documents.js")]);
    http.route("POST", INGEST_PATH, ingestRoute({ secret: configs.ingest.secret, ingest: documentIngester({ engine: desk.engine, store: desk.store }) }));
  }
  const portOf = configs.slack?.port ?? configs.discord?.port ?? configs.ingest?.port ?? options.port;
  let port: number | undefined;
  if (http.hasRoutes || options.always) {
    try {
      port = await http.listen(portOf);
    } catch (error) {
      for (const side of sides) await side.stop();
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "EADDRINUSE" ? "is already in use" : code === "EACCES" ? "needs privileges" : `cannot be opened (${(error as Error).message})`;
      throw new ConfigError(`PORT: port ${portOf} ${why}; set PORT to a free port for the HTTP server`);
    }
  }
  return {
    sides,
    port,
    ingest: configs.ingest !== undefined,
    async stop() {
      for (const side of sides) await side.stop();
      await http.close();
    },
  };
}
