// The fetch yahoo-finance2 calls: sends Yahoo's hosts to YAHOO_BASE_URL when set (a mirror, a
// proxy, the tests' local server), and turns refusals into ProviderErrors before the library
// sees them (401 "Invalid Crumb", 429 "Too Many Requests"), keeping Retry-After.
import { classifyResponse } from "../http/classify-response.js";

const YAHOO_HOST = /^https:\/\/[a-z0-9.-]*yahoo\.com/i;
/** The data endpoints; the cookie page answers 404 or a redirect on purpose and is left alone. */
const CHECKED_PATH = /\/(v7\/finance\/quote|v1\/test\/getcrumb|v10\/finance\/quoteSummary)/;

export function yahooFetch(baseUrl: string | undefined, now: () => number): typeof fetch {
  return async (input, init) => {
    const original = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const url = baseUrl === undefined ? original : original.replace(YAHOO_HOST, baseUrl);
    const response = await fetch(url, init);
    if (response.ok || !CHECKED_PATH.test(url) || (response.status >= 300 && response.status < 400)) return response;
    const body = await response.text();
    const headers = { "retry-after": response.headers.get("retry-after") ?? undefined };
    throw classifyResponse("yahoo", url, { status: response.status, body, headers }, now()) ?? new Error(`HTTP ${response.status}`);
  };
}
