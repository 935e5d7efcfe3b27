// A platform answering 500 for a minute, on PostgreSQL: the bundled episode's alerts wait in the
// outbox for a Slack and a Discord channel, and each fake answers every post with a 500 for the
// first minute of its delivery loop's time. The loops run on an injected clock whose sleeps (the
// backoff, Slack's pacing) advance it instead of waiting, so the minute passes in no real time.
// Afterwards everything has arrived: each alert once, in outbox order, none left in the outbox.
import { afterAll, describe, expect, it } from "vitest";
import { alertNonce } from "../../src/bot/discord/discord-platform.js";
import { startDiscord, type DiscordSide } from "../../src/bot/discord/start-discord.js";
import { HttpServer } from "../../src/bot/http/http-server.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";
import { APP_ID, FAKE_TOKEN, FakeDiscord } from "../fakes/discord/fake-discord.js";
import { GUILD } from "../fakes/discord/interactions.js";
import { manualTime, slackHarness, type SlackHarness } from "../fakes/slack/slack-harness.js";
import { testDesk } from "../helpers/desk.js";
import { DISCORD_CHANNEL, SLACK_CHANNEL, freshSchema, pendingRows, seedEpisode } from "../helpers/instances.js";
import { PG_URL } from "../helpers/postgres.js";

const FAULT_MS = 60_000;

let store: Store | undefined;
let slack: SlackHarness | undefined;
let discordSide: DiscordSide | undefined;
let discordHttp: HttpServer | undefined;
let discord: FakeDiscord | undefined;
let dropSchema: (() => Promise<void>) | undefined;
afterAll(async () => {
  await slack?.close();
  await discordSide?.stop();
  await discordHttp?.close();
  await discord?.close();
  await store?.close();
  await dropSchema?.();
});

describe.skipIf(!PG_URL)("a platform answering 500 for a minute (PostgreSQL)", () => {
  it("GIVEN Slack and Discord answering every post with a 500 for a minute THEN afterwards every alert arrives, once each, in order", async () => {
    const schema = await freshSchema("capwatch_e2e_500s");
    dropSchema = schema.drop;
    const expected = await seedEpisode(schema.schema);
    store = await openPostgresStore(PG_URL as string, undefined, { schema: schema.schema, instance: "one" });
    const desk = (await testDesk({ store, delivers: false })).commands();

    // Slack: every chat.postMessage answered 500 (nothing kept) for the loop's first minute.
    const slackTime = manualTime(new Date().toISOString());
    const slackFaultEnds = slackTime.clock().getTime() + FAULT_MS;
    let slack500s = 0;
    slack = await slackHarness(desk, {
      clock: slackTime.clock,
      sleep: slackTime.sleep,
      prepare: (api) =>
        (api.script = (call) => {
          if (call.method !== "chat.postMessage" || slackTime.clock().getTime() >= slackFaultEnds) return undefined;
          slack500s++;
          return { status: 500, body: { ok: false, error: "internal_error" } };
        }),
    });

    // Discord: the same for POST /channels/…/messages (discord.js tries each 500 a few times itself).
    const discordTime = manualTime(new Date().toISOString());
    const discordFaultEnds = discordTime.clock().getTime() + FAULT_MS;
    let discord500s = 0;
    discord = await new FakeDiscord([GUILD]).start();
    discord.script((req) => {
      if (req.method !== "POST" || !req.path.endsWith("/messages") || discordTime.clock().getTime() >= discordFaultEnds) return undefined;
      discord500s++;
      return { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
    });
    discordHttp = new HttpServer();
    discordSide = await startDiscord({
      config: { token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: discord.apiUrl, port: 0 },
      desk,
      http: discordHttp,
      log: () => undefined,
      clock: discordTime.clock,
      sleep: discordTime.sleep,
      timings: { retryEveryMs: 60_000, probeEveryMs: 60_000, readyTimeoutMs: 5_000 },
    });

    const slackIds = () => (slack!.api.channels.get(SLACK_CHANNEL) ?? []).map((m) => Number(m.metadata?.event_payload?.alert_id));
    // Alerts' messages only (embeds): a market-cap alert's chart follows as a message of its own.
    const discordNonces = () => (discord!.channels.get(DISCORD_CHANNEL) ?? []).filter((m) => m.embeds.length > 0).map((m) => m.nonce);
    for (const end = Date.now() + 60_000; Date.now() < end && (slackIds().length < expected.slack.length || discordNonces().length < expected.discord.length); ) {
      await slack.slack.flush();
      await discordSide.deliverNow();
      await new Promise((r) => setTimeout(r, 50));
    }

    // The fault was met, and lasted a minute of the loops' time.
    expect(slack500s).toBeGreaterThan(0);
    expect(discord500s).toBeGreaterThan(0);
    expect(slackTime.clock().getTime()).toBeGreaterThanOrEqual(slackFaultEnds);
    expect(discordTime.clock().getTime()).toBeGreaterThanOrEqual(discordFaultEnds);
    // Everything arrived afterwards: once each, in order.
    expect(slackIds()).toEqual(expected.slack.map((e) => e.alertId));
    expect(discordNonces()).toEqual(expected.discord.map((e) => alertNonce(e.alertId, e.alert)));
    expect(await pendingRows(schema.schema, ["slack", "discord"])).toBe(0); // #markets' rows are the terminal's, not run here
  }, 120_000);
});
