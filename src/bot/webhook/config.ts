// The webhook platform's settings: CAPWATCH_WEBHOOKS, a JSON object (inline, or the path of a
// JSON file) naming each channel's incoming-webhook URL and what it watches. Off when unset; a
// wrong value stops capwatch with a message naming the channel and the rule.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "../../config/config.js";
import { alertKindSchema, thresholdsSchema, tickerSchema } from "../../sources/events.js";
import type { AlertKind, Thresholds } from "../../alerts/types.js";

export const WEBHOOKS_VARIABLE = "CAPWATCH_WEBHOOKS";
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Channel ids carry the platform's prefix: channels are keyed by id across platforms. */
export const CHANNEL_PREFIX = "webhook:";
const MAX_CHANNELS = 100;
const MAX_CONFIG_BYTES = 256 * 1024;

export interface WebhookChannel {
  /** `webhook:ops`: the channel's id in watchlists and the outbox. */
  id: string;
  url: URL;
  tickers: string[] | "*";
  kinds?: AlertKind[];
  thresholds?: Partial<Thresholds>;
}

export interface WebhookConfig {
  channels: WebhookChannel[];
  /** How long one post may take before it is given up and retried. */
  timeoutMs: number;
}

const URL_RULE = "must be an https:// URL (http:// only to 127.0.0.1, a local relay or a test)";
/** https only: the URL is the channel's secret. Plain http only to this machine's loopback address. */
const urlSchema = z.string().transform((text, ctx): URL => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    ctx.addIssue({ code: "custom", message: URL_RULE });
    return z.NEVER;
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && url.hostname === "127.0.0.1")) return url;
  ctx.addIssue({ code: "custom", message: URL_RULE });
  return z.NEVER;
});

const channelSchema = z.strictObject({
  url: urlSchema,
  tickers: z.union([z.literal("*"), z.array(tickerSchema).min(1).max(1000)]).default("*"),
  kinds: z.array(alertKindSchema).min(1).optional(),
  thresholds: thresholdsSchema.partial().optional(),
});

const configSchema = z.strictObject({
  channels: z
    .record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "channel names are lower-case letters, digits, - and _ (up to 40)"), channelSchema)
    .refine((c) => Object.keys(c).length >= 1 && Object.keys(c).length <= MAX_CHANNELS, `must name 1 to ${MAX_CHANNELS} channels`),
  timeoutMs: z.number().int().min(1_000, "must be at least 1000").max(60_000, "must be at most 60000").default(DEFAULT_TIMEOUT_MS),
});

/** The webhook channels, or undefined when CAPWATCH_WEBHOOKS is unset. */
export function loadWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig | undefined {
  const raw = env[WEBHOOKS_VARIABLE]?.trim();
  if (raw === undefined || raw === "") return undefined;
  const parsed = configSchema.safeParse(parseJson(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    // A bad channel name is reported by zod as a record key issue with the rule inside it.
    const inner = (issue as { issues?: Array<{ message: string }> } | undefined)?.issues?.[0]?.message;
    throw new ConfigError(`${WEBHOOKS_VARIABLE}: ${where}${inner ?? issue?.message ?? "invalid"}`);
  }
  const channels = Object.entries(parsed.data.channels).map(([name, c]) => ({ id: `${CHANNEL_PREFIX}${name}`, ...c }));
  return { channels, timeoutMs: parsed.data.timeoutMs };
}

/** Inline JSON (it starts with `{`) or the path of a JSON file. */
function parseJson(raw: string): unknown {
  let text = raw;
  if (!raw.startsWith("{")) {
    try {
      text = readFileSync(raw, "utf8");
    } catch (error) {
      throw new ConfigError(`${WEBHOOKS_VARIABLE}: cannot read ${raw} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give a JSON object or the path of a JSON file`);
    }
    if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(`${WEBHOOKS_VARIABLE}: ${raw} is larger than ${MAX_CONFIG_BYTES / 1024} KB`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${WEBHOOKS_VARIABLE}: not valid JSON (${(error as Error).message})`);
  }
}
