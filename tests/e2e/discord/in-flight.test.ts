// At most one duplicate per crash on Discord: each post is marked in flight and sent with a nonce
// derived from its alert and `enforce_nonce`, so a post re-sent after a crash (within Discord's
// few minutes) gets the message Discord already has back instead of a second one.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { alertNonce } from "../../../src/bot/discord/discord-platform.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";

const CHANNEL = "1300000000000000021";
let fake: FakeDiscord | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await fake?.close();
  harness = fake = undefined;
});

describe("Discord: an alert in flight at a crash", () => {
  it("GIVEN one alert in flight that reached Discord before the crash and one that did not THEN after the restart each is in the channel once", async () => {
    const { engine, store } = await testDesk({ delivers: false });
    await engine.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
    const pending = await store.pendingOutbox(1000, new Date("2100-01-01"), "discord");
    const [first, second] = pending as [typeof pending[0], typeof pending[0]];
    for (const entry of [first, second]) await store.markInFlight(entry.id, new Date());
    const marked: number[] = [];
    const markInFlight = store.markInFlight.bind(store);
    store.markInFlight = (id, at) => {
      marked.push(id);
      return markInFlight(id, at);
    };

    fake = await new FakeDiscord([GUILD]).start();
    // What the crashed process had posted a moment ago: the first alert.
    fake.channels.set(CHANNEL, [{ id: "1", nonce: alertNonce(first.alertId, first.alert), at: Date.now(), embeds: [] }]);
    const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date(), source: "replay of the bundled episode", deliveryState: () => "" };
    harness = await startAgainstFake(fake, desk);
    // Alerts' posts only: market-cap alerts' charts follow as multipart posts of their own.
    const alertPosts = () => fake!.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`)).filter((r) => r.files === undefined);
    await fake.waitFor(() => alertPosts().length === pending.length, 15_000);
    await harness.side.deliverNow();

    const posts = alertPosts().map((r) => r.body as { nonce: string; enforce_nonce: boolean });
    expect(posts.every((b) => b.enforce_nonce === true)).toBe(true);
    expect(posts.map((b) => b.nonce)).toEqual(pending.map((e) => alertNonce(e.alertId, e.alert)));
    // The re-sent first alert got Discord's message back: each alert is in the channel once.
    expect(fake.channels.get(CHANNEL)!.filter((m) => !m.attachments?.length).map((m) => m.nonce)).toEqual(pending.map((e) => alertNonce(e.alertId, e.alert)));
    expect(marked).toEqual(pending.map((e) => e.id));
    expect(await store.pendingOutbox(1000, new Date("2100-01-01"), "discord")).toEqual([]);
  });
});
