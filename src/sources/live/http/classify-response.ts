// Turns an HTTP answer into data or a ProviderError, including the errors that arrive as data:
// SEC's throttle page, 200 bodies that carry a rate-limit message, Yahoo's crumb refusals.
import { parseRetryAfter } from "./backoff.js";
import { ProviderError } from "./provider-error.js";

export interface RawResponse {
  status: number;
  body: string;
  headers: Record<string, string | undefined>;
}

/** A provider's own look at a 200 body: an error message it hides there, or undefined. */
export type BodyInspector = (body: string) => string | undefined;

const SEC_THROTTLE = /Request Rate Threshold Exceeded/i;
const SEC_UNDECLARED = /Undeclared Automated Tool/i;
/** Rate-limit wording seen in 200 bodies (Alpha Vantage, Twelve Data, FMP, Finnhub, Yahoo). */
const RATE_LIMIT_WORDS = /(rate limit|api limit reached|limit reach|too many requests|run out of api credits|requests per (day|minute))/i;
const SHORT_BODY = 2_000;

export function classifyResponse(provider: string, url: string, response: RawResponse, nowMs: number, inspect?: BodyInspector): ProviderError | undefined {
  const { status, body } = response;
  const base = { provider, url, status };
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers["retry-after"], nowMs);
    const wait = retryAfterMs === undefined ? "" : ` for ${Math.ceil(retryAfterMs / 1000)} s`;
    return new ProviderError({ ...base, code: "rate_limited", message: `rate limited${wait}`, advice: "capwatch waits and retries; if it persists, watch fewer tickers or raise the quote interval", retryable: true, retryAfterMs });
  }
  if (status === 403 && SEC_THROTTLE.test(body)) {
    return new ProviderError({ ...base, code: "throttled", message: "SEC says the request rate threshold was exceeded (IP blocked for about 10 minutes)", advice: "capwatch pauses SEC calls; make sure only one capwatch polls from this address" });
  }
  if (status === 403 && SEC_UNDECLARED.test(body)) {
    return new ProviderError({ ...base, code: "forbidden", message: "SEC refused an undeclared automated tool", advice: "set CAPWATCH_CONTACT to an e-mail address (SEC requires it in the User-Agent)" });
  }
  if (status === 401) {
    return new ProviderError({ ...base, code: "unauthorized", message: `unauthorized: ${errorText(body)}`, advice: "check the API key (or, for Yahoo, the cookie/crumb: it is refetched on the next poll)" });
  }
  if (status === 403) return new ProviderError({ ...base, code: "forbidden", message: `forbidden: ${errorText(body)}`, advice: "the provider refuses this client or plan" });
  if (status === 404) return new ProviderError({ ...base, code: "not_found", message: "not found" });
  if (status >= 500) return new ProviderError({ ...base, code: "server", message: "server error", advice: "the provider is failing; capwatch retries", retryable: true });
  if (status < 200 || status >= 300) return new ProviderError({ ...base, code: "server", message: `unexpected status` });
  if (SEC_THROTTLE.test(body.slice(0, SHORT_BODY))) {
    return new ProviderError({ ...base, code: "throttled", message: "SEC throttle page served with HTTP 200", advice: "capwatch pauses SEC calls" });
  }
  const hidden = inspect?.(body);
  if (hidden !== undefined) return new ProviderError({ ...base, code: "rate_limited", message: `error in a 200 body: ${hidden}`, retryable: false });
  if (body.length < SHORT_BODY && RATE_LIMIT_WORDS.test(body) && !body.trimStart().startsWith("[")) {
    return new ProviderError({ ...base, code: "rate_limited", message: `rate-limit message in a 200 body: ${errorText(body)}`, advice: "wait, or lower the request rate" });
  }
  return undefined;
}

/** The readable part of an error body: a JSON message field if there is one, else the text, cut short. */
export function errorText(body: string): string {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const inner = json.finance as { error?: { description?: unknown } } | undefined;
    const candidates = [json.error, json.message, json.Information, json.Note, json["Error Message"], inner?.error?.description];
    const found = candidates.find((c): c is string => typeof c === "string");
    if (found !== undefined) return found.slice(0, 200);
  } catch {
    // not JSON: fall through to the text
  }
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1];
  return (title ?? body).replace(/\s+/g, " ").trim().slice(0, 200) || "(empty body)";
}
