// Slack's part of the configuration: which of the three ways to connect (Socket Mode, HTTP, OAuth
// for many workspaces), or none. A half-configured Slack stops capwatch with a message naming
// the variable that is missing.
import { z } from "zod";
import { ConfigError } from "../../config/config.js";

export const DEFAULT_PORT = 3000;

export type SlackMode =
  /** One workspace over a websocket: no public URL needed. */
  | { kind: "socket"; botToken: string; appToken: string }
  /** One workspace; Slack posts to `/slack/events` on PORT. */
  | { kind: "http"; botToken: string; signingSecret: string }
  /** Many workspaces installed through `/slack/install`; tokens are kept in the store. */
  | { kind: "oauth"; signingSecret: string; clientId: string; clientSecret: string; stateSecret: string };

export interface SlackConfig {
  mode: SlackMode;
  /** Web API base override (tests, proxies); Slack's own when absent. */
  apiUrl?: string;
  /** How long one Web API call may take (tests shorten it); 15 s by default. */
  callTimeoutMs?: number;
  /** User IDs that are admins in every workspace, besides Slack's own admins and owners. */
  admins: ReadonlySet<string>;
  port: number;
}

const VARIABLES = [
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_CLIENT_ID",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
] as const;
type Variable = (typeof VARIABLES)[number];

const RULES: Record<Variable, z.ZodType<string>> = {
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)"),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", "must be an app-level token (xapp-…) with connections:write"),
  SLACK_SIGNING_SECRET: z.string().min(8, "must be the app's signing secret (Basic Information page)"),
  SLACK_CLIENT_ID: z.string().min(1, "must be the app's client ID"),
  SLACK_CLIENT_SECRET: z.string().min(1, "must be the app's client secret"),
  SLACK_STATE_SECRET: z.string().min(8, "must be a random string of at least 8 characters"),
};

const portSchema = z.coerce.number({ message: "must be a port number, 0–65535" }).int("must be a port number, 0–65535").min(0, "must be a port number, 0–65535").max(65535, "must be a port number, 0–65535");
const urlSchema = z.url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://slack.com/api/" });

/** Slack's configuration from the environment; undefined when no Slack variable is set. */
export function loadSlackConfig(env: NodeJS.ProcessEnv): SlackConfig | undefined {
  const given = (name: string): string | undefined => (env[name] !== undefined && env[name] !== "" ? env[name] : undefined);
  const values: Partial<Record<Variable, string>> = {};
  for (const name of VARIABLES) {
    const raw = given(name);
    if (raw === undefined) continue;
    const parsed = RULES[name].safeParse(raw);
    if (!parsed.success) throw new ConfigError(`${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    values[name] = parsed.data;
  }
  if (Object.keys(values).length === 0) return undefined;

  const mode = slackMode(values);
  const apiUrl = given("SLACK_API_URL");
  if (apiUrl !== undefined && !urlSchema.safeParse(apiUrl).success) throw new ConfigError(`SLACK_API_URL: must be an http(s) URL (got ${JSON.stringify(apiUrl)})`);
  const port = portSchema.safeParse(given("PORT") ?? DEFAULT_PORT);
  if (!port.success) throw new ConfigError(`PORT: ${port.error.issues[0]?.message ?? "invalid"} (got ${JSON.stringify(env.PORT)})`);
  const admins = (given("CAPWATCH_ADMINS") ?? "").split(",").map((id) => id.trim()).filter((id) => id !== "");
  const badAdmin = admins.find((id) => !/^[UW][A-Z0-9]+$/.test(id));
  if (badAdmin !== undefined) throw new ConfigError(`CAPWATCH_ADMINS: must be Slack user IDs separated by commas, such as U012AB3CD (got ${JSON.stringify(badAdmin)})`);
  return { mode, apiUrl, admins: new Set(admins), port: port.data };
}

function slackMode(v: Partial<Record<Variable, string>>): SlackMode {
  const oauth = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;
  const oauthGiven = oauth.filter((name) => v[name] !== undefined);
  if (oauthGiven.length > 0) {
    const missing = oauth.filter((name) => v[name] === undefined);
    if (missing.length > 0) throw new ConfigError(`${missing.join(", ")}: must be set too for installs into many workspaces (${oauthGiven.join(", ")} is set)`);
    if (v.SLACK_BOT_TOKEN !== undefined) throw new ConfigError("SLACK_BOT_TOKEN: must not be set with SLACK_CLIENT_ID (each workspace's token comes from its install); unset one of them");
    if (v.SLACK_APP_TOKEN !== undefined) throw new ConfigError("SLACK_APP_TOKEN: installs into many workspaces run over HTTP; unset SLACK_APP_TOKEN or the SLACK_CLIENT_* variables");
    if (v.SLACK_SIGNING_SECRET === undefined) throw new ConfigError("SLACK_SIGNING_SECRET: must be set for installs into many workspaces (Slack posts to /slack/events)");
    return { kind: "oauth", signingSecret: v.SLACK_SIGNING_SECRET, clientId: v.SLACK_CLIENT_ID as string, clientSecret: v.SLACK_CLIENT_SECRET as string, stateSecret: v.SLACK_STATE_SECRET as string };
  }
  if (v.SLACK_BOT_TOKEN === undefined) {
    const set = Object.keys(v).join(", ");
    throw new ConfigError(`SLACK_BOT_TOKEN: must be set (xoxb-…, OAuth & Permissions page) because ${set} is set`);
  }
  if (v.SLACK_APP_TOKEN !== undefined) return { kind: "socket", botToken: v.SLACK_BOT_TOKEN, appToken: v.SLACK_APP_TOKEN };
  if (v.SLACK_SIGNING_SECRET !== undefined) return { kind: "http", botToken: v.SLACK_BOT_TOKEN, signingSecret: v.SLACK_SIGNING_SECRET };
  throw new ConfigError("SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one must be set with SLACK_BOT_TOKEN (app token for Socket Mode, signing secret for HTTP)");
}
