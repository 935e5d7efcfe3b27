// The platforms capwatch is connected to (every configured one of the registry: Slack, Discord, a
// webhook, …), started from their configuration on the one HTTP server. Their libraries load only
// when configured, so a plain start stays fast. Nothing here names a platform.
import type { Platform } from "../alerts/types.js";
import type { IngestConfig } from "../config/ingest.js";
import type { Desk } from "../bot/commands/context.js";
import { ConfigError } from "../config/config.js";
import { HttpServer } from "../bot/http/http-server.js";
import { serveReadiness, type ReadinessCheck } from "../bot/http/readiness.js";
import { loadPlatform, loadPlatforms } from "./platform-registry.js";

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

/** Each configured platform's settings by its id (`slack`, `webhook`); absent when not configured. */
export interface PlatformConfigs {
  /** POST /ingest/documents, when CAPWATCH_INGEST_SECRET is set. */
  ingest?: IngestConfig;
  platforms?: Record<Platform, unknown>;
}

/** Reads every registered platform's configuration; throws ConfigError naming a wrong variable. */
export async function loadPlatformConfigs(env: NodeJS.ProcessEnv): Promise<PlatformConfigs> {
  const platforms: Record<Platform, unknown> = {};
  for (const module of await loadPlatforms()) {
    const config = module.loadConfig(env);
    if (config !== undefined) platforms[module.id] = config;
  }
  return { platforms };
}

/** Whether any platform (or the ingest endpoint) is configured: capwatch then runs long. */
export function anyConfigured(configs: PlatformConfigs): boolean {
  return configs.ingest !== undefined || Object.keys(configs.platforms ?? {}).length > 0;
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
  let portOf: number | undefined;
  for (const [id, config] of Object.entries(configs.platforms ?? {})) {
    const module = await connecting(id, () => loadPlatform(id));
    const started = await connecting(module.title, () => module.start({ config, desk, http, log }));
    portOf ??= module.httpPort?.(config);
    sides.push({ platform: id, description: started.description, deliveryState: ownChannel(id, started.deliveryState), problem: started.problem, wake: started.wake ?? (() => undefined), stop: started.stop });
  }
  if (configs.ingest !== undefined) {
    const [{ ingestRoute, INGEST_PATH }, { documentIngester }] = await Promise.all([import("../sources/ingest/ingest-route.js"), import("../sources/ingest/ingest-documents.js")]);
    http.route("POST", INGEST_PATH, ingestRoute({ secret: configs.ingest.secret, ingest: documentIngester({ engine: desk.engine, store: desk.store }) }));
  }
  portOf ??= configs.ingest?.port ?? options.port;
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
