// Pushed documents (POST /ingest/documents): on when CAPWATCH_INGEST_SECRET is set (validated with
// the rest in config.ts); served on PORT, the one HTTP server Slack and Discord share.
import { z } from "zod";
import { ConfigError } from "./config.js";

export const DEFAULT_PORT = 3000;

export interface IngestConfig {
  secret: string;
  port: number;
}

const PORT_RULE = "must be a port number, 0–65535";
const portSchema = z.coerce.number({ message: PORT_RULE }).int(PORT_RULE).min(0, PORT_RULE).max(65535, PORT_RULE);

/** PORT (3000 when unset): the one HTTP server's port; throws ConfigError naming PORT when it is not a port. */
export function httpPort(env: NodeJS.ProcessEnv): number {
  const port = portSchema.safeParse(env.PORT !== undefined && env.PORT !== "" ? env.PORT : DEFAULT_PORT);
  if (!port.success) throw new ConfigError(`PORT: ${port.error.issues[0]?.message ?? "invalid"} (got ${JSON.stringify(env.PORT)})`);
  return port.data;
}

/** The endpoint's configuration, or undefined (no endpoint) when no secret is set. */
export function ingestConfig(secret: string | undefined, env: NodeJS.ProcessEnv): IngestConfig | undefined {
  if (secret === undefined) return undefined;
  return { secret, port: httpPort(env) };
}
