// The alert's buttons in Discord, with the real discord.js against the fake: the bundled episode
// delivered to a channel as embeds with a row of buttons, then each button clicked as Discord
// sends it, over the gateway (INTERACTION_CREATE) and over signed HTTP interactions.
import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";
import { FakeDiscord, type FakeMessage, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { ADMIN_PERMISSIONS, CHANNEL, GUILD, MEMBER_PERMISSIONS, componentPayload, type ClickSpec } from "../../fakes/discord/interactions.js";

const TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
type Button = { type: number; style: number; label: string; custom_id?: string; url?: string };
type Answer = { type: number; data?: { flags?: number; embeds?: Array<{ title: string; description?: string }>; components?: Array<{ components: Button[] }> } };

let fake: FakeDiscord;
let harness: Harness;
let desk: Desk;
let privateKey: KeyObject;

beforeAll(async () => {
  const pair = generateKeyPairSync("ed25519");
  privateKey = pair.privateKey;
  const publicKey = Buffer.from(pair.publicKey.export({ format: "jwk" }).x as string, "base64url").toString("hex");
  fake = await new FakeDiscord([GUILD]).start();
  const { engine, store } = await testDesk({ delivers: false });
  await engine.routing.setWatchlist({ channel: CHANNEL, platform: "discord", workspace: GUILD, tickers: TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  // 15:42 UTC on a February day is 10:42 ET: the time an acknowledgement shows.
  desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date("2026-02-16T15:42:00Z"), source: "replay of the bundled episode", deliveryState: () => "" };
  harness = await startAgainstFake(fake, desk, { publicKey });
  await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  // The episode's documents carry no address: one guidance alert with its release's https link.
  const guidance = { channel: CHANNEL, kind: "capex_guidance", ticker: "META", period: "FY2027", ts: "2026-02-13T21:05:00.000Z", value: 150e9, low: 140e9, high: 160e9, basis: "consensus", basisValue: 125e9, surprisePct: 20, vsConsensusPct: 20, vsPriorGuidancePct: null, vsPriorYearActualPct: null, url: "https://investor.atmeta.com/news/q4-2025" };
  await store.recordAlerts([{ alert: guidance as never, dedupe: { channel: CHANNEL, key: "test-link", value: 1 }, platform: "discord" }]);
  await harness.side.deliverNow();
  // The alerts (embeds), each market-cap one followed by its chart (an attachment, no embed).
  await fake.waitFor(() => messages().length === 33, 30_000);
}, 60_000);

afterAll(async () => {
  await harness?.stop();
  await fake?.close();
});

const messages = (): FakeMessage[] => (fake.channels.get(CHANNEL) ?? []).filter((m) => m.embeds.length > 0);
const titleOf = (m: FakeMessage) => (m.embeds[0] as { title: string }).title;
const buttonsOf = (m: FakeMessage): Button[] => ((m.components ?? []) as Array<{ components: Button[] }>).flatMap((r) => r.components);
const message = (titleStart: string): FakeMessage => {
  const found = messages().find((m) => titleOf(m).startsWith(titleStart));
  if (!found) throw new Error(`no message ${titleStart}`);
  return found;
};
const customId = (m: FakeMessage, label: string): string => {
  const found = buttonsOf(m).find((b) => b.label === label)?.custom_id;
  if (found === undefined) throw new Error(`no ${label} button`);
  return found;
};
const clickOf = (m: FakeMessage, label: string, spec: Partial<ClickSpec> = {}) => componentPayload({ customId: customId(m, label), message: { id: m.id, embeds: m.embeds, components: m.components }, ...spec });

async function overGateway(payload: { id: string; token: string }): Promise<Answer> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const path = `/interactions/${payload.id}/${payload.token}/callback`;
  const callback: RecordedRequest = await fake.waitFor(() => fake.find("POST", /^\/interactions\//).find((r) => r.path === path));
  return callback.body as Answer;
}

async function overHttp(payload: object, key = privateKey): Promise<{ status: number; answer: Answer }> {
  const body = JSON.stringify(payload);
  const ts = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`http://127.0.0.1:${harness.httpPort}/discord/interactions`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "x-signature-ed25519": sign(null, Buffer.from(ts + body), key).toString("hex"), "x-signature-timestamp": ts },
  });
  return { status: res.status, answer: (await res.json()) as Answer };
}

const mutes = () => desk.engine.routing.mutesOf(CHANNEL, desk.dataNow()).map((m) => m.ticker);

describe("GIVEN the episode's alerts posted to a Discord channel", () => {
  it("THEN each carries a row of buttons whose custom_ids hold only the action and an alert id or a ticker; the source is a link button", async () => {
    const msft = message("MARKET-CAP DROP · MSFT · level 2");
    const [stored] = (await desk.store.recentAlerts(CHANNEL, 100)).filter((a) => a.alert.kind === "mcap_drop" && "level" in a.alert && a.alert.ticker === "MSFT" && a.alert.level === 2);
    expect(buttonsOf(msft).map((b) => [b.label, b.custom_id])).toEqual([
      ["Mute 1 day", "capwatch:mute_day:MSFT"],
      ["Mute until next earnings", "capwatch:mute_earnings:MSFT"],
      ["Acknowledge", `capwatch:ack:${stored!.id}`],
      ["Chart", "capwatch:chart:MSFT"],
    ]);
    const open = buttonsOf(message("CAPEX GUIDANCE · META FY2027")).find((b) => b.label === "Open source");
    expect(open).toEqual({ type: 2, style: 5, label: "Open source", url: "https://investor.atmeta.com/news/q4-2025" });
  });

  it("THEN over the gateway a member's Mute 1 day is refused privately with nothing changed; an admin's mutes with an audit entry", async () => {
    const msft = message("MARKET-CAP DROP · MSFT · level 2");
    const refused = await overGateway(clickOf(msft, "Mute 1 day", { permissions: MEMBER_PERMISSIONS }));
    expect(refused.type).toBe(4);
    expect(refused.data?.flags).toBe(64);
    expect(refused.data?.embeds?.[0]?.title).toBe("Only admins can change this channel's settings");
    expect(mutes()).toEqual([]);
    expect(await desk.store.recentAudit(CHANNEL, 10)).toEqual([]);

    const done = await overGateway(clickOf(msft, "Mute 1 day", { permissions: ADMIN_PERMISSIONS, userId: "1400000000000000009" }));
    expect(done.data?.embeds?.[0]?.title).toBe("MSFT muted");
    expect(mutes()).toEqual(["MSFT"]);
    expect((await desk.store.recentAudit(CHANNEL, 10)).map((e) => [e.action, e.userId])).toEqual([["mute", "1400000000000000009"]]);
  });

  it("THEN over the gateway Acknowledge updates the message once (who and when, no Acknowledge button); a second click says who did", async () => {
    const amzn = message("MARKET-CAP DROP · AMZN");
    const first = await overGateway(clickOf(amzn, "Acknowledge", { username: "ana" }));
    expect(first.type).toBe(7);
    expect(first.data?.embeds?.[0]?.title).toBe(titleOf(amzn));
    expect(first.data?.embeds?.[0]?.description).toContain("✓ acknowledged by @ana at 10:42 ET");
    expect(first.data?.components?.[0]?.components.map((b) => b.label)).toEqual(["Mute 1 day", "Mute until next earnings", "Chart"]);
    const second = await overGateway(clickOf(amzn, "Acknowledge", { username: "bo", userId: "1400000000000000003" }));
    expect(second.type).toBe(4);
    expect(second.data?.flags).toBe(64);
    expect(JSON.stringify(second.data?.embeds)).toContain("acknowledged by @ana at 10:42 ET");
  });

  it("THEN over the gateway Chart answers with the command layer's chart TICKER 5d lookup", async () => {
    const answer = await overGateway(clickOf(message("MARKET-CAP DROP · MSFT"), "Chart"));
    expect(answer.type).toBe(4);
    expect(answer.data?.embeds?.[0]?.title).toBeTruthy();
  });

  it("THEN over signed HTTP Acknowledge updates once, an admin's Mute until next earnings mutes through the day before the report, a forged id is refused, a bad signature gets 401", async () => {
    const googl = message("CAPEX GUIDANCE · GOOGL");
    const first = await overHttp(clickOf(googl, "Acknowledge", { username: "cy" }));
    expect(first.status).toBe(200);
    expect(first.answer.type).toBe(7);
    expect(first.answer.data?.embeds?.[0]?.description).toContain("acknowledged by @cy at 10:42 ET");
    expect((await overHttp(clickOf(googl, "Acknowledge", { userId: "1400000000000000004" }))).answer.data?.embeds?.[0]?.title).toBe("Already acknowledged");

    await desk.engine.handle({ type: "earnings_scheduled", ts: desk.dataNow(), ticker: "GOOGL", date: "2026-04-28", time: "amc" } as never);
    const member = await overHttp(clickOf(googl, "Mute until next earnings", { permissions: MEMBER_PERMISSIONS }));
    expect(member.answer.data?.embeds?.[0]?.title).toBe("Only admins can change this channel's settings");
    expect(mutes()).not.toContain("GOOGL");
    const admin = await overHttp(clickOf(googl, "Mute until next earnings", { permissions: ADMIN_PERMISSIONS }));
    expect(admin.answer.data?.embeds?.[0]?.title).toBe("GOOGL muted");
    expect(desk.engine.routing.mutesOf(CHANNEL, desk.dataNow()).find((m) => m.ticker === "GOOGL")?.until).toBe(Date.parse("2026-04-28T04:00:00Z"));

    const forged = await overHttp(componentPayload({ customId: "capwatch:ack:1 OR 1=1", message: { id: googl.id, embeds: googl.embeds } }));
    expect(forged.answer.type).toBe(4);
    expect(forged.answer.data?.embeds?.[0]?.title).toBe("That button did not work");
    const stranger = generateKeyPairSync("ed25519").privateKey;
    expect((await overHttp(clickOf(googl, "Mute 1 day", { permissions: ADMIN_PERMISSIONS }), stranger)).status).toBe(401);
  });

  it("THEN a click from another channel acknowledges nothing here and mutes only that channel", async () => {
    const nvda = message("MARKET-CAP DROP · NVDA");
    const elsewhere = "1300000000000000099";
    const ack = await overGateway(clickOf(nvda, "Acknowledge", { channelId: elsewhere }));
    expect(ack.data?.embeds?.[0]?.title).toBe("That alert is not here");
    await overGateway(clickOf(nvda, "Mute 1 day", { channelId: elsewhere, permissions: ADMIN_PERMISSIONS }));
    expect(desk.engine.routing.mutesOf(elsewhere, desk.dataNow()).map((m) => m.ticker)).toEqual(["NVDA"]);
    expect(mutes()).not.toContain("NVDA");
  });
});
