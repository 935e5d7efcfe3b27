// The cause link across a restart on Discord, with the real discord.js against the fake: the
// results alert is posted, capwatch stops, and the restarted one on the same SQLite file posts the
// next morning's drop as a reply to the results alert's message (message_reference) with its
// "After" field.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";
import { testDesk, type TestDesk } from "../../helpers/desk.js";

const CHANNEL = "1300000000000000091";
let fake: FakeDiscord | undefined;
let harness: Harness | undefined;
let opened: TestDesk | undefined;
afterEach(async () => {
  await harness?.stop();
  await opened?.close();
  await fake?.close();
  harness = undefined;
  opened = undefined;
  fake = undefined;
});

async function run(store: string) {
  opened = await testDesk({ store, delivers: false });
  const { engine } = opened;
  const desk: Desk = { engine, store: opened.store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date(), source: "test data", deliveryState: () => "delivering" };
  harness = await startAgainstFake(fake!, desk);
  return engine;
}

async function stop(engine: TestDesk["engine"]) {
  await engine.checkpoint();
  await harness!.stop();
  await opened!.close();
  harness = undefined;
  opened = undefined;
}

type Posted = { embeds?: Array<{ title?: string; fields?: Array<{ name: string; value: string }> }>; message_reference?: { message_id: string } };

describe("GIVEN a results alert posted to Discord and then a restart on the same SQLite file", () => {
  it("WHEN the move follows THEN it replies to the results alert's message with its cause", async () => {
    fake = await new FakeDiscord([GUILD]).start();
    const store = join(mkdtempSync(join(tmpdir(), "capwatch-cause-")), "store.db");
    const first = await run(store);
    await first.handle({ type: "company", ts: Date.parse("2026-01-16T12:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 });
    await first.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    await first.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 481.63, session: "regular" });
    await first.handle({ type: "earnings_result", ts: Date.parse("2026-01-28T21:05:00Z"), ticker: "MSFT", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.97 });
    await first.flush();
    await harness!.side.deliverNow();
    const [parent] = fake.messagesIn(CHANNEL);
    expect(parent).toBeDefined();
    await stop(first);

    const second = await run(store);
    await second.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 440, session: "regular" });
    await second.flush();
    await harness!.side.deliverNow();
    const posts = fake.find("POST", new RegExp(`^/channels/${CHANNEL}/messages$`)).filter((r) => r.files === undefined).map((r) => r.body as Posted);
    expect(posts.map((p) => p.embeds?.[0]?.title)).toEqual(["EARNINGS RESULT · MSFT Q2-2026", "MARKET-CAP DROP · MSFT · level 2"]);
    expect(posts[1]?.message_reference?.message_id).toBe(parent!.id);
    expect(JSON.stringify(posts[1]?.embeds)).toContain("reporting Q2-2026 results: EPS $4.14 (+4.28% vs estimate), on Wed, Jan 28, 16:05 ET");
    await stop(second);
  });
});
