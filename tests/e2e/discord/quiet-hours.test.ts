// Quiet hours on Discord, end to end with the real discord.js REST client and the fake: drops
// raised at night are held (no message posted), and when the window ends on the test's clock the
// channel gets one embed, the summary, without any alert's chart, and the outbox is empty.
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";
import { testDesk } from "../../helpers/desk.js";

const CHANNEL = "1300000000000000071";
let fake: FakeDiscord | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await fake?.close();
  harness = undefined;
  fake = undefined;
});

const quote = (iso: string, ticker: string, price: number) => ({ type: "quote" as const, ts: Date.parse(iso), ticker, price, session: "regular" as const });
type Embed = { title: string; description?: string; fields?: Array<{ name: string; value: string }> };

describe("GIVEN a Discord channel with quiet hours 22:00-07:00 ET", () => {
  it("WHEN three drops come in at night THEN nothing is posted until 07:00 ET, then one summary embed, largest first", async () => {
    let now = Date.parse("2026-01-29T20:00:00Z"); // 15:00 ET Thursday
    const clock = () => new Date(now);
    fake = await new FakeDiscord([GUILD]).start();
    const { engine, store } = await testDesk({ delivers: false, clock });
    for (const [ticker, shares] of [["MSFT", 7.433e9], ["NVDA", 24.3e9]] as const) await engine.handle({ type: "company", ticker, sharesOutstanding: shares });
    await engine.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: ["MSFT", "NVDA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });
    const desk: Desk = { engine, store, dataNow: () => now, wallNow: clock, source: "test data", deliveryState: () => "delivering" };
    harness = await startAgainstFake(fake, desk, {}, { clock, sleep: async (ms) => void (now += ms) });
    // What /capwatch-admin quiet would run: the command layer, admin-checked and audited.
    const admin = { channel: CHANNEL, platform: "discord" as const, workspace: GUILD, userId: "1400000000000000001", isAdmin: true };
    expect((await answerCommand("quiet 22:00-07:00", admin, desk)).title).toBe("Quiet hours set");

    await engine.handle(quote("2026-01-29T20:59:00Z", "MSFT", 480));
    await engine.handle(quote("2026-01-29T20:59:00Z", "NVDA", 190));
    now = Date.parse("2026-01-30T11:00:00Z");
    await engine.handle(quote("2026-01-30T09:00:00Z", "MSFT", 440));
    await engine.handle(quote("2026-01-30T10:00:00Z", "NVDA", 170));
    await engine.handle(quote("2026-01-30T11:00:00Z", "MSFT", 380));
    await engine.flush();
    const messages = () => fake!.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`));

    now = Date.parse("2026-01-30T11:59:00Z"); // 06:59 ET: still quiet
    await harness.side.deliverNow();
    expect(messages()).toEqual([]);
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "discord")).toHaveLength(3);

    now = Date.parse("2026-01-30T12:00:00Z"); // 07:00 ET: the window ends
    await harness.side.deliverNow();
    expect(messages()).toHaveLength(1);
    const [embed] = (messages()[0]?.body as { embeds: Embed[] }).embeds;
    expect(embed?.title).toBe("QUIET HOURS SUMMARY · 3 alerts");
    const lines = embed?.description?.split("\n") ?? [];
    expect(lines[0]).toBe("3 alerts came in during quiet hours (Fri, Jan 30, 2026, 04:00 ET to Fri, Jan 30, 2026, 06:00 ET): 3 market-cap drops.");
    expect(lines.slice(1).map((l) => l.split(" ")[1])).toEqual(["MSFT", "NVDA", "MSFT"]);
    expect(messages().some((r) => r.files !== undefined)).toBe(false);
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "discord")).toEqual([]);
  });
});
