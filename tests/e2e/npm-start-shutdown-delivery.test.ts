// SIGTERM while a Slack post is in flight: a post that answers within the bound is finished before
// capwatch exits; one that never answers is left behind after 5 s and capwatch still exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET } from "../fakes/slack/sign.js";
import { testDesk } from "../helpers/desk.js";
import { freePort } from "../helpers/free-port.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

let api: FakeSlackApi | undefined;
let proxy: Server | undefined;
let providers: FakeServer | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child?.exitCode === null) child.kill("SIGKILL");
  proxy?.closeAllConnections();
  proxy?.close();
  await api?.close();
  await providers?.close();
});

/**
 * A fresh SQLite store whose outbox holds MSFT's two market-cap alerts for Slack channel C_DESK,
 * waiting to be delivered. (Subscribing with a slash command while a replay ran raced the replay's
 * first alert: on CI, Dec 6, the replay ended before the command took effect and nothing was posted.)
 */
async function storeWithPendingAlerts(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "capwatch-shutdown-")), "capwatch.db");
  const desk = await testDesk({ store: path, delivers: false });
  await desk.engine.routing.setWatchlist({ channel: "C_DESK", platform: "slack", workspace: "T1", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  await runReplay("tests/fixtures/replay-examples/msft-2026-01-29.jsonl", desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(`line ${p.line}: ${p.reason}`); } });
  await desk.engine.checkpoint();
  const pending = await desk.store.pendingOutbox(100, new Date("2100-01-01"));
  await desk.close();
  expect(pending.filter((e) => e.platform === "slack").length).toBe(2);
  return path;
}

/** Slack's Web API in front of the fake: chat.postMessage is held `holdMs` (Infinity: never answered). */
async function slowPosts(target: FakeSlackApi, holdMs: number): Promise<{ url: string; postsSeen: () => number }> {
  let seen = 0;
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const forward = async () => {
        const answer = await fetch(`${target.apiUrl}${(req.url ?? "/").replace(/^\/api\//, "")}`, { method: req.method, headers: { "content-type": req.headers["content-type"] ?? "application/x-www-form-urlencoded", authorization: req.headers.authorization ?? "" }, body: Buffer.concat(chunks) });
        res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
      };
      if (!req.url?.endsWith("chat.postMessage")) return void forward();
      seen++;
      if (holdMs !== Infinity) setTimeout(() => void forward(), holdMs);
    });
  });
  await new Promise<void>((resolve) => proxy!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/`, postsSeen: () => seen };
}

/** Live capwatch on that store (every provider answers 404: no new alerts), stdin left open as under a supervisor. */
async function startWithPending(apiUrl: string) {
  const store = await storeWithPendingAlerts();
  providers = await startFakeServer();
  let out = "";
  const proc = spawn(process.execPath, ["dist/main.js"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: {
      ...process.env,
      ...providerEnv(providers.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: store }),
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(await freePort()),
    },
  });
  child = proc;
  proc.stdout.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const waitFor = async (what: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (what()) return;
    throw new Error(`timed out; output so far:\n${out}`);
  };
  return { child: proc, exited, output: () => out, waitFor };
}

describe("graceful shutdown with a delivery in flight", () => {
  it("GIVEN a Slack post answered 1.5 s after SIGTERM THEN capwatch waits for it, then exits 0", async () => {
    api = await new FakeSlackApi().start();
    const slow = await slowPosts(api, 1_500);
    const run = await startWithPending(slow.url);
    await run.waitFor(() => slow.postsSeen() > 0, 30_000);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(api.posts().length).toBeGreaterThanOrEqual(1); // the post in flight reached Slack
    expect(api.posts()[0]?.params.text).toContain("MSFT");
    expect(run.output()).not.toContain("did not finish");
  }, 60_000);

  it("GIVEN a Slack post that never answers THEN capwatch gives it 5 s, says so, and still exits 0", async () => {
    api = await new FakeSlackApi().start();
    const slow = await slowPosts(api, Infinity);
    const run = await startWithPending(slow.url);
    await run.waitFor(() => slow.postsSeen() > 0, 30_000);
    const started = Date.now();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(run.output()).toContain("capwatch: shutdown: finishing deliveries in flight did not finish within 5000 ms; going on");
  }, 60_000);
});
