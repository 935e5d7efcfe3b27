// Discord's settings, from the environment: undefined when Discord is not configured, a
// ConfigError naming the variable when it is half-configured or a value is wrong.
import { z } from "zod";
import { ConfigError } from "../../config/config.js";

export const DISCORD_API = "https://discord.com/api";
export const DEFAULT_PORT = 3000;

export interface DiscordConfig {
  /** The bot token, without a `Bot ` prefix. */
  token: string;
  applicationId: string;
  /** Set: `POST /discord/interactions` answers interactions over HTTP, signatures checked with it. */
  publicKey?: string;
  /** The REST base, `https://discord.com/api` unless overridden (tests point it at a fake). */
  apiUrl: string;
  /** The one HTTP server's port. */
  port: number;
}

const SETTINGS = {
  token: {
    env: "DISCORD_TOKEN",
    schema: z
      .string()
      .transform((t) => t.trim().replace(/^Bot\s+/i, ""))
      .pipe(z.string().regex(/^[\w.-]{20,}$/, "must be the bot token from the Developer Portal's Bot page")),
  },
  applicationId: {
    env: "DISCORD_APPLICATION_ID",
    schema: z.string().trim().regex(/^\d{15,21}$/, "must be the application ID (a number of 15 to 21 digits) from the General Information page"),
  },
  publicKey: {
    env: "DISCORD_PUBLIC_KEY",
    schema: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hexadecimal characters"),
  },
  apiUrl: {
    env: "DISCORD_API_URL",
    schema: z
      .string()
      .trim()
      .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, "must be an http(s) URL like https://discord.com/api")
      .transform((u) => u.replace(/\/+$/, "").replace(/\/v\d+$/, "")),
  },
  port: {
    env: "PORT",
    schema: z.coerce.number().int("must be a whole number").min(0, "must be from 0 to 65535").max(65535, "must be from 0 to 65535"),
  },
} as const;

type SettingName = keyof typeof SETTINGS;

/** The Discord side's settings, or undefined when none of DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_PUBLIC_KEY is set. */
export function loadDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig | undefined {
  const given = (name: SettingName) => {
    const raw = env[SETTINGS[name].env];
    return raw !== undefined && raw.trim() !== "" ? raw : undefined;
  };
  if (given("token") === undefined && given("applicationId") === undefined && given("publicKey") === undefined) return undefined;
  for (const name of ["token", "applicationId"] as const) {
    if (given(name) === undefined) {
      const other = (["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_PUBLIC_KEY"] as const).filter((v) => env[v]?.trim());
      throw new ConfigError(
        `${SETTINGS[name].env}: must be set when ${other.join(" and ")} ${other.length > 1 ? "are" : "is"} (Discord needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; unset all DISCORD_* variables to run without Discord)`,
      );
    }
  }
  const value = <N extends SettingName>(name: N, fallback?: unknown): z.output<(typeof SETTINGS)[N]["schema"]> | undefined => {
    const raw = given(name) ?? fallback;
    if (raw === undefined) return undefined;
    const parsed = SETTINGS[name].schema.safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof SETTINGS)[N]["schema"]>;
    const shown = name === "token" ? "(hidden)" : JSON.stringify(raw);
    throw new ConfigError(`${SETTINGS[name].env}: ${parsed.error.issues[0]?.message ?? "invalid"} (got ${shown})`);
  };
  const publicKey = value("publicKey");
  return {
    token: value("token") as string,
    applicationId: value("applicationId") as string,
    ...(publicKey === undefined ? {} : { publicKey: publicKey.toLowerCase() }),
    apiUrl: value("apiUrl", DISCORD_API) as string,
    port: value("port", DEFAULT_PORT) as number,
  };
}
