// kill -9 during delivery: `node dist/main.js` (live, on a SQLite store holding the bundled
// episode's alerts for a Slack channel and the terminal's #markets) is killed with SIGKILL at the
// first post of each run, restarted, 10 times (CAPWATCH_TEST_KILLS=20 for the 20), and in the end every alert is in the Slack channel
// exactly once and every terminal alert was printed: none lost, no duplicate. Each kill lands
// while a post is in flight (the fake has the message, capwatch never hears back): the case a
// restart must look up rather than post again. stdout is read by a slow reader.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderAlertText } from "../../src/alerts/render/text.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { openStore } from "../../src/store/open-store.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET } from "../fakes/slack/sign.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";
import { EPISODE, testDesk } from "../helpers/desk.js";

const TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
/**
 * Each killed run posts one message and the last posts the rest at Slack's one a second, so the
 * test takes about 35 s with 10 kills (the suite's default) and about 46 s with the 20.
 */
const KILLS = Number(process.env.CAPWATCH_TEST_KILLS ?? 10);
const CHANNEL = "C_DESK";

let child: ChildProcess | undefined;
let api: FakeSlackApi | undefined;
let providers: FakeServer | undefined;
afterAll(async () => {
  child?.kill("SIGKILL");
  await api?.close();
  await providers?.close();
});

/** The episode's alerts in the outbox of a fresh SQLite store: a Slack channel watching it, and #markets. */
async function storeWithEpisode(path: string) {
  const desk = await testDesk({ store: path, delivers: false });
  await desk.engine.routing.setWatchlist({ channel: CHANNEL, platform: "slack", workspace: "T1", tickers: TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  await runReplay(EPISODE, desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  await desk.engine.checkpoint();
  const pending = await desk.store.pendingOutbox(10_000, new Date("2100-01-01"));
  const terminalTexts = pending.filter((e) => e.platform === "terminal").map((e) => renderAlertText(e.alert, (t) => desk.engine.market.companyName(t)));
  await desk.close();
  return { slack: pending.filter((e) => e.platform === "slack"), terminalTexts };
}

describe("kill -9 during delivery", () => {
  it(`GIVEN ${KILLS} SIGKILLs, each while a post is in flight to Slack, THEN every alert is in its channel exactly once and every terminal alert was printed`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-kill-")), "capwatch.db");
    const { slack, terminalTexts } = await storeWithEpisode(path);
    expect(slack.length).toBeGreaterThan(KILLS); // each kill at a post of its own
    expect(terminalTexts.length).toBeGreaterThan(0);

    api = await new FakeSlackApi().start();
    providers = await startFakeServer(); // every provider answers 404: no new alerts while the test runs
    // Each run is killed at its first post, before the fake answers it (the message is kept: the
    // default answer runs after this script); one channel, so a run has one post in flight.
    let posts = 0;
    let kills = 0;
    let postsThisRun = 0;
    api.script = (call) => {
      if (call.method !== "chat.postMessage") return undefined;
      posts++;
      if (++postsThisRun === 1 && kills < KILLS && child && !child.killed) {
        child.kill("SIGKILL");
        kills++;
      }
      return undefined;
    };

    let out = "";
    let runs = 0;
    const start = () => {
      runs++;
      postsThisRun = 0;
      const env = providerEnv(providers!.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: path, SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api!.apiUrl, PORT: "0" });
      const proc = spawn(process.execPath, ["dist/main.js"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
      // A slow reader: stdout is taken in short bursts, 20 times a second.
      proc.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        proc.stdout.pause();
        setTimeout(() => proc.stdout.resume(), 50);
      });
      proc.stderr.on("data", () => undefined);
      child = proc;
      return new Promise<NodeJS.Signals | null>((resolve) => proc.on("exit", (_code, signal) => resolve(signal)));
    };
    const inChannels = () => [...api!.channels.values()].reduce((n, messages) => n + messages.length, 0);

    while (kills < KILLS) {
      const signal = await start();
      expect(signal, `run ${runs} ended by itself; output:\n${out}`).toBe("SIGKILL");
    }
    // The last run delivers the rest, one a second.
    const last = start();
    for (const end = Date.now() + 40_000; inChannels() < slack.length && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would come within a second
    child?.kill("SIGKILL");
    await last;

    expect(runs).toBe(KILLS + 1);
    expect((api.channels.get(CHANNEL) ?? []).map((m) => m.metadata?.event_payload?.alert_id)).toEqual(slack.map((e) => e.alertId));
    expect(posts).toBe(slack.length);
    for (const text of terminalTexts) expect(out).toContain(text);
    const store = await openStore(path);
    expect(await store.pendingOutbox(10_000, new Date("2100-01-01"))).toEqual([]);
    await store.close();
  }, 90_000);
});
