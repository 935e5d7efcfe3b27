// SIGTERM while a Slack post is in flight: a post that answers within the bound is finished before
// capwatch exits; one that never answers is left behind after 5 s and capwatch still exits 0.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET, signedHeaders, slashCommandBody } from "../fakes/slack/sign.js";
import { freePort } from "../helpers/free-port.js";

let api: FakeSlackApi | undefined;
let proxy: Server | undefined;
afterEach(async () => {
  proxy?.closeAllConnections();
  proxy?.close();
  await api?.close();
});

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

async function startSubscribed(apiUrl: string) {
  const port = await freePort();
  let out = "";
  const child = spawn(process.execPath, ["dist/main.js"], {
    stdio: ["pipe", "pipe", "pipe"], // stdin left open, as under a supervisor
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      CAPWATCH_REPLAY_FILE: "tests/fixtures/replay-examples/msft-2026-01-29.jsonl",
      // The first alert (09:30) comes 9 s into the replay: the subscription below reaches the bot
      // before it even on a busy machine (at 20000, 2.3 s in, it sometimes did not).
      CAPWATCH_REPLAY_SPEED: "5000",
    },
  });
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (what: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (what()) return;
    throw new Error(`timed out; output so far:\n${out}`);
  };
  await waitFor(() => out.includes("connected to Slack (HTTP)"), 10_000);
  const body = slashCommandBody({ text: "watch add MSFT", user_id: "U_ADMIN", channel_id: "C_DESK", response_url: api!.responseUrl("sub") });
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(Date.now() / 1000)) });
  expect(res.status).toBe(200);
  return { child, exited, output: () => out, waitFor };
}

describe("graceful shutdown with a delivery in flight", () => {
  it("GIVEN a Slack post answered 1.5 s after SIGTERM THEN capwatch waits for it, then exits 0", async () => {
    api = await new FakeSlackApi().start();
    api.admins.add("U_ADMIN");
    const slow = await slowPosts(api, 1_500);
    const run = await startSubscribed(slow.url);
    await run.waitFor(() => slow.postsSeen() > 0, 30_000);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(api.posts().length).toBeGreaterThanOrEqual(1); // the post in flight reached Slack
    expect(api.posts()[0]?.params.text).toContain("MSFT");
    expect(run.output()).not.toContain("did not finish");
  }, 60_000);

  it("GIVEN a Slack post that never answers THEN capwatch gives it 5 s, says so, and still exits 0", async () => {
    api = await new FakeSlackApi().start();
    api.admins.add("U_ADMIN");
    const slow = await slowPosts(api, Infinity);
    const run = await startSubscribed(slow.url);
    await run.waitFor(() => slow.postsSeen() > 0, 30_000);
    const started = Date.now();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(run.output()).toContain("capwatch: shutdown: finishing deliveries in flight did not finish within 5000 ms; going on");
  }, 60_000);
});
