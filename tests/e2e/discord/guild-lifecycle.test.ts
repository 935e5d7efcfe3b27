// Leaving a server: its channels stop receiving and keep their history; coming back resumes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import type { Store } from "../../../src/store/store.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";
import { testDesk } from "../../helpers/desk.js";

const CHANNEL = "1300000000000000021";
let fake: FakeDiscord;
let store: Store;
let engine: Engine;
let harness: Harness;

const posts = () => fake.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`));
const quote = (ts: string, price: number) => engine.handle({ type: "quote", ts: Date.parse(ts), ticker: "MSFT", price, session: "regular" });

beforeAll(async () => {
  fake = await new FakeDiscord([GUILD]).start();
  ({ store, engine } = await testDesk({ delivers: false }));
  await engine.handle({ type: "company", ticker: "MSFT", sharesOutstanding: 7_433_000_000 });
  await engine.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date(), source: "test", deliveryState: () => "" };
  harness = await startAgainstFake(fake, desk);
});

afterAll(async () => {
  await harness?.stop();
  await store?.close();
  await fake?.close();
});

describe("GIVEN a Discord channel watching MSFT", () => {
  it("WHEN capwatch is removed from the server THEN the channel is stopped, the alert is kept, nothing is posted; WHEN it is added back THEN the alert goes out", async () => {
    fake.dispatch("GUILD_DELETE", { id: GUILD, unavailable: false });
    const stopped = async () => (await store.channelStatuses("discord")).find((s) => s.channel === CHANNEL)?.state === "stopped";
    for (let i = 0; i < 100 && !(await stopped()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await store.channelStatuses("discord")).toEqual([expect.objectContaining({ channel: CHANNEL, state: "stopped", reason: "capwatch was removed from this server" })]);

    await quote("2026-01-28T21:00:00Z", 481.63);
    await quote("2026-01-29T14:30:00Z", 440);
    await harness.side.deliverNow();
    expect(posts()).toHaveLength(0);
    expect(await store.recentAlerts(CHANNEL, 5)).toHaveLength(1);
    // Held back, not dropped: still pending (due again later).
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "discord")).toHaveLength(1);

    fake.dispatch("GUILD_CREATE", { id: GUILD, name: "Server", unavailable: false, owner_id: "1100000000000000009", member_count: 2, features: [], channels: [], threads: [], roles: [], members: [], emojis: [], stickers: [], presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [], joined_at: "2026-01-01T00:00:00.000Z", large: false });
    await fake.waitFor(() => posts().length === 1 || undefined, 5_000);
    await harness.side.deliverNow();
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "discord")).toHaveLength(0);
  });
});
