// kill -9 during delivery, on PostgreSQL: the bundled episode's alerts wait in a shared outbox for
// a Slack and a Discord channel; an instance (`node dist/main.js`, live) is killed with SIGKILL at
// the first post of its run, while that post is in flight (the fake keeps the message, capwatch
// never hears back), and another instance starts once the dead one's claims have lapsed
// (CAPWATCH_OUTBOX_LEASE_SECONDS=2). In the end every alert is in its channel, none lost, in
// outbox order, and duplicates are at most one per kill (capwatch looks the Slack post up and
// re-sends the Discord one with its nonce, so there are none here).
import { afterAll, describe, expect, it } from "vitest";
import { alertNonce } from "../../src/bot/discord/discord-platform.js";
import { FakeDiscord } from "../fakes/discord/fake-discord.js";
import { GUILD } from "../fakes/discord/interactions.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { PG_URL } from "../helpers/postgres.js";
import { DISCORD_CHANNEL, SLACK_CHANNEL, freshSchema, killAll, pendingRows, platformEnv, seedEpisode, startInstance, until, type Instance } from "../helpers/instances.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

const KILLS = 5;
const LEASE_S = 2;

let slack: FakeSlackApi | undefined;
let discord: FakeDiscord | undefined;
let providers: FakeServer | undefined;
let dropSchema: (() => Promise<void>) | undefined;
afterAll(async () => {
  killAll();
  await slack?.close();
  await discord?.close();
  await providers?.close();
  await dropSchema?.();
});

describe.skipIf(!PG_URL)("kill -9 during delivery, several instances on PostgreSQL", () => {
  it(`GIVEN ${KILLS} instances each killed with SIGKILL while a post is in flight, and another started after each THEN every alert reaches its Slack and its Discord channel, in order, with at most one duplicate per kill`, async () => {
    const schema = await freshSchema("capwatch_e2e_kill");
    dropSchema = schema.drop;
    const expected = await seedEpisode(schema.schema);
    expect(expected.slack.length).toBeGreaterThan(KILLS);
    expect(expected.discord.length).toBe(expected.slack.length);

    slack = await new FakeSlackApi().start();
    discord = await new FakeDiscord([GUILD]).start();
    providers = await startFakeServer(); // every provider answers 404: no new alerts while the test runs
    let current: Instance | undefined;
    let kills = 0;
    let postsThisRun = 0;
    const killAtFirstPost = () => {
      if (++postsThisRun === 1 && kills < KILLS && current && current.child.exitCode === null) {
        current.child.kill("SIGKILL");
        kills++;
      }
    };
    slack.script = (call) => {
      if (call.method === "chat.postMessage") killAtFirstPost();
      return undefined;
    };
    discord.script((req) => {
      if (req.method === "POST" && req.path === `/channels/${DISCORD_CHANNEL}/messages`) killAtFirstPost();
      return undefined;
    });
    const env = providerEnv(providers.url, platformEnv(schema.url(), slack, discord, { CAPWATCH_OUTBOX_LEASE_SECONDS: String(LEASE_S) }));
    const start = () => {
      postsThisRun = 0;
      return (current = startInstance(env));
    };

    let runs = 0;
    while (kills < KILLS) {
      const run = start();
      runs++;
      const { signal } = await run.exited;
      expect(signal, `run ${runs} ended by itself; output:\n${run.output()}`).toBe("SIGKILL");
      // Another instance starts once the dead one's claims have lapsed (a supervisor's restart delay).
      await new Promise((r) => setTimeout(r, LEASE_S * 1000 + 500));
    }
    const last = start();
    const slackIds = () => (slack!.channels.get(SLACK_CHANNEL) ?? []).map((m) => Number(m.metadata?.event_payload?.alert_id));
    // Alerts' messages only (embeds): a market-cap alert's chart follows as a message of its own.
    const discordNonces = () => (discord!.channels.get(DISCORD_CHANNEL) ?? []).filter((m) => m.embeds.length > 0).map((m) => m.nonce);
    const everyOne = () => new Set(slackIds()).size >= expected.slack.length && new Set(discordNonces()).size >= expected.discord.length;
    await until(everyOne, 90_000, last.output);
    for (const end = Date.now() + 10_000; (await pendingRows(schema.schema)) > 0 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would come within a second
    expect(await pendingRows(schema.schema)).toBe(0);
    last.child.kill("SIGTERM");
    expect((await last.exited).code).toBe(0);

    expect(runs).toBe(KILLS);
    // None lost, in outbox order: each alert's first appearance is in the order it was raised.
    const firstSeen = <T,>(list: T[]) => list.filter((x, i) => list.indexOf(x) === i);
    expect(firstSeen(slackIds())).toEqual(expected.slack.map((e) => e.alertId));
    const nonces = expected.discord.map((e) => alertNonce(e.alertId, e.alert));
    expect(firstSeen(discordNonces())).toEqual(nonces);
    // At most one duplicate per kill, over both platforms.
    const duplicates = slackIds().length - expected.slack.length + (discordNonces().length - expected.discord.length);
    expect(duplicates).toBeLessThanOrEqual(KILLS);
  }, 180_000);
});
