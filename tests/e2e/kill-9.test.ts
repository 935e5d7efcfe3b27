// kill -9 during delivery: `node dist/main.js` (live, on a SQLite store holding the bundled
// episode's alerts for a Slack channel, a Discord channel and the terminal's #markets) is killed
// with SIGKILL at the first post of each run and restarted, 20 times (CAPWATCH_TEST_KILLS sets
// another number). In the end every alert is in the Slack and in the Discord channel exactly once
// and every terminal alert was printed: none lost, no duplicate. Each kill lands while a post is
// in flight (the fake has the message, capwatch never hears back): the case a restart must look
// up (Slack) or re-send with its nonce (Discord) rather than post again. stdout is read by a slow
// reader.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderAlertText } from "../../src/alerts/render/text.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { alertNonce } from "../../src/bot/discord/discord-platform.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { openStore } from "../../src/store/open-store.js";
import { APP_ID, FAKE_TOKEN, FakeDiscord } from "../fakes/discord/fake-discord.js";
import { GUILD } from "../fakes/discord/interactions.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET } from "../fakes/slack/sign.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";
import { EPISODE, testDesk } from "../helpers/desk.js";

const TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
/**
 * Each killed run posts about one message and the last posts the rest at Slack's one a second, so
 * the test takes about 40 s with 10 kills (the suite's default) and about 50 s with the 20.
 */
const KILLS = Number(process.env.CAPWATCH_TEST_KILLS ?? 20);
const SLACK_CHANNEL = "C_DESK";
const DISCORD_CHANNEL = "1300000000000000031";

let child: ChildProcess | undefined;
let slackApi: FakeSlackApi | undefined;
let discord: FakeDiscord | undefined;
let providers: FakeServer | undefined;
afterAll(async () => {
  child?.kill("SIGKILL");
  await slackApi?.close();
  await discord?.close();
  await providers?.close();
});

/** The episode's alerts in the outbox of a fresh SQLite store: a Slack and a Discord channel watching it, and #markets. */
async function storeWithEpisode(path: string) {
  const desk = await testDesk({ store: path, delivers: false });
  const watch = { tickers: TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
  await desk.engine.routing.setWatchlist({ channel: SLACK_CHANNEL, platform: "slack", workspace: "T1", ...watch });
  await desk.engine.routing.setWatchlist({ channel: DISCORD_CHANNEL, platform: "discord", workspace: GUILD, ...watch });
  await runReplay(EPISODE, desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  await desk.engine.checkpoint();
  const pending = await desk.store.pendingOutbox(10_000, new Date("2100-01-01"));
  const terminalTexts = pending.filter((e) => e.platform === "terminal").map((e) => renderAlertText(e.alert, (t) => desk.engine.market.companyName(t)));
  await desk.close();
  return { slack: pending.filter((e) => e.platform === "slack"), discord: pending.filter((e) => e.platform === "discord"), terminalTexts };
}

describe("kill -9 during delivery", () => {
  it(`GIVEN ${KILLS} SIGKILLs, each while a post is in flight, THEN every alert is in its Slack and its Discord channel exactly once and every terminal alert was printed`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-kill-")), "capwatch.db");
    const expected = await storeWithEpisode(path);
    expect(expected.slack.length).toBeGreaterThan(KILLS); // each kill at a post of its own
    expect(expected.discord.length).toBe(expected.slack.length);
    expect(expected.terminalTexts.length).toBeGreaterThan(0);

    slackApi = await new FakeSlackApi().start();
    discord = await new FakeDiscord([GUILD]).start();
    providers = await startFakeServer(); // every provider answers 404: no new alerts while the test runs
    // Each run is killed at its first post (Slack or Discord), before the fake answers it: the
    // message is kept (the fake's default answer runs after its script), capwatch never hears back.
    let kills = 0;
    let postsThisRun = 0;
    let slackPosts = 0;
    const killAtFirstPost = () => {
      if (++postsThisRun === 1 && kills < KILLS && child && !child.killed) {
        child.kill("SIGKILL");
        kills++;
      }
    };
    slackApi.script = (call) => {
      if (call.method === "chat.postMessage") {
        slackPosts++;
        killAtFirstPost();
      }
      return undefined;
    };
    discord.script((req) => {
      if (req.method === "POST" && req.path === `/channels/${DISCORD_CHANNEL}/messages`) killAtFirstPost();
      return undefined;
    });

    let out = "";
    let runs = 0;
    const start = () => {
      runs++;
      postsThisRun = 0;
      const env = providerEnv(providers!.url, {
        CAPWATCH_SOURCES: "live",
        CAPWATCH_STORE: path,
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slackApi!.apiUrl,
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: discord!.apiUrl,
        PORT: "0",
      });
      const proc = spawn(process.execPath, ["dist/main.js"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
      // A slow reader: stdout is taken in short bursts, 20 times a second.
      proc.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        proc.stdout.pause();
        setTimeout(() => proc.stdout.resume(), 50);
      });
      proc.stderr.on("data", (d: Buffer) => (out += d.toString()));
      child = proc;
      return new Promise<NodeJS.Signals | null>((resolve) => proc.on("exit", (_code, signal) => resolve(signal)));
    };
    const slackIds = () => (slackApi!.channels.get(SLACK_CHANNEL) ?? []).map((m) => m.metadata?.event_payload?.alert_id);
    // Alerts' messages only (embeds): a market-cap alert's chart follows as a message of its own.
    const discordNonces = () => (discord!.channels.get(DISCORD_CHANNEL) ?? []).filter((m) => m.embeds.length > 0).map((m) => m.nonce);

    while (kills < KILLS) {
      const signal = await start();
      expect(signal, `run ${runs} ended by itself; output:\n${out}`).toBe("SIGKILL");
    }
    // The last run delivers the rest (Slack one a second).
    const last = start();
    const done = () => slackIds().length >= expected.slack.length && discordNonces().length >= expected.discord.length;
    for (const end = Date.now() + 45_000; !done() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would come within a second
    child?.kill("SIGKILL");
    await last;

    expect(runs).toBe(KILLS + 1);
    expect(slackIds()).toEqual(expected.slack.map((e) => e.alertId));
    expect(slackPosts).toBe(expected.slack.length);
    expect(discordNonces()).toEqual(expected.discord.map((e) => alertNonce(e.alertId, e.alert)));
    for (const text of expected.terminalTexts) expect(out).toContain(text);
    const store = await openStore(path);
    expect(await store.pendingOutbox(10_000, new Date("2100-01-01"))).toEqual([]);
    await store.close();
  }, 150_000);
});
