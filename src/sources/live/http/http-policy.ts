// The one HTTP policy every live provider goes through: a rate budget (bottleneck), a circuit
// breaker, retries with backoff and jitter (cockatiel), a timeout per attempt, Retry-After
// honoured, and errors that arrive as data turned into errors. Sleeping and the clock are
// injected so tests never wait for real backoffs.
import axios, { type AxiosInstance } from "axios";
import Bottleneck from "bottleneck";
import {
  circuitBreaker,
  ConsecutiveBreaker,
  ConstantBackoff,
  handleWhen,
  isBrokenCircuitError,
  isTaskCancelledError,
  retry,
  timeout,
  TimeoutStrategy,
  type CircuitBreakerPolicy,
  type RetryPolicy,
  type TimeoutPolicy,
} from "cockatiel";
import type { z } from "zod";
import { retryDelayMs, type BackoffShape } from "./backoff.js";
import { classifyResponse, type BodyInspector } from "./classify-response.js";
import { isProviderError, ProviderError } from "./provider-error.js";

export interface RateBudget {
  /** Minimum spacing between requests: 125 ms is 8 per second. */
  minTimeMs: number;
  maxConcurrent: number;
}

export interface PolicyOptions {
  provider: string;
  baseUrl: string;
  headers: Record<string, string>;
  rate: RateBudget;
  timeoutMs: number;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  backoff: BackoffShape;
  /** A Retry-After longer than this is not waited out inside a call: the provider is paused instead. */
  maxRetryAfterMs: number;
  /** How long to leave a provider alone after it throttles (SEC blocks the address for ~10 minutes). */
  throttlePauseMs: number;
  breaker: { consecutiveFailures: number; halfOpenAfterMs: number };
  inspectBody?: BodyInspector;
  /** The largest response body read; a larger one is refused, not buffered (default 64 MB: a 10-K with inline XBRL fits). */
  maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface PolicyEnv {
  sleep(ms: number): Promise<void>;
  now(): number;
  random(): number;
  log(line: string): void;
  /** Told of each attempt and breaker change (the /metrics counters); nothing when absent. */
  observer?: ProviderObserver;
}

export interface ProviderObserver {
  /** One attempt: `errorCode` is the ProviderError's code when it failed. */
  request(provider: string, errorCode?: string): void;
  breaker(provider: string, open: boolean): void;
}

export const realPolicyEnv = (log: (line: string) => void): PolicyEnv => ({
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  random: Math.random,
  log,
});

export interface RequestOptions {
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Failures that say nothing about the provider's health do not trip the breaker. */
const NOT_A_HEALTH_FAILURE = new Set(["not_found", "schema", "data_error"]);

export class HttpPolicy {
  readonly provider: string;
  private readonly http: AxiosInstance;
  private readonly limiter: Bottleneck;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly retries: RetryPolicy;
  private readonly attemptTimeout: TimeoutPolicy;
  private pausedUntil = 0;
  private pauseReason = "";

  constructor(
    private readonly options: PolicyOptions,
    private readonly env: PolicyEnv,
  ) {
    this.provider = options.provider;
    this.http = axios.create({
      baseURL: options.baseUrl,
      headers: { "Accept-Encoding": "gzip, deflate", ...options.headers },
      responseType: "text",
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxRedirects: 3,
      maxContentLength: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    });
    this.limiter = new Bottleneck({ minTime: options.rate.minTimeMs, maxConcurrent: options.rate.maxConcurrent });
    const healthFailure = handleWhen((e) => !(isProviderError(e) && NOT_A_HEALTH_FAILURE.has(e.code)));
    this.breaker = circuitBreaker(healthFailure, {
      halfOpenAfter: options.breaker.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breaker.consecutiveFailures),
    });
    this.breaker.onBreak(() => {
      const seconds = Math.round(options.breaker.halfOpenAfterMs / 1000);
      env.observer?.breaker(this.provider, true);
      env.log(`${this.provider}: circuit open after ${options.breaker.consecutiveFailures} failed calls in a row; calls paused for ${seconds} s`);
    });
    this.breaker.onReset(() => {
      env.observer?.breaker(this.provider, false);
      env.log(`${this.provider}: circuit closed; the provider answers again`);
    });
    const retryable = handleWhen((e) => isProviderError(e) && e.retryable && (e.retryAfterMs ?? 0) <= options.maxRetryAfterMs);
    this.retries = retry(retryable, { maxAttempts: options.maxAttempts - 1, backoff: new ConstantBackoff(0) });
    this.attemptTimeout = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
  }

  /** The body of a successful answer as text. */
  getText(path: string, request: RequestOptions = {}): Promise<string> {
    const url = this.describeUrl(path, request.params);
    return this.execute(url, (signal) => this.fetchText(path, url, request, signal));
  }

  /**
   * Any call to the provider under the same budget, retries, breaker and timeout: for clients
   * that bring their own HTTP (yahoo-finance2). `attempt` throws ProviderErrors for known failures.
   */
  async execute<T>(url: string, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const now = this.env.now();
    if (now < this.pausedUntil) {
      throw new ProviderError({ provider: this.provider, code: "rate_limited", url, message: `paused for ${Math.ceil((this.pausedUntil - now) / 1000)} s more after ${this.pauseReason}` });
    }
    try {
      return await this.breaker.execute(() => this.withRetries(url, attempt));
    } catch (error) {
      if (isBrokenCircuitError(error)) {
        throw new ProviderError({ provider: this.provider, code: "circuit_open", url, message: "circuit open: too many failures in a row, calls paused", advice: "capwatch tries again by itself" });
      }
      throw error;
    }
  }

  /** A successful answer parsed as JSON and checked against the provider's schema. */
  async getJson<S extends z.ZodType>(path: string, schema: S, request: RequestOptions = {}): Promise<z.infer<S>> {
    const text = await this.getText(path, request);
    return parseJsonBody(this.provider, this.describeUrl(path, request.params), text, schema);
  }

  /** Stops the rate limiter's timers; the policy is unusable afterwards. */
  async close(): Promise<void> {
    await this.limiter.stop({ dropWaitingJobs: true });
  }

  private async withRetries<T>(url: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let attempt = 0;
    let wait = 0;
    return this.retries.execute(async () => {
      if (wait > 0) await this.env.sleep(wait);
      attempt += 1;
      try {
        const result = await this.limiter.schedule(() => this.attemptTimeout.execute(({ signal }) => run(signal)));
        this.env.observer?.request(this.provider);
        return result;
      } catch (error) {
        const failure = toProviderError(this.provider, url, error);
        this.env.observer?.request(this.provider, failure.code);
        this.notePause(failure);
        if (failure.retryable && attempt < this.options.maxAttempts && (failure.retryAfterMs ?? 0) <= this.options.maxRetryAfterMs) {
          wait = retryDelayMs(attempt, this.options.backoff, this.env.random, failure.retryAfterMs);
          this.env.log(`${failure.describe()}; retry ${attempt}/${this.options.maxAttempts - 1} in ${(wait / 1000).toFixed(1)} s`);
        }
        throw failure;
      }
    });
  }

  private async fetchText(path: string, url: string, request: RequestOptions, signal: AbortSignal): Promise<string> {
    const response = await this.http.get<string>(path, { params: request.params, headers: request.headers, signal });
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v === undefined || v === null ? undefined : String(v)]));
    const body = typeof response.data === "string" ? response.data : String(response.data ?? "");
    const problem = classifyResponse(this.provider, url, { status: response.status, body, headers }, this.env.now(), this.options.inspectBody);
    if (problem) throw problem;
    return body;
  }

  private notePause(failure: ProviderError): void {
    const now = this.env.now();
    if (failure.code === "throttled") this.pauseFor(now + this.options.throttlePauseMs, "the provider throttled us");
    else if (failure.retryAfterMs !== undefined && failure.retryAfterMs > this.options.maxRetryAfterMs) this.pauseFor(now + failure.retryAfterMs, "a Retry-After");
  }

  private pauseFor(until: number, reason: string): void {
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    this.pauseReason = reason;
    this.env.log(`${this.provider}: no requests for ${Math.ceil((until - this.env.now()) / 1000)} s (${reason})`);
  }

  private describeUrl(path: string, params?: Record<string, string>): string {
    const query = params === undefined ? "" : `?${new URLSearchParams(params).toString()}`;
    return `${this.options.baseUrl}${path}${query}`;
  }
}

export function parseJsonBody<S extends z.ZodType>(provider: string, url: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    const what = start === "<" ? "HTML instead of JSON" : "truncated or invalid JSON";
    throw new ProviderError({ provider, url, code: "bad_body", message: `${what} (${text.length} bytes)`, advice: "capwatch retries on the next poll" });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "body" : issue.path.join(".");
  throw new ProviderError({ provider, url, code: "schema", message: `unexpected response shape at ${where}: ${issue?.message ?? "invalid"}`, advice: "the provider may have changed its format; report it" });
}

function toProviderError(provider: string, url: string, error: unknown): ProviderError {
  if (isProviderError(error)) return error;
  if (isTimeout(error)) return new ProviderError({ provider, url, code: "timeout", message: "timed out", retryable: true });
  // axios stops reading past maxContentLength: the answer is too large to be what was asked for.
  if (error instanceof Error && /maxContentLength size of \d+ exceeded/.test(error.message)) {
    return new ProviderError({ provider, url, code: "bad_body", message: `response larger than capwatch reads (${error.message})`, advice: "check the base URL; capwatch reads it again on the next poll" });
  }
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError({ provider, url, code: "network", message: `network error: ${typeof code === "string" ? code : message}`, advice: "check the network or the base URL", retryable: true });
}

/** The per-attempt timeout aborts the request; axios passes cockatiel's abort reason on as the error. */
function isTimeout(error: unknown): boolean {
  if (isTaskCancelledError(error)) return true;
  const e = error as { code?: unknown; name?: unknown; message?: unknown };
  return e.code === "ERR_CANCELED" || e.name === "TaskCancelledError" || (typeof e.message === "string" && /^Operation timed out after/.test(e.message));
}
