// The one error type every live provider call throws: a code callers can branch on, whether a
// retry may help, and a sentence for the log that says what to do.

export const PROVIDER_ERROR_CODES = [
  "rate_limited", // 429, or a 200 whose body says the quota is spent
  "throttled", // SEC's 403 "Request Rate Threshold Exceeded" page
  "forbidden", // 403 otherwise (SEC: undeclared User-Agent; Nasdaq: blocked client)
  "unauthorized", // 401: Finnhub key, Yahoo crumb
  "not_found", // 404
  "server", // 5xx
  "timeout",
  "network", // refused, reset, DNS
  "bad_body", // not the JSON it should be (truncated, HTML instead of JSON)
  "schema", // JSON, but not the shape the client knows: the provider changed its format
  "data_error", // well-formed but meaningless: Finnhub's all-zero quote for an unknown symbol
  "circuit_open", // too many failures in a row: calls are refused for a while
] as const;
export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];

export interface ProviderErrorDetails {
  provider: string;
  code: ProviderErrorCode;
  /** What went wrong, in one line. */
  message: string;
  /** What the operator can do about it. */
  advice?: string;
  status?: number;
  url?: string;
  retryable?: boolean;
  /** From a Retry-After header, in milliseconds. */
  retryAfterMs?: number;
}

export class ProviderError extends Error {
  readonly provider: string;
  readonly code: ProviderErrorCode;
  readonly advice: string | undefined;
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(details: ProviderErrorDetails) {
    super(details.message);
    this.name = "ProviderError";
    this.provider = details.provider;
    this.code = details.code;
    this.advice = details.advice;
    this.status = details.status;
    this.url = details.url;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** `sec: rate limited (HTTP 429) — wait …`: the line a log or status shows. */
  describe(): string {
    const status = this.status === undefined ? "" : ` (HTTP ${this.status})`;
    const advice = this.advice === undefined ? "" : `; ${this.advice}`;
    return `${this.provider}: ${this.message}${status}${advice}`;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Any thrown value as one log line. */
export function describeFailure(error: unknown): string {
  if (error instanceof ProviderError) return error.describe();
  return error instanceof Error ? error.message : String(error);
}
