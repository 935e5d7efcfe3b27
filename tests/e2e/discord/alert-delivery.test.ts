// The bundled episode's alerts delivered to Discord channels through the real discord.js REST
// client, against the fake: embeds, no mentions, a 429 waited out, a 50001 pausing one channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import type { Store } from "../../../src/store/store.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { GUILD } from "../../fakes/discord/interactions.js";
import { pngSize } from "../../helpers/png.js";

const OPEN = "1300000000000000011";
const LOCKED = "1300000000000000012";
const TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
const RETRY_AFTER_S = 0.05;

interface MessageBody {
  embeds: Array<{ title: string; description?: string; color: number; fields?: Array<{ name: string; value: string }>; footer: { text: string } }>;
  allowed_mentions: unknown;
  nonce: string;
}

let fake: FakeDiscord;
let store: Store;
let harness: Harness;
let rateLimitedAt = 0;

const messages = (channel: string) => fake.find("POST", new RegExp(`^/channels/${channel}/messages$`));
/** The alerts' posts (JSON); a chart is a multipart post of its own. */
const posts = (channel: string) => messages(channel).filter((r) => r.files === undefined);
const chartPosts = (channel: string) => messages(channel).filter((r) => r.files !== undefined);
const accepted = (channel: string) => posts(channel).filter((r) => r.at !== rateLimitedAt);

beforeAll(async () => {
  fake = await new FakeDiscord([GUILD]).start();
  let openPosts = 0;
  fake.script((req) => {
    if (req.method !== "POST") return undefined;
    if (req.path === `/channels/${LOCKED}/messages`) return { status: 403, body: { message: "Missing Access", code: 50001 } };
    if (req.path === `/channels/${OPEN}/messages` && req.files === undefined && ++openPosts === 3) {
      rateLimitedAt = req.at;
      return {
        status: 429,
        body: { message: "You are being rate limited.", retry_after: RETRY_AFTER_S, global: false },
        headers: { "retry-after": String(RETRY_AFTER_S), "x-ratelimit-scope": "user", "x-ratelimit-bucket": "bucket-1", "x-ratelimit-reset-after": String(RETRY_AFTER_S) },
      };
    }
    return undefined;
  });
  const { engine, ...opened } = await testDesk({ delivers: false });
  store = opened.store;
  for (const channel of [OPEN, LOCKED]) {
    await engine.routing.setWatchlist({ channel, platform: "discord", workspace: GUILD, tickers: TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  }
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date(), source: "replay of the bundled episode", deliveryState: () => "" };
  harness = await startAgainstFake(fake, desk);
  await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  const expected = (await store.recentAlerts(OPEN, 1000)).length;
  await fake.waitFor(() => accepted(OPEN).length === expected, 15_000);
  await harness.side.deliverNow(); // the last batch is marked delivered
});

afterAll(async () => {
  await harness?.stop();
  await store?.close();
  await fake?.close();
});

describe("GIVEN the bundled episode replayed with two Discord channels watching its tickers", () => {
  it("THEN every alert of the open channel reaches Discord once, in order, as an embed with no mentions", async () => {
    const alerts = (await store.recentAlerts(OPEN, 1000)).reverse();
    expect(alerts.length).toBe(32);
    const bodies = accepted(OPEN).map((r) => r.body as MessageBody);
    expect(bodies).toHaveLength(32);
    expect(new Set(bodies.map((b) => b.nonce)).size).toBe(32);
    for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(bodies.map((b) => b.embeds[0]?.title.split(" · ")[0])).toEqual(
      alerts.map((a) => ({ mcap_drop: "MARKET-CAP DROP", mcap_drawdown: "DRAWDOWN", mcap_gain: "MARKET-CAP GAIN", capex_guidance: "CAPEX GUIDANCE", capex_actual: "CAPEX ACTUAL", earnings_upcoming: "EARNINGS TODAY AND NEXT TRADING DAY", earnings_result: "EARNINGS RESULT", daily_recap: "DAILY RECAP" })[a.alert.kind]),
    );
  });

  it("THEN each market-cap alert is followed by its chart: a message whose attachment is an 800×400 PNG, described in words, no mentions", async () => {
    const alerts = (await store.recentAlerts(OPEN, 1000)).reverse().filter((a) => a.alert.kind === "mcap_drop" || a.alert.kind === "mcap_gain");
    const charts = chartPosts(OPEN);
    expect(charts).toHaveLength(alerts.length);
    for (const post of charts) {
      const body = post.body as { attachments: Array<{ id: number; filename: string; description: string }>; allowed_mentions: unknown };
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.attachments).toHaveLength(1);
      // ORCL has no share count in the episode: its percentage-only alerts chart the price.
      expect(body.attachments[0]?.description).toMatch(/^(?!ORCL)[A-Z]+ market cap from .* against the reference close of \$|^ORCL price from .* against the reference close of \$[\d.]+ \(market cap unknown\)\.$/);
      const [file] = post.files!;
      expect(file?.field).toBe("files[0]");
      expect(file?.name).toBe(body.attachments[0]?.filename);
      expect(pngSize(file!.bytes)).toEqual({ width: 800, height: 400 });
    }
    // Each chart message comes after its alert's message.
    const order = messages(OPEN).filter((r) => r.at !== rateLimitedAt).map((r) => (r.files ? "chart" : ((r.body as MessageBody).embeds[0]?.title.split(" · ")[0] ?? "")));
    for (const [i, kind] of order.entries()) if (kind === "chart") expect(order[i - 1]).toMatch(/^MARKET-CAP/);
    const kept = fake.channels.get(OPEN)!.filter((m) => (m.attachments ?? []).length > 0);
    expect(kept.every((m) => m.attachments![0]!.bytes!.length > 5_000)).toBe(true);
  });

  it("THEN the META guidance embed quotes the company", async () => {
    const bodies = accepted(OPEN).map((r) => r.body as MessageBody);
    const meta = bodies.find((b) => b.embeds[0]?.title === "CAPEX GUIDANCE · META FY2026")?.embeds[0];
    expect(meta?.description).toContain("Meta Platforms (META) guided FY2026 capex $115B–$135B (midpoint $125B): +12.92% against the consensus of $110.7B");
    expect(meta?.fields).toContainEqual(expect.objectContaining({ name: "Surprise", value: "+12.92%" }));
    expect(meta?.color).toBe(0x57f287);
    // Amazon's after-hours fall followed its FY2026 guidance: it replies to that alert's message.
    const sent = accepted(OPEN);
    const guidance = sent.find((r) => (r.body as MessageBody).embeds[0]?.title === "CAPEX GUIDANCE · AMZN FY2026");
    const fall = sent.find((r) => (r.body as MessageBody).embeds[0]?.title === "MARKET-CAP DROP · AMZN · level 2");
    const guidanceId = fake.messagesIn(OPEN).find((m) => m.nonce === (guidance?.body as MessageBody).nonce)?.id;
    expect(guidanceId).toBeDefined();
    expect((fall?.body as { message_reference?: unknown }).message_reference).toEqual({ message_id: guidanceId, fail_if_not_exists: false });
    const msft = bodies.find((b) => b.embeds[0]?.title === "MARKET-CAP DROP · MSFT · level 2")?.embeds[0];
    expect(msft?.description).toBe("Microsoft (MSFT) lost $309.4B of market value (-8.64%) against the reference close.");
    expect(msft?.footer.text).toBe("Thu, Jan 29, 2026, 09:30 ET · replay of the bundled episode");
    expect(msft?.color).toBe(0x992d22);
    const pending = await store.pendingOutbox(1000, new Date("9999-12-31T00:00:00Z"), "discord");
    expect(pending.filter((e) => e.channel === OPEN)).toEqual([]);
  });

  it("THEN the 429 with retry_after was waited out and the same message delivered after it, nothing doubled", () => {
    const tries: RecordedRequest[] = posts(OPEN);
    const limited = tries.findIndex((r) => r.at === rateLimitedAt);
    expect(limited).toBe(2);
    const retry = tries[limited + 1] as RecordedRequest;
    expect(retry.at - rateLimitedAt).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
    expect((retry.body as MessageBody).nonce).toBe(((tries[limited] as RecordedRequest).body as MessageBody).nonce);
    expect(tries).toHaveLength(33);
  });

  it("THEN Missing Access (50001) pauses only that channel and its alerts wait in the outbox", async () => {
    expect(posts(LOCKED)).toHaveLength(1);
    const statuses = await store.channelStatuses("discord");
    expect(statuses.map(({ channel, state, reason }) => ({ channel, state, reason }))).toEqual([{ channel: LOCKED, state: "paused", reason: "Missing Access (50001)" }]);
    const waiting = (await store.pendingOutbox(1000, new Date("9999-12-31T00:00:00Z"), "discord")).filter((e) => e.channel === LOCKED);
    expect(waiting).toHaveLength(32);
    expect(harness.side.deliveryState(LOCKED)).toMatch(/^paused: Missing Access \(50001\)/);
    expect(harness.side.deliveryState(OPEN)).toBe("delivering to this Discord channel");
  });
});
