// Policy settings for tests: recorded sleeps instead of real ones, no spacing between requests.
import type { LiveConfig } from "../../../../src/config/live.js";
import type { PolicyEnv } from "../../../../src/sources/live/http/http-policy.js";
import type { PolicyTuning } from "../../../../src/sources/live/http/provider-policies.js";

export interface TestEnv extends PolicyEnv {
  sleeps: number[];
  lines: string[];
}

export function testEnv(now: () => number = () => Date.now()): TestEnv {
  const sleeps: number[] = [];
  const lines: string[] = [];
  return {
    sleeps,
    lines,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now,
    random: () => 0.5,
    log: (line) => lines.push(line),
  };
}

export const FAST: PolicyTuning = {
  timeoutMs: 300,
  rate: { minTimeMs: 0, maxConcurrent: 4 },
  breaker: { consecutiveFailures: 3, halfOpenAfterMs: 40 },
};

export function testConfig(url: string, overrides: Partial<LiveConfig> = {}): LiveConfig {
  return {
    sources: "live",
    contact: "ops@example.com",
    quoteIntervalS: 60,
    secBaseUrl: url,
    secDataUrl: url,
    finnhubBaseUrl: `${url}/finnhub`,
    nasdaqBaseUrl: url,
    yahooBaseUrl: url,
    yahooRssUrl: `${url}/rss/2.0/headline`,
    ...overrides,
  };
}
