import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { signedHeaders, slashCommandBody } from "../../fakes/slack/sign.js";
import { pngSize } from "../../helpers/png.js";

let episode: EpisodeDesk;
let h: SlackHarness;
let n = 0;

beforeAll(async () => {
  episode = await episodeDesk();
  h = await slackHarness(episode.desk, { prepare: (api) => api.admins.add("U_WS_ADMIN") });
});
afterAll(() => h.close());

async function command(text: string, user: string, ts = Math.floor(Date.now() / 1000), secret?: string) {
  const id = `r${++n}`;
  const body = slashCommandBody({ text, user_id: user, response_url: h.api.responseUrl(id) });
  const res = await fetch(`${h.base}/slack/events`, { method: "POST", body, headers: signedHeaders(body, ts, secret) });
  return { status: res.status, ackBody: await res.text(), answer: () => h.api.waitFor(() => h.api.responses.find((r) => r.path.endsWith(`/${id}`))?.body), id };
}

describe("Slack over HTTP: /capwatch", () => {
  it("GIVEN a correctly signed /capwatch quote MSFT THEN it is acked and answered privately with blocks and a text fallback", async () => {
    const sent = await command("quote MSFT", "U_MEMBER");
    expect(sent.status).toBe(200);
    const answer = await sent.answer();
    expect(answer.response_type).toBe("ephemeral");
    expect(answer.text).toContain("MSFT");
    const blocks = answer.blocks as Array<{ type: string; text?: { text: string }; fields?: Array<{ text: string }> }>;
    expect(blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "MSFT · Microsoft", emoji: false } });
    expect(blocks.flatMap((b) => b.fields ?? []).map((f) => f.text)).toContain("*Market cap*\n$2.98T");
    expect(JSON.stringify(blocks)).toContain("source: test episode");
  });

  it("GIVEN chart MSFT THEN the answer goes to the channel, then the PNG is uploaded into that channel through files.uploadV2", async () => {
    const before = h.api.files.size;
    const answer = await (await command("chart MSFT", "U_MEMBER")).answer();
    expect(answer.response_type).toBe("in_channel");
    const file = await h.api.waitFor(() => h.api.sharedFiles("C_MARKETS").find((f) => f.filename === "MSFT-5d-2026-02-13.png"));
    expect(h.api.files.size).toBe(before + 1);
    expect(pngSize(file.bytes!)).toEqual({ width: 800, height: 400 });
    expect(file.title).toBe("MSFT price, 5d");
    expect(file.altText).toMatch(/^MSFT price over five trading days/);
  });

  it("GIVEN capex compare without share THEN the private answer says to add share, and nothing is uploaded into the channel", async () => {
    const before = h.api.files.size;
    const answer = await (await command("capex compare GOOGL AMZN", "U_MEMBER")).answer();
    expect(answer.response_type).toBe("ephemeral");
    expect(JSON.stringify(answer.blocks)).toContain("Add share to post the chart in the channel.");
    expect(h.api.files.size).toBe(before);
  });

  it("GIVEN quote MSFT share THEN the answer goes to the channel", async () => {
    expect((await (await command("quote MSFT share", "U_MEMBER")).answer()).response_type).toBe("in_channel");
  });

  it.each([
    ["a wrong signature", 0, "not-the-secret-at-all"],
    ["a timestamp 6 minutes old", -360, undefined],
    ["a timestamp 6 minutes in the future", 360, undefined],
  ])("GIVEN %s THEN 401 and nothing changes", async (_name, skewS, secret) => {
    const before = { posts: h.api.responses.length, audit: (await episode.desk.store.recentAudit("C_MARKETS", 10)).length };
    const sent = await command("watch add AAPL", "U_WS_ADMIN", Math.floor(Date.now() / 1000) + skewS, secret);
    expect(sent.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.api.responses.length).toBe(before.posts);
    expect((await episode.desk.store.recentAudit("C_MARKETS", 10)).length).toBe(before.audit);
    expect(episode.desk.engine.routing.watchlistOf("C_MARKETS")).toBeUndefined();
  });

  it("GIVEN a captured admin command sent again inside its five minutes THEN the copy is refused with 401 and the command ran once", async () => {
    const id = `r${++n}`;
    const body = slashCommandBody({ text: "thresholds set mcap-pct 7", user_id: "U_WS_ADMIN", channel_id: "C_REPLAYED", response_url: h.api.responseUrl(id) });
    const headers = signedHeaders(body, Math.floor(Date.now() / 1000));
    const first = await fetch(`${h.base}/slack/events`, { method: "POST", body, headers });
    expect(first.status).toBe(200);
    await h.api.waitFor(() => h.api.responses.find((r) => r.path.endsWith(`/${id}`))?.body);
    const copy = await fetch(`${h.base}/slack/events`, { method: "POST", body, headers });
    expect(copy.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.api.responses.filter((r) => r.path.endsWith(`/${id}`))).toHaveLength(1);
    expect((await episode.desk.store.recentAudit("C_REPLAYED", 10)).map((e) => e.action)).toEqual(["thresholds set"]);
  });

  it("GIVEN an admin command from a member who is no workspace admin THEN it is refused and nothing changes", async () => {
    const answer = await (await command("watch add AAPL", "U_MEMBER")).answer();
    expect(answer.text).toContain("Only admins");
    expect(episode.desk.engine.routing.watchlistOf("C_MARKETS")).toBeUndefined();
    expect(h.api.calls.some((c) => c.method === "users.info" && c.params.user === "U_MEMBER")).toBe(true);
  });

  it("GIVEN the same command from a workspace admin THEN the channel's Slack watchlist is created and audited", async () => {
    const answer = await (await command("watch add AAPL", "U_WS_ADMIN")).answer();
    expect(answer.text).toContain("✓");
    expect(episode.desk.engine.routing.watchlistOf("C_MARKETS")).toMatchObject({ platform: "slack", workspace: "T1" });
    expect((await episode.desk.store.recentAudit("C_MARKETS", 10))[0]?.userId).toBe("U_WS_ADMIN");
    const list = await (await command("watch list", "U_MEMBER")).answer();
    expect(JSON.stringify(list.blocks)).toContain("delivering to Slack");
  });
});
