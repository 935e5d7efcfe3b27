// Each provider's limits and headers, in one place: what the policy enforces per provider.
import type { LiveConfig } from "../../../config/live.js";
import { errorText } from "./classify-response.js";
import { HttpPolicy, type PolicyEnv, type PolicyOptions } from "./http-policy.js";

export const APP_NAME = "capwatch/0.1";
/** SEC allows 10 requests a second; 8 leaves headroom. */
export const SEC_REQUESTS_PER_SECOND = 8;
/** Finnhub's free tier: 60 calls a minute. */
export const FINNHUB_CALLS_PER_MINUTE = 60;
/** Nasdaq's calendar is unofficial and unmetered: stay polite. */
const NASDAQ_MIN_TIME_MS = 1_000;
/** Yahoo's headline feed is unofficial and unmetered, and an IR site is someone's server: one feed a second at most. */
const YAHOO_RSS_MIN_TIME_MS = 1_000;

/** Nasdaq answers browsers only (research §5). */
const BROWSER_HEADERS = {
  "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
  Accept: "application/json, text/plain, */*",
  Origin: "https://www.nasdaq.com",
  Referer: "https://www.nasdaq.com/",
};

const COMMON = {
  timeoutMs: 15_000,
  maxAttempts: 3,
  backoff: { baseMs: 1_000, maxMs: 20_000 },
  maxRetryAfterMs: 30_000,
  throttlePauseMs: 10 * 60_000,
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 60_000 },
} satisfies Partial<PolicyOptions>;

/** Overrides for tests: shorter timeouts, no spacing between requests. */
export type PolicyTuning = Partial<Pick<PolicyOptions, "timeoutMs" | "maxAttempts" | "backoff" | "maxRetryAfterMs" | "throttlePauseMs" | "breaker" | "rate">>;

export function secUserAgent(contact: string): string {
  return `${APP_NAME} (capex and market-cap alerts; contact: ${contact})`;
}

export interface ProviderPolicies {
  sec: HttpPolicy;
  finnhub?: HttpPolicy;
  nasdaq: HttpPolicy;
  yahoo: HttpPolicy;
  /** Yahoo's per-ticker headline RSS (news without a Finnhub key). */
  yahooRss: HttpPolicy;
  /** Feeds admins added per ticker (absolute URLs, one budget for all). */
  feeds: HttpPolicy;
  all(): HttpPolicy[];
}

export function createProviderPolicies(config: LiveConfig, env: PolicyEnv, tuning: PolicyTuning = {}): ProviderPolicies {
  const secHeaders = { "User-Agent": secUserAgent(config.contact) };
  const make = (options: Omit<PolicyOptions, keyof typeof COMMON>) => new HttpPolicy({ ...COMMON, ...options, ...tuning, rate: tuning.rate ?? options.rate }, env);
  // One policy (one budget) for www.sec.gov and data.sec.gov: SEC's limit is per client, so
  // the SEC clients pass absolute URLs.
  const sec = make({ provider: "sec", baseUrl: "", headers: secHeaders, rate: { minTimeMs: Math.ceil(1000 / SEC_REQUESTS_PER_SECOND), maxConcurrent: 2 } });
  const finnhub =
    config.finnhubApiKey === undefined
      ? undefined
      : make({
          provider: "finnhub",
          baseUrl: config.finnhubBaseUrl,
          headers: { "User-Agent": APP_NAME, "X-Finnhub-Token": config.finnhubApiKey },
          rate: { minTimeMs: Math.ceil(60_000 / FINNHUB_CALLS_PER_MINUTE), maxConcurrent: 1 },
          inspectBody: finnhubBodyError,
        });
  const nasdaq = make({ provider: "nasdaq", baseUrl: config.nasdaqBaseUrl, headers: BROWSER_HEADERS, rate: { minTimeMs: NASDAQ_MIN_TIME_MS, maxConcurrent: 1 } });
  const yahoo = make({ provider: "yahoo", baseUrl: "", headers: {}, rate: { minTimeMs: 500, maxConcurrent: 2 } });
  const yahooRss = make({
    provider: "yahoo-rss",
    baseUrl: config.yahooRssUrl,
    headers: { "User-Agent": BROWSER_HEADERS["User-Agent"], Accept: "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8" },
    rate: { minTimeMs: YAHOO_RSS_MIN_TIME_MS, maxConcurrent: 1 },
  });
  const feeds = make({
    provider: "feeds",
    baseUrl: "",
    headers: { "User-Agent": APP_NAME, Accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8" },
    rate: { minTimeMs: YAHOO_RSS_MIN_TIME_MS, maxConcurrent: 1 },
  });
  return {
    sec,
    finnhub,
    nasdaq,
    yahoo,
    yahooRss,
    feeds,
    all: () => [sec, ...(finnhub ? [finnhub] : []), nasdaq, yahoo, yahooRss, feeds],
  };
}

/** Finnhub answers some refusals with HTTP 200 and `{"error": "..."}`. */
function finnhubBodyError(body: string): string | undefined {
  if (!body.trimStart().startsWith('{"error"')) return undefined;
  return errorText(body);
}
