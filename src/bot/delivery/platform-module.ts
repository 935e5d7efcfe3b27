// What a chat platform's folder gives the app: its id, its configuration (read from the
// environment with its own zod schema) and how to start it. Each platform's folder has a
// `platform.ts` whose default export is one of these; src/app/platform-registry.ts finds them,
// so adding a platform edits no shared file. Start-up loads only platform.ts: the platform's
// libraries (Bolt, discord.js) load inside `start`, when it is configured.
import type { Desk } from "../commands/context.js";
import type { HttpServer } from "../http/http-server.js";

export interface PlatformStartContext<C> {
  config: C;
  desk: Desk;
  /** The one HTTP server: a platform with inbound requests adds its routes. */
  http: HttpServer;
  log: (line: string) => void;
}

/** A started platform, as the app sees it. */
export interface StartedPlatform {
  /** What `npm start` says about the connection: `Slack (Socket Mode)`. */
  description: string;
  /** `watch list`'s delivery line for one of its channels. */
  deliveryState(channel: string): string | undefined;
  /** Why the platform is not connected just now (/readyz), or undefined when it is. */
  problem?(): string | undefined;
  /** Looks at the outbox now (another instance wrote rows: PostgreSQL's NOTIFY), not at the next poll. */
  wake?(): void;
  stop(): Promise<void>;
}

export interface PlatformModule<C = unknown> {
  /** The id its channels' watchlists and outbox rows carry: its folder's name (`slack`). */
  readonly id: string;
  /** Its name in messages (`Slack`). */
  readonly title: string;
  /** Its settings from the environment, or undefined when it is not configured; throws ConfigError naming a wrong variable. */
  loadConfig(env: NodeJS.ProcessEnv): C | undefined;
  /** The port its configuration names for the HTTP server, when it needs inbound HTTP. */
  httpPort?(config: C): number | undefined;
  start(context: PlatformStartContext<C>): Promise<StartedPlatform>;
}

/** Types a platform's descriptor (its config type flows from loadConfig to start). */
export function definePlatform<C>(module: PlatformModule<C>): PlatformModule<C> {
  return module;
}
