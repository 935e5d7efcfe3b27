// Live-data settings from the environment, validated with zod; a wrong value names the variable.
import { z } from "zod";

export const DEFAULT_QUOTE_INTERVAL_S = 60;
/** Yahoo Finance's per-ticker headline feed (unofficial): `?s=AMZN&region=US&lang=en-US`. */
export const DEFAULT_YAHOO_RSS_URL = "https://feeds.finance.yahoo.com/rss/2.0/headline";

const url = (name: string) => z.string().url(`${name} must be a URL like https://example.com`).transform((u) => u.replace(/\/+$/, ""));
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? undefined : s.trim()));

const liveEnvSchema = z.object({
  CAPWATCH_SOURCES: z.enum(["replay", "live"], { message: "CAPWATCH_SOURCES must be replay or live" }).default("replay"),
  CAPWATCH_CONTACT: optionalText,
  FINNHUB_API_KEY: optionalText,
  CAPWATCH_QUOTE_INTERVAL: z.coerce
    .number({ message: "CAPWATCH_QUOTE_INTERVAL must be a number of seconds" })
    .int("CAPWATCH_QUOTE_INTERVAL must be whole seconds")
    .min(5, "CAPWATCH_QUOTE_INTERVAL must be at least 5 seconds")
    .max(3600, "CAPWATCH_QUOTE_INTERVAL must be at most 3600 seconds")
    .default(DEFAULT_QUOTE_INTERVAL_S),
  SEC_BASE_URL: url("SEC_BASE_URL").default("https://www.sec.gov"),
  SEC_DATA_URL: url("SEC_DATA_URL").default("https://data.sec.gov"),
  FINNHUB_BASE_URL: url("FINNHUB_BASE_URL").default("https://finnhub.io/api/v1"),
  NASDAQ_BASE_URL: url("NASDAQ_BASE_URL").default("https://api.nasdaq.com"),
  YAHOO_BASE_URL: url("YAHOO_BASE_URL").optional(),
  YAHOO_RSS_URL: url("YAHOO_RSS_URL").default(DEFAULT_YAHOO_RSS_URL),
});

export interface LiveConfig {
  sources: "replay" | "live";
  /** Operator contact for the SEC User-Agent; required when sources is live. */
  contact: string;
  finnhubApiKey?: string;
  quoteIntervalS: number;
  secBaseUrl: string;
  secDataUrl: string;
  finnhubBaseUrl: string;
  nasdaqBaseUrl: string;
  /** Sends every Yahoo request (quote, cookie, crumb) to this origin instead of *.yahoo.com. */
  yahooBaseUrl?: string;
  /** The Yahoo headline RSS endpoint news comes from without a Finnhub key. */
  yahooRssUrl: string;
}

export class LiveConfigError extends Error {}

/** Reads the live settings; with CAPWATCH_SOURCES=live (or `requireLive`) CAPWATCH_CONTACT must be set. */
export function loadLiveConfig(env: NodeJS.ProcessEnv, options: { requireLive?: boolean } = {}): LiveConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = liveEnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const message = issue?.message ?? "invalid";
    throw new LiveConfigError(message.startsWith(variable) ? `${message} (got ${JSON.stringify(env[variable])})` : `${variable}: ${message}`);
  }
  const e = parsed.data;
  const live = e.CAPWATCH_SOURCES === "live" || options.requireLive === true;
  if (live && e.CAPWATCH_CONTACT === undefined) {
    throw new LiveConfigError(
      "CAPWATCH_CONTACT is required for live data: SEC asks every client to name its operator, e.g. CAPWATCH_CONTACT=ops@example.com",
    );
  }
  return {
    sources: e.CAPWATCH_SOURCES,
    contact: e.CAPWATCH_CONTACT ?? "",
    finnhubApiKey: e.FINNHUB_API_KEY,
    quoteIntervalS: e.CAPWATCH_QUOTE_INTERVAL,
    secBaseUrl: e.SEC_BASE_URL,
    secDataUrl: e.SEC_DATA_URL,
    finnhubBaseUrl: e.FINNHUB_BASE_URL,
    nasdaqBaseUrl: e.NASDAQ_BASE_URL,
    yahooBaseUrl: e.YAHOO_BASE_URL,
    yahooRssUrl: e.YAHOO_RSS_URL,
  };
}
