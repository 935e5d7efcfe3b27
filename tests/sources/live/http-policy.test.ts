import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpPolicy, type PolicyOptions } from "../../../src/sources/live/http/http-policy.js";
import { ProviderError } from "../../../src/sources/live/http/provider-error.js";
import { createProviderPolicies, secUserAgent } from "../../../src/sources/live/http/provider-policies.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { FAST, testConfig, testEnv } from "./helpers/test-policy.js";

const ok = { body: '{"ok":true}' };
const okSchema = z.object({ ok: z.boolean() });
let server: FakeServer;
const policies: HttpPolicy[] = [];

function policy(env = testEnv(), options: Partial<PolicyOptions> = {}): HttpPolicy {
  const p = new HttpPolicy(
    {
      provider: "test",
      baseUrl: server.url,
      headers: { "User-Agent": "capwatch-test" },
      rate: { minTimeMs: 0, maxConcurrent: 4 },
      timeoutMs: 300,
      maxAttempts: 3,
      backoff: { baseMs: 1000, maxMs: 20_000 },
      maxRetryAfterMs: 30_000,
      throttlePauseMs: 600_000,
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 40 },
      ...options,
    },
    env,
  );
  policies.push(p);
  return p;
}

afterEach(async () => {
  await Promise.all(policies.splice(0).map((p) => p.close()));
  await server?.close();
});

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error("expected a ProviderError");
}

describe("HttpPolicy", () => {
  it("GIVEN a 429 with Retry-After: 7 THEN it waits 7 s (injected sleep) and gets the answer", async () => {
    const body = fixture("errors/finnhub_429.txt").split("\n")[1]!;
    server = await startFakeServer({ "/q": (_req, hit) => (hit === 1 ? { status: 429, body, headers: { "retry-after": "7" } } : ok) });
    const env = testEnv();
    await expect(policy(env).getJson("/q", okSchema)).resolves.toEqual({ ok: true });
    expect(env.sleeps).toEqual([7000]);
    expect(env.lines[0]).toMatch(/test: rate limited for 7 s \(HTTP 429\).*retry 1\/2 in 7\.0 s/);
  });

  it("GIVEN a Retry-After longer than the policy waits THEN the call fails and later calls send nothing until it passes", async () => {
    server = await startFakeServer({ "/q": { status: 429, body: "{}", headers: { "retry-after": "120" } } });
    let now = 1_000_000;
    const env = testEnv(() => now);
    const p = policy(env);
    expect((await failure(p.getText("/q"))).code).toBe("rate_limited");
    expect((await failure(p.getText("/q"))).message).toMatch(/paused for 120 s more/);
    expect(server.hits.get("/q")).toBe(1);
    now += 121_000;
    server.route("/q", ok);
    await expect(p.getText("/q")).resolves.toBe('{"ok":true}');
  });

  it("GIVEN an answer larger than the policy reads THEN it is refused as a bad body, not buffered, and not retried", async () => {
    server = await startFakeServer({ "/q": { body: `{"ok":true,"pad":"${"x".repeat(5000)}"}` } });
    const p = policy(testEnv(), { maxResponseBytes: 1024 });
    const error = await failure(p.getJson("/q", okSchema));
    expect(error.code).toBe("bad_body");
    expect(error.message).toMatch(/response larger than capwatch reads/);
    expect(server.hits.get("/q")).toBe(1);
  });

  it("GIVEN SEC's 403 rate-threshold page THEN it is a throttle error, not data, with no retry and a pause", async () => {
    server = await startFakeServer({ "/files/company_tickers.json": { status: 403, body: fixture("errors/sec_403_rate_threshold.html"), headers: { "content-type": "text/html" } } });
    const env = testEnv();
    const p = policy(env);
    const error = await failure(p.getText("/files/company_tickers.json"));
    expect(error.code).toBe("throttled");
    expect(error.describe()).toMatch(/request rate threshold was exceeded/);
    expect(server.hits.get("/files/company_tickers.json")).toBe(1);
    expect(env.lines.some((l) => /no requests for 600 s/.test(l))).toBe(true);
  });

  it("GIVEN two 500s then an answer THEN it retries with jittered backoff and succeeds", async () => {
    server = await startFakeServer({ "/q": (_r, hit) => (hit <= 2 ? { status: 500, body: "oops" } : ok) });
    const env = testEnv();
    await expect(policy(env).getJson("/q", okSchema)).resolves.toEqual({ ok: true });
    expect(env.sleeps).toEqual([500, 1000]); // random 0.5 × 1 s, × 2 s
  });

  it("GIVEN a provider that keeps failing THEN the circuit opens and says so, refuses calls, and closes when it recovers", async () => {
    server = await startFakeServer({ "/q": { status: 503, body: "down" } });
    const env = testEnv();
    const p = policy(env, { maxAttempts: 1 });
    for (let i = 0; i < 3; i++) expect((await failure(p.getText("/q"))).code).toBe("server");
    expect(env.lines).toContain("test: circuit open after 3 failed calls in a row; calls paused for 0 s");
    expect((await failure(p.getText("/q"))).code).toBe("circuit_open");
    expect(server.hits.get("/q")).toBe(3);
    server.route("/q", ok);
    await new Promise((r) => setTimeout(r, 60));
    await expect(p.getText("/q")).resolves.toBe('{"ok":true}');
    expect(env.lines).toContain("test: circuit closed; the provider answers again");
  });

  it("GIVEN an answer slower than the timeout THEN each attempt times out, and the next call succeeds", async () => {
    server = await startFakeServer({ "/q": { ...ok, delayMs: 1_000 } });
    const p = policy(testEnv(), { timeoutMs: 50, maxAttempts: 2 });
    expect((await failure(p.getText("/q"))).code).toBe("timeout");
    server.route("/q", ok);
    await expect(p.getText("/q")).resolves.toBe('{"ok":true}');
  });

  it("GIVEN truncated JSON THEN it is a bad-body error naming it", async () => {
    server = await startFakeServer({ "/q": { body: fixture("finnhub/quote_AAPL.json").slice(0, 40) } });
    const error = await failure(policy().getJson("/q", okSchema));
    expect(error.code).toBe("bad_body");
    expect(error.message).toMatch(/truncated or invalid JSON/);
  });

  it("GIVEN HTTP 200 carrying a rate-limit message THEN it is an error, not data", async () => {
    server = await startFakeServer({ "/q": { body: fixture("errors/twelvedata_429.json") } });
    const error = await failure(policy().getText("/q"));
    expect(error.code).toBe("rate_limited");
    expect(error.message).toMatch(/run out of API credits/);
  });

  it("GIVEN the SEC policy THEN the User-Agent names capwatch and CAPWATCH_CONTACT, and requests are spaced to 8 a second", async () => {
    server = await startFakeServer({ "/q": ok });
    const env = testEnv();
    const { sec, all } = createProviderPolicies(testConfig(server.url), env, { ...FAST, rate: undefined });
    policies.push(...all());
    const started = Date.now();
    await Promise.all([1, 2, 3, 4].map(() => sec.getText(`${server.url}/q`)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 125 - 20);
    expect(server.requests[0]!.headers["user-agent"]).toBe(secUserAgent("ops@example.com"));
    expect(server.requests[0]!.headers["user-agent"]).toMatch(/^capwatch\/.*ops@example\.com/);
  });
});
