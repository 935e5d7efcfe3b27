import { afterEach, describe, expect, it } from "vitest";
import { pollCommand, type PollCommandDeps } from "../../../src/app/commands/poll-command.js";
import { withCapturedIo, type CliResult } from "../../helpers/run-cli.js";
import { everyProviderAnswering, fixture, providerEnv, startFakeServer, type FakeServer } from "../../sources/live/helpers/fake-provider-server.js";
import { FAST, testEnv } from "../../sources/live/helpers/test-policy.js";

let server: FakeServer;
afterEach(async () => server?.close());

function poll(args: string[], deps: PollCommandDeps): Promise<CliResult> {
  return withCapturedIo((io) => pollCommand(args, io, deps));
}

const env = providerEnv;

describe("capwatch poll --once", () => {
  it("GIVEN every provider answering (recorded responses) THEN alerts as replay --json on stdout and one ok line per provider on stderr", async () => {
    server = await startFakeServer(everyProviderAnswering());
    const now = Date.parse("2026-01-30T12:00:00Z");
    const result = await poll(["--once", "--tickers", "AAPL", "--json"], { env: env(server.url), now: () => now, sources: { env: testEnv(() => now), tuning: FAST } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '{"channel":"poll","kind":"earnings_result","ticker":"AAPL","ts":"2026-01-29T21:05:00.000Z","period":"Q1-2026","epsActual":2.84,"epsEstimate":2.7257,"epsSurprisePct":4.19,"revenueActual":143756000000,"revenueEstimate":141253997332,"revenueSurprisePct":1.77}\n',
    );
    const statuses = result.stderr.split("\n").filter((l) => /^[a-z-]+: (ok|failed|partly failed)\b/.test(l));
    expect(statuses).toEqual([
      // The facts' events: capex actuals, the share count, and the company's reporting currency (USD).
      "sec: ok (filings 1 events; facts 10 events)",
      "finnhub: ok (1 of 1 quotes passed)",
      "finnhub-calendar: ok (1 calendar events)",
      "finnhub-news: ok (0 items, 0 new)",
    ]);
  });

  it("GIVEN no key and Yahoo's headline feed THEN poll --once reads the last 3 days of news: the story's capex alerts against the consensus it reports, with a yahoo-rss status line", async () => {
    server = await startFakeServer({ "/rss/2.0/headline": { body: fixture("yahoo-rss/DERIVED_headline_AMZN_consensus.xml"), headers: { "content-type": "application/rss+xml" } } });
    const now = Date.parse("2026-02-05T22:35:00Z");
    const { FINNHUB_API_KEY: _key, ...noKey } = env(server.url, { YAHOO_BASE_URL: server.url, YAHOO_RSS_URL: `${server.url}/rss/2.0/headline` });
    const result = await poll(["--once", "--tickers", "AMZN", "--json"], { env: noKey, now: () => now, sources: { env: testEnv(() => now), tuning: FAST } });
    expect(result.code).toBe(1); // SEC, Yahoo quotes and Nasdaq have no answers on this server
    expect(result.stderr).toMatch(/^yahoo-rss: ok \(1 items, 1 new\)$/m);
    expect(server.requests.find((r) => r.path === "/rss/2.0/headline")).toBeDefined();
    const alerts = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(alerts).toEqual([
      expect.objectContaining({ kind: "capex_guidance", ticker: "AMZN", period: "FY2026", value: 200e9, basis: "consensus", basisValue: 146.6e9, surprisePct: 36.43, provenance: expect.objectContaining({ kind: "news", voice: "press", said: "as reported by the news (Reuters), not yet in the company's own words" }) }),
    ]);
  });

  it("GIVEN SEC throttling and Finnhub down THEN exit 1, no alert, and status lines that say what failed and what to do", async () => {
    server = await startFakeServer({
      "/files/company_tickers.json": { status: 403, body: fixture("errors/sec_403_rate_threshold.html") },
      "/finnhub/quote": { status: 503, body: "down" },
      "/finnhub/calendar/earnings": { status: 503, body: "down" },
    });
    const result = await poll(["--once", "--tickers", "AAPL"], { env: env(server.url), sources: { env: testEnv(), tuning: FAST } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^sec: failed: AAPL: sec: SEC says the request rate threshold was exceeded .*make sure only one capwatch polls/m);
    expect(result.stderr).toMatch(/^finnhub: failed: AAPL: finnhub: server error \(HTTP 503\); the provider is failing; capwatch retries$/m);
  });

  it("GIVEN no CAPWATCH_CONTACT THEN exit 2 with a message naming it", async () => {
    const result = await poll(["--once", "--tickers", "AAPL"], { env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/CAPWATCH_CONTACT is required for live data/);
  });

  it("GIVEN no --once or a bad ticker THEN exit 2 with the usage", async () => {
    expect((await poll(["--tickers", "AAPL"], { env: {} })).stderr).toMatch(/only --once is supported/);
    expect((await poll(["--once", "--tickers", "aapl$"], { env: {} })).stderr).toMatch(/"AAPL\$" is not a ticker/);
  });
});
