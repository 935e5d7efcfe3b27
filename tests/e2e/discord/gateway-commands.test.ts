// /capwatch over the real discord.js gateway client, against the fake gateway and REST.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { pngSize } from "../../helpers/png.js";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import { ADMIN_PERMISSIONS, CHANNEL, GUILD, interactionPayload, MEMBER_PERMISSIONS, str, sub, group } from "../../fakes/discord/interactions.js";

let fake: FakeDiscord;
let episode: EpisodeDesk;
let harness: Harness;

beforeAll(async () => {
  fake = await new FakeDiscord([GUILD]).start();
  episode = await episodeDesk();
  harness = await startAgainstFake(fake, episode.desk);
});

afterAll(async () => {
  await harness?.stop();
  await fake?.close();
});

async function callbackOf(payload: { id: string; token: string }): Promise<RecordedRequest> {
  fake.dispatch("INTERACTION_CREATE", payload);
  const path = `/interactions/${payload.id}/${payload.token}/callback`;
  return fake.waitFor(() => fake.find("POST", /^\/interactions\//).find((r) => r.path === path));
}

describe("GIVEN the bundled episode and a Discord server with capwatch", () => {
  it("THEN /capwatch quote MSFT is answered with a private embed of the quote", async () => {
    const callback = await callbackOf(interactionPayload({ options: [sub("quote", [str("tickers", "msft")])] }));
    const body = callback.body as { type: number; data: { flags?: number; embeds: Array<Record<string, unknown>>; allowed_mentions: unknown } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [embed] = body.data.embeds;
    expect(embed).toMatchObject({
      title: "MSFT · Microsoft",
      fields: [
        { name: "Price", value: "$401.32", inline: true },
        { name: "Change", value: "-$0.52 (-0.13%)", inline: true },
        { name: "Market cap", value: "$2.98T", inline: true },
        { name: "Market cap change", value: "-$3.9B (-0.13%)", inline: true },
      ],
    });
    expect((embed?.footer as { text: string }).text).toContain("data as of Fri, Feb 13, 2026, 16:00 ET · source: test episode");
  });

  it("THEN /capwatch chart MSFT is answered in the channel, then a follow-up carries the 800×400 PNG as its attachment", async () => {
    const payload = interactionPayload({ options: [sub("chart", [str("ticker", "msft"), str("range", "5d")])] });
    const callback = await callbackOf(payload);
    const body = callback.body as { type: number; data: { flags?: number; embeds: Array<{ title: string }> } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBeUndefined();
    expect(body.data.embeds[0]?.title).toBe("Chart: MSFT · Microsoft · 5d");
    const followUp = await fake.waitFor(() => fake.find("POST", /^\/webhooks\//).find((r) => r.path.endsWith(`/${payload.token}`)));
    expect(followUp.at).toBeGreaterThanOrEqual(callback.at);
    const [file] = followUp.files ?? [];
    expect(file?.name).toBe("MSFT-5d-2026-02-13.png");
    expect(pngSize(file!.bytes)).toEqual({ width: 800, height: 400 });
    expect((followUp.body as { attachments: Array<{ description: string }>; allowed_mentions: unknown }).attachments[0]?.description).toMatch(/^MSFT price over five trading days/);
    expect((followUp.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it("THEN an autocomplete on the ticker option gets the matching tickers, at most 25", async () => {
    const payload = interactionPayload({ type: 4, options: [sub("capex", [str("ticker", "m", true)])] });
    const callback = await callbackOf(payload);
    const body = callback.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.value)).toEqual(["META", "MSFT"]);
    expect(body.data.choices[1]).toEqual({ name: "MSFT · Microsoft", value: "MSFT" });
  });

  it("THEN a member without Manage Server who runs watch add is refused and nothing changes", async () => {
    const before = episode.desk.engine.routing.watchlistOf(CHANNEL);
    const auditBefore = await episode.desk.store.recentAudit(CHANNEL, 10);
    const payload = interactionPayload({ permissions: MEMBER_PERMISSIONS, options: [group("watch", sub("add", [str("tickers", "MSFT")]))] });
    const callback = await callbackOf(payload);
    const body = callback.body as { data: { flags?: number; embeds: Array<{ title: string; color: number }> } };
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0]?.title).toBe("Only admins can change this channel's settings");
    expect(episode.desk.engine.routing.watchlistOf(CHANNEL)).toEqual(before);
    expect(before).toBeUndefined();
    expect(await episode.desk.store.recentAudit(CHANNEL, 10)).toEqual(auditBefore);
  });

  it("THEN a member with Manage Server changes the watchlist through /capwatch-admin, with an audit entry", async () => {
    const channel = "1300000000000000042";
    const payload = interactionPayload({ name: "capwatch-admin", permissions: ADMIN_PERMISSIONS, channelId: channel, options: [group("watch", sub("add", [str("tickers", "NVDA")]))] });
    const callback = await callbackOf(payload);
    expect(JSON.stringify(callback.body)).toContain("Watchlist extended");
    expect([...((episode.desk.engine.routing.watchlistOf(channel)?.tickers ?? []) as Set<string>)]).toEqual(["NVDA"]);
    expect((await episode.desk.store.recentAudit(channel, 10)).map((e) => e.action)).toEqual(["watch add"]);
  });

  it("THEN /capwatch-admin recap on and off change the channel's daily recap as `recap on|off` does, audited; watch list shows the state; a member without Manage Server is refused", async () => {
    const channel = "1300000000000000043";
    const recap = (state: "on" | "off", permissions = ADMIN_PERMISSIONS) => interactionPayload({ name: "capwatch-admin", permissions, channelId: channel, options: [group("recap", sub(state))] });
    const refused = await callbackOf(recap("on", MEMBER_PERMISSIONS));
    expect(JSON.stringify(refused.body)).toContain("Only admins can change this channel's settings");
    expect(episode.desk.engine.routing.watchlistOf(channel)).toBeUndefined();

    const on = await callbackOf(recap("on"));
    expect(JSON.stringify(on.body)).toContain("Daily recap on");
    expect(episode.desk.engine.routing.watchlistOf(channel)?.options.recap).toBe(true);
    const again = await callbackOf(recap("on"));
    expect(JSON.stringify(again.body)).toContain("The daily recap is already on");
    const list = await callbackOf(interactionPayload({ channelId: channel, options: [group("watch", sub("list"))] }));
    expect(JSON.stringify(list.body)).toContain("daily at 16:15 ET on trading days (recap off stops it)");

    const off = await callbackOf(recap("off"));
    expect(JSON.stringify(off.body)).toContain("Daily recap off");
    expect(episode.desk.engine.routing.watchlistOf(channel)?.options.recap).toBe(false);
    expect((await episode.desk.store.recentAudit(channel, 10)).map((e) => e.action)).toEqual(["recap off", "recap on"]);
  });

  it("THEN /capwatch-admin quiet and thresholds set (drawdown) are refused to a member without Manage Server, nothing changed; an admin sets both, watch list shows them, audited, with the replies of the typed commands", async () => {
    const channel = "1300000000000000044";
    const twin = "1300000000000000045";
    const admin = (options: unknown[], permissions = ADMIN_PERMISSIONS) => interactionPayload({ name: "capwatch-admin", permissions, channelId: channel, options });
    const quietSet = group("quiet", sub("set", [str("window", "22:00-07:00")]));
    const drawdown = group("thresholds", sub("set", [{ name: "drawdown-pct", type: 10, value: 15 }, str("drawdown-usd", "250B"), { name: "drawdown-days", type: 4, value: 60 }]));
    type Body = { data: { flags?: number; embeds: Array<{ title: string; description?: string; fields?: Array<{ name: string; value: string }> }> } };
    const embedOf = async (payload: { id: string; token: string }) => ((await callbackOf(payload)).body as Body).data.embeds[0];
    // The same words typed (Slack, the terminal) in a twin channel: the reply Discord must give.
    const typedReply = async (text: string) => {
      const reply = await answerCommand(text, { channel: twin, platform: "discord", workspace: GUILD, userId: "1400000000000000009", isAdmin: true }, episode.desk);
      return { title: reply.title, description: reply.text?.replaceAll(twin, channel) };
    };

    for (const options of [[quietSet], [drawdown], [group("quiet", sub("off"))]]) {
      const refused = (await callbackOf(admin(options, MEMBER_PERMISSIONS))).body as Body;
      expect(refused.data.flags).toBe(64);
      expect(refused.data.embeds[0]?.title).toBe("Only admins can change this channel's settings");
    }
    expect(episode.desk.engine.routing.watchlistOf(channel)).toBeUndefined();
    expect(episode.desk.engine.routing.quietHoursOf(channel)).toBeUndefined();
    expect(await episode.desk.store.recentAudit(channel, 10)).toEqual([]);

    const quiet = await embedOf(admin([quietSet]));
    expect(quiet).toMatchObject(await typedReply("quiet 22:00-07:00"));
    expect(quiet?.title).toBe("Quiet hours set");
    expect(episode.desk.engine.routing.quietHoursOf(channel)).toEqual({ startMinute: 22 * 60, endMinute: 7 * 60 });

    const thresholds = await embedOf(admin([drawdown]));
    expect(thresholds).toMatchObject(await typedReply("thresholds set drawdown-pct 15 drawdown-usd 250B drawdown-days 60"));
    expect(thresholds?.description).toContain("drawdowns from 15% or $250B below the 60-trading-day high");
    expect(episode.desk.engine.routing.watchlistOf(channel)?.thresholds).toMatchObject({ drawdownPct: 15, drawdownUsd: 250e9, drawdownDays: 60 });

    // A value Slack refuses is refused here with the same words, and changes nothing.
    const bare = await embedOf(admin([group("thresholds", sub("set", [str("drawdown-usd", "100")]))]));
    expect(bare?.title).toBe("That command did not work");
    expect(bare?.description).toContain("Drawdown-usd 100 needs a unit: write 100B for $100B (or 100M, 100T).");
    expect(episode.desk.engine.routing.watchlistOf(channel)?.thresholds.drawdownUsd).toBe(250e9);

    const list = await embedOf(interactionPayload({ channelId: channel, options: [group("watch", sub("list"))] }));
    const fields = new Map(list?.fields?.map((f) => [f.name, f.value]));
    expect(fields.get("Quiet hours")).toBe("22:00–07:00 ET, every day: alerts held, then one summary");
    expect(fields.get("Drawdown")).toBe("drawdown-pct 15% · drawdown-usd $250B · drawdown-days 60 (mcap_drawdown is off)");

    const off = await embedOf(admin([group("quiet", sub("off"))]));
    expect(off).toMatchObject(await typedReply("quiet off"));
    expect(off?.title).toBe("Quiet hours off");
    expect(episode.desk.engine.routing.quietHoursOf(channel)).toBeUndefined();

    const audit = await episode.desk.store.recentAudit(channel, 10);
    expect(audit.map((e) => e.action)).toEqual(["quiet off", "thresholds set", "quiet"]);
    expect(audit.every((e) => e.userId === "1400000000000000001")).toBe(true);
    expect(audit[1]?.details).toEqual({ drawdownPct: 15, drawdownUsd: 250e9, drawdownDays: 60 });
    expect(audit[2]?.details).toEqual({ window: "22:00–07:00 ET" });
  });
});
