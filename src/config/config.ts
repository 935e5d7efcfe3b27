// Start-up configuration: environment variables over an optional JSON config file, validated
// with zod; a wrong value stops the bot with a message naming the variable and what is allowed.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { ReplaySpeed } from "../sources/replay/pace.js";

/** Market seconds per real second by default when a person watches: four weeks in about a minute. */
export const WATCHING_REPLAY_SPEED = 40_000;
export const DEFAULT_STORE = "./data/capwatch.db";
export const DEFAULT_EPISODE = "./data/episode-2026.jsonl";
export const DEFAULT_RETENTION_DAYS = 365;
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;
export const DEFAULT_OUTBOX_LEASE_SECONDS = 60;

const SPEED_RULE = "must be a positive number of market seconds per real second, or max";
const speedSchema = z.union([z.string(), z.number()], { message: SPEED_RULE }).transform((value, ctx): ReplaySpeed => {
  if (value === "max") return "max";
  const n = typeof value === "number" ? value : value.trim() === "" ? NaN : Number(value);
  if (Number.isFinite(n) && n > 0) return n;
  ctx.addIssue({ code: "custom", message: SPEED_RULE });
  return z.NEVER;
});

const DAYS_RULE = "must be a whole number of days from 1 to 3650";
const daysSchema = z.union([z.string(), z.number()], { message: DAYS_RULE }).transform((value, ctx): number => {
  const n = typeof value === "number" ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 3650) return n;
  ctx.addIssue({ code: "custom", message: DAYS_RULE });
  return z.NEVER;
});

const LEASE_RULE = "must be a whole number of seconds from 1 to 3600";
/** How long an outbox row claimed by an instance is its alone (PostgreSQL): a dead instance's rows move on after it. */
const leaseSchema = z.union([z.string(), z.number()], { message: LEASE_RULE }).transform((value, ctx): number => {
  const n = typeof value === "number" ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 3600) return n;
  ctx.addIssue({ code: "custom", message: LEASE_RULE });
  return z.NEVER;
});

const CLOSURES_RULE = "must be dates YYYY-MM-DD separated by commas (days the market is closed besides its holidays)";
/** "2026-12-24,2027-01-02" (environment) or ["2026-12-24", "2027-01-02"] (config file) → sorted, unique, real dates. */
const closuresSchema = z.union([z.string(), z.array(z.string())], { message: CLOSURES_RULE }).transform((value, ctx): string[] => {
  const dates = (typeof value === "string" ? value.split(",") : value).map((d) => d.trim()).filter((d) => d !== "");
  const bad = dates.find((d) => !isRealDate(d));
  if (bad !== undefined) {
    ctx.addIssue({ code: "custom", message: `${CLOSURES_RULE}; ${JSON.stringify(bad)} is not a date` });
    return z.NEVER;
  }
  return [...new Set(dates)].sort();
});

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Each setting: its environment variable, its config-file key, its schema. */
const SETTINGS = {
  store: { env: "CAPWATCH_STORE", schema: z.string().min(1, "must be a SQLite file path or :memory:") },
  replayFile: { env: "CAPWATCH_REPLAY_FILE", schema: z.string().min(1, "must be the path of a replay file") },
  replaySpeed: { env: "CAPWATCH_REPLAY_SPEED", schema: speedSchema },
  ingestSecret: { env: "CAPWATCH_INGEST_SECRET", schema: z.string().min(16, "must be a shared secret of at least 16 characters").optional() },
  retentionDays: { env: "CAPWATCH_RETENTION_DAYS", schema: daysSchema },
  auditRetentionDays: { env: "CAPWATCH_AUDIT_RETENTION_DAYS", schema: daysSchema },
  marketClosures: { env: "CAPWATCH_MARKET_CLOSURES", schema: closuresSchema.optional() },
  chartDir: { env: "CAPWATCH_CHART_DIR", schema: z.string().min(1, "must be a directory path").max(4096, "must be a directory path").optional() },
  outboxLeaseSeconds: { env: "CAPWATCH_OUTBOX_LEASE_SECONDS", schema: leaseSchema },
} as const;

/** Settings whose values never appear in an error message. */
const SECRET_SETTINGS: ReadonlySet<SettingName> = new Set(["ingestSecret"]);

type SettingName = keyof typeof SETTINGS;

export interface Config {
  store: string;
  replayFile: string;
  replaySpeed: ReplaySpeed;
  /** Enables POST /ingest/documents: pushes signed with this secret are accepted. */
  ingestSecret?: string;
  /** Days delivered alerts (history and outbox rows) are kept; undelivered ones are never pruned. */
  retentionDays: number;
  /** Days audit entries are kept. */
  auditRetentionDays: number;
  /** One-off NYSE closures (YYYY-MM-DD) on top of the exchange's holiday rules, e.g. a day of mourning announced at short notice. */
  marketClosures?: string[];
  /** Where the terminal writes chart PNGs; a new temporary directory when absent. */
  chartDir?: string;
  /** Seconds an outbox row claimed by an instance is its alone (PostgreSQL; 60 by default). */
  outboxLeaseSeconds: number;
}

export class ConfigError extends Error {}

const fileSchema = z
  .object({
    store: z.string(),
    replayFile: z.string(),
    replaySpeed: z.union([z.string(), z.number()]),
    ingestSecret: z.string(),
    retentionDays: z.union([z.string(), z.number()]),
    auditRetentionDays: z.union([z.string(), z.number()]),
    marketClosures: z.union([z.string(), z.array(z.string())]),
    chartDir: z.string(),
    outboxLeaseSeconds: z.union([z.string(), z.number()]),
  })
  .partial()
  .strict();

export function loadConfig(env: NodeJS.ProcessEnv, options: { interactive: boolean }): Config {
  const fromFile = readConfigFile(env.CAPWATCH_CONFIG);
  const defaults: Record<SettingName, unknown> = {
    store: DEFAULT_STORE,
    replayFile: DEFAULT_EPISODE,
    replaySpeed: options.interactive ? WATCHING_REPLAY_SPEED : "max",
    ingestSecret: undefined,
    retentionDays: DEFAULT_RETENTION_DAYS,
    auditRetentionDays: DEFAULT_AUDIT_RETENTION_DAYS,
    marketClosures: undefined,
    chartDir: undefined,
    outboxLeaseSeconds: DEFAULT_OUTBOX_LEASE_SECONDS,
  };
  const values = {} as Record<SettingName, unknown>;
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = readSetting(name, env, fromFile, defaults[name]);
    if (value !== undefined) values[name] = value;
  }
  return values as unknown as Config;
}

/** Only the operator's market closures: for the CLI commands, which need no other setting. */
export function loadMarketClosures(env: NodeJS.ProcessEnv): string[] {
  return (readSetting("marketClosures", env, readConfigFile(env.CAPWATCH_CONFIG), undefined) as string[] | undefined) ?? [];
}

/** A setting from the environment, else the config file, else its default; ConfigError names the source. */
function readSetting(name: SettingName, env: NodeJS.ProcessEnv, fromFile: z.infer<typeof fileSchema>, fallback: unknown): unknown {
  const { env: variable, schema } = SETTINGS[name];
  const raw = env[variable] !== undefined && env[variable] !== "" ? env[variable] : (fromFile[name] ?? fallback);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const source = env[variable] ? variable : `${name} in ${env.CAPWATCH_CONFIG}`;
    const got = SECRET_SETTINGS.has(name) ? `${String(raw).length} characters` : JSON.stringify(raw);
    throw new ConfigError(`${source}: ${parsed.error.issues[0]?.message ?? "invalid"} (got ${got})`);
  }
  return parsed.data;
}

function readConfigFile(path: string | undefined): z.infer<typeof fileSchema> {
  if (path === undefined || path === "") return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`CAPWATCH_CONFIG: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`CAPWATCH_CONFIG: ${path} is not valid JSON`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const allowed = Object.keys(SETTINGS).join(", ");
    throw new ConfigError(`CAPWATCH_CONFIG: ${path}: ${issue?.path.join(".") || "file"} ${issue?.message ?? "is invalid"} (allowed keys: ${allowed})`);
  }
  return parsed.data;
}
