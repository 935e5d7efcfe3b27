// `npm start` with Slack set in its environment: it connects, a channel subscribes with a signed
// slash command while the replay plays, the replay's alerts reach that channel, and capwatch
// keeps serving after the replay ends.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET, signedHeaders, slashCommandBody } from "../fakes/slack/sign.js";
import { freePort } from "../helpers/free-port.js";

let child: ChildProcess | undefined;
let api: FakeSlackApi | undefined;
afterAll(async () => {
  child?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  child?.kill("SIGKILL");
});

describe("npm start with Slack connected", () => {
  it("GIVEN SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET THEN a channel that subscribes during the replay gets its alerts", async () => {
    api = await new FakeSlackApi().start();
    api.admins.add("U_ADMIN");
    const port = await freePort();
    let out = "";
    child = spawn(process.execPath, ["dist/main.js"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.apiUrl,
        PORT: String(port),
        // The MSFT example: 21:00 Jan 28 → 18:00 Jan 29 is 75,600 market seconds, about 4 s here.
        CAPWATCH_REPLAY_FILE: "tests/fixtures/replay-examples/msft-2026-01-29.jsonl",
        CAPWATCH_REPLAY_SPEED: "20000",
      },
    });
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    const waitFor = async (what: () => boolean, ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (what()) return;
      throw new Error(`timed out; output so far:\n${out}`);
    };
    await waitFor(() => out.includes("connected to Slack (HTTP)"), 10_000);

    const body = slashCommandBody({ text: "watch add MSFT", user_id: "U_ADMIN", channel_id: "C_DESK", response_url: api.responseUrl("sub") });
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(Date.now() / 1000)) });
    expect(res.status).toBe(200);
    await waitFor(() => api!.responses.some((r) => r.path.endsWith("/sub")), 5_000);

    await waitFor(() => out.includes("still serving Slack"), 40_000);
    await waitFor(() => api!.posts().length >= 2, 5_000);
    const posts = api.posts();
    expect(posts.map((p) => p.params.channel)).toEqual(["C_DESK", "C_DESK"]);
    expect(posts.map((p) => p.params.text)).toEqual([expect.stringContaining("MSFT"), expect.stringContaining("MSFT")]);
    // The terminal's own channel still printed them too.
    expect(out).toContain("[#markets] Thu, Jan 29, 2026, 09:30 ET · MARKET-CAP DROP · MSFT · level 2");
  }, 70_000);
});

describe("npm start when Slack cannot be used", () => {
  const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ["dist/main.js"], { input: "", encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 });

  it("GIVEN Slack's Web API unreachable THEN it stops before the replay with the address to check", () => {
    const r = run({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: "http://127.0.0.1:1/api/", PORT: "0" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("capwatch: configuration error: cannot reach Slack's Web API at http://127.0.0.1:1/api/ (A request error occurred: fetch failed); check the network, or SLACK_API_URL\n");
    expect(r.stdout).not.toContain("MARKET-CAP");
  });

  it("GIVEN a token Slack refuses THEN it says so, naming the variable", async () => {
    const fake = await new FakeSlackApi().start();
    fake.script = (call) => (call.method === "auth.test" ? { body: { ok: false, error: "invalid_auth" } } : undefined);
    const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: "0" } });
    let err = "";
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    await fake.close();
    expect(code).toBe(2);
    expect(err).toMatch(/^capwatch: configuration error: SLACK_BOT_TOKEN: Slack refused it \(.*invalid_auth\)/);
  });

  it("GIVEN PORT already in use THEN it says which port and what to set", async () => {
    const fake = await new FakeSlackApi().start();
    const busy = createServer();
    const port = await new Promise<number>((resolve) => busy.listen(0, "0.0.0.0", () => resolve((busy.address() as { port: number }).port)));
    const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port) } });
    let err = "";
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    busy.close();
    await fake.close();
    expect(code).toBe(2);
    expect(err).toContain(`capwatch: configuration error: PORT: port ${port} is already in use; set PORT to a free port for the HTTP server`);
  });
});
