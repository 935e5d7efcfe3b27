// How capwatch's Slack Web API clients call Slack: the outbox owns retrying (the client neither
// retries nor waits out a 429 itself), and every call has an end, so a Slack that never answers
// costs one timeout and a retry, not a channel stalled for good.
export const SLACK_CALL_TIMEOUT_MS = 15_000;

export function slackClientOptions(apiUrl: string | undefined, timeoutMs = SLACK_CALL_TIMEOUT_MS) {
  // `fetch` is also what Bolt's respond() posts to a command's response_url with: it gets the same end.
  return { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: timeoutMs, fetch: timedFetch(timeoutMs) };
}

/** fetch that gives up after `timeoutMs` (and still honours the caller's own signal). */
export function timedFetch(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const limit = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
  };
}
