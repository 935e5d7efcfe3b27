// A market-cap alert's chart attachment that Discord answers with a 429 and then 500s, through the
// real discord.js REST client against the fake. A 429 on a post comes back from discord.js (it
// does not hold alert posts itself: start-discord.ts), and discord.js repeats a 5xx a few times
// itself; each time the delivery loop keeps the row pending for the chart alone and tries it
// again after the wait Discord asked for, or its backoff: the embed is posted once, the chart
// arrives once.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { FakeDiscord } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";
import { testDesk } from "../../helpers/desk.js";
import { pngSize } from "../../helpers/png.js";

const CHANNEL = "1300000000000000081";
let fake: FakeDiscord | undefined;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  await fake?.close();
  harness = undefined;
  fake = undefined;
});

describe("GIVEN Discord refuses a chart attachment with a 429 and then 500s", () => {
  it("THEN the embed is posted once, the chart is tried again after the backoff and arrives once, and the row is delivered only then", async () => {
    let now = Date.parse("2026-01-29T14:31:00Z");
    const clock = () => new Date(now);
    fake = await new FakeDiscord([GUILD]).start();
    let chartTries = 0;
    fake.script((req) => {
      if (req.method !== "POST" || req.path !== `/channels/${CHANNEL}/messages` || req.files === undefined) return undefined;
      chartTries++;
      if (chartTries === 1) return { status: 429, body: { message: "You are being rate limited.", retry_after: 0.05, global: false }, headers: { "retry-after": "0.05", "x-ratelimit-scope": "user" } };
      // discord.js repeats a 5xx three times itself: four 500s make it give up once.
      if (chartTries <= 5) return { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
      return undefined;
    });
    const { engine, store } = await testDesk({ delivers: false, clock });
    await engine.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    const desk: Desk = { engine, store, dataNow: () => now, wallNow: clock, source: "test data", deliveryState: () => "delivering" };
    harness = await startAgainstFake(fake, desk, {}, { clock, sleep: async (ms) => void (now += ms) });
    await engine.handle({ type: "company", ts: Date.parse("2026-01-01T00:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7.43e9 });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T15:00:00Z"), ticker: "MSFT", price: 478, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 480, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 400, session: "regular" });
    await engine.flush();
    const posted = () => (fake!.channels.get(CHANNEL) ?? []) as Array<{ embeds: Array<{ title?: string }>; attachments?: Array<{ filename: string; bytes?: Buffer }> }>;
    const pending = () => store.pendingOutbox(10, new Date("2100-01-01"), "discord");

    await harness.side.deliverNow();
    expect(chartTries).toBe(1); // the 429
    expect(posted().map((m) => m.embeds[0]?.title)).toEqual(["MARKET-CAP DROP · MSFT · level 3"]);
    const [waiting] = await pending();
    expect(waiting?.textPostedAt).toBeDefined();
    expect(harness.logs.some((l) => /rate limited \(user, POST \/channels\/:id\/messages\)\); its text is posted, the chart is tried again in \d+ ms$/.test(l))).toBe(true);

    // Past the retry_after Discord gave, on the test's clock and on discord.js's own (real time:
    // it refuses a post on that route until then).
    now += 1_000;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await harness.side.deliverNow();
    expect(chartTries).toBe(5); // four 500s: discord.js gave up after its own three repeats
    expect(harness.logs.some((l) => l.includes("(Internal Server Error); its text is posted, the chart is tried again in 2 s"))).toBe(true);

    now += 2_000;
    await harness.side.deliverNow();
    expect(chartTries).toBe(6);
    const messages = posted();
    expect(messages.filter((m) => m.embeds.length > 0)).toHaveLength(1);
    const charts = messages.filter((m) => (m.attachments ?? []).length > 0);
    expect(charts).toHaveLength(1);
    expect(pngSize(charts[0]!.attachments![0]!.bytes!)).toEqual({ width: 800, height: 400 });
    expect(await pending()).toEqual([]);
  });
});
