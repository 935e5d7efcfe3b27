// How capwatch's Slack Web API clients call Slack: the outbox owns retrying (the client neither
// retries nor waits out a 429 itself), and every call has an end, so a Slack that never answers
// costs one timeout and a retry, not a channel stalled for good.
export const SLACK_CALL_TIMEOUT_MS = 15_000;

export function slackClientOptions(apiUrl: string | undefined, timeoutMs = SLACK_CALL_TIMEOUT_MS) {
  return { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: timeoutMs };
}
