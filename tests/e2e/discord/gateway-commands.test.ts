// /capwatch over the real discord.js gateway client, against the fake gateway and REST.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord/fake-discord.js";
import { startAgainstFake, type Harness } from "../../fakes/discord/harness.js";
import { pngSize } from "../../helpers/png.js";
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
});
