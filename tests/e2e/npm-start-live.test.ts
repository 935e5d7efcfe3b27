// `npm start` with CAPWATCH_SOURCES=live against recorded provider responses on 127.0.0.1: it says
// it is live, keeps its state in CAPWATCH_STORE, answers the terminal, polls, and stops cleanly.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { openStore } from "../../src/store/open-store.js";
import { testDesk } from "../helpers/desk.js";
import { everyProviderAnswering, providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

let server: FakeServer | undefined;
afterAll(async () => server?.close());

function start(env: NodeJS.ProcessEnv, input: string) {
  // Live, the HTTP server (health, readiness) always runs: PORT 0 takes any free port.
  const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, PORT: "0", ...env } });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number, what: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  throw new Error(`timed out; output:\n${what()}`);
}

describe("npm start with CAPWATCH_SOURCES=live", () => {
  it("GIVEN providers on a local server THEN it runs live, the terminal subscribes, the providers are polled, and the subscription persists in the store", async () => {
    server = await startFakeServer(everyProviderAnswering());
    const store = join(mkdtempSync(join(tmpdir(), "capwatch-live-")), "capwatch.db");
    const env = providerEnv(server.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: store });
    const run = start(env, "watch add AAPL\nwatch list\n");
    await until(() => run.output().includes("still serving"), 20_000, run.output);
    expect(run.output()).toMatch(/^capwatch: LIVE data into .*capwatch\.db/m);
    expect(run.output()).toContain("> watch add AAPL\n✓ Watchlist extended\n  #terminal now watches AAPL.");
    expect(run.output()).toMatch(/> watch list\n[\s\S]* {2}Data +(live: no source has answered yet|.*(fresh|waiting|STALE))/);
    await until(() => (server!.hits.get("/finnhub/quote") ?? 0) > 0, 20_000, run.output);
    // The providers' requests reach /metrics through the live sources' HTTP policies.
    const port = /health on http:\/\/localhost:(\d+)\/healthz/.exec(run.output())?.[1];
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^capwatch_provider_requests_total\{provider="finnhub",outcome="ok"\} [1-9]/m);
    expect(metrics).toMatch(/^capwatch_leader 1$/m);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);

    const reopened = await openStore(store);
    const state = await reopened.loadEngineState();
    expect(state.watchlists).toEqual([expect.objectContaining({ channel: "#terminal", platform: "terminal", tickers: ["AAPL"] })]);
    await reopened.close();
  }, 60_000);

  it("GIVEN no key and #terminal watching AMZN THEN the start-up pass reads Yahoo's headline feed and the terminal prints the capex alert from the news", async () => {
    // The recorded story, dated an hour ago: the first poll reads the last 3 days.
    const feed = readFileSync(new URL("../fixtures/providers/yahoo-rss/DERIVED_headline_AMZN_consensus.xml", import.meta.url), "utf8").replace("Thu, 05 Feb 2026 21:40:00 +0000", new Date(Date.now() - 3_600_000).toUTCString());
    const news = await startFakeServer({ "/rss/2.0/headline": { body: feed, headers: { "content-type": "application/rss+xml" } } });
    try {
      const store = join(mkdtempSync(join(tmpdir(), "capwatch-live-news-")), "capwatch.db");
      const prepared = await testDesk({ store, delivers: false });
      await prepared.engine.routing.setWatchlist({ channel: "#terminal", platform: "terminal", tickers: ["AMZN"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
      await prepared.close();
      const { FINNHUB_API_KEY: _key, ...noKey } = providerEnv(news.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: store, YAHOO_BASE_URL: news.url });
      const run = start(noKey, "");
      await until(() => /CAPEX GUIDANCE · AMZN FY2026/.test(run.output()), 20_000, run.output);
      expect(run.output()).toMatch(/news from Yahoo's headline RSS \(unofficial\)/);
      expect(run.output()).toMatch(/as reported by the news \(Reuters\), not yet in the company's own words/);
      expect(news.hits.get("/rss/2.0/headline")).toBe(1);
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
    } finally {
      await news.close();
    }
  }, 60_000);

  it("GIVEN a CAPWATCH_STORE that cannot be opened THEN it stops naming the variable", async () => {
    const run = start({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "ops@example.com", CAPWATCH_STORE: "/etc/hostname/capwatch.db" }, "");
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/configuration error: CAPWATCH_STORE: cannot open the SQLite store at \/etc\/hostname\/capwatch\.db/);
  });

  it("GIVEN no CAPWATCH_CONTACT THEN it stops before starting, naming the variable", async () => {
    const run = start({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "" }, "");
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/configuration error: CAPWATCH_CONTACT is required/);
  });
});
