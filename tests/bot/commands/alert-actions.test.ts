// A click on an alert's button, through the command layer: what each does, who may, and what a
// forged or stale value gets. The platforms' own tests (tests/e2e/slack, tests/e2e/discord) click
// the real buttons; these pin the shared behaviour.
import { beforeEach, describe, expect, it } from "vitest";
import { parseCustomId, parseSlackClick } from "../../../src/bot/commands/action-click.js";
import { answerClick } from "../../../src/bot/commands/alert-actions.js";
import { ADMIN, MEMBER, episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";

let d: EpisodeDesk;
beforeEach(async () => {
  d = await episodeDesk();
});

describe("button values", () => {
  it("GIVEN capwatch's own values THEN each parses to its click", () => {
    expect(parseSlackClick("capwatch:mute_day", "MSFT")).toEqual({ kind: "mute_day", ticker: "MSFT" });
    expect(parseSlackClick("capwatch:ack", "42")).toEqual({ kind: "ack", alertId: 42 });
    expect(parseSlackClick("capwatch:open", undefined)).toEqual({ kind: "open" });
    expect(parseCustomId("capwatch:chart:BRK.B")).toEqual({ kind: "chart", ticker: "BRK.B" });
    expect(parseCustomId("capwatch:mute_earnings:NVDA")).toEqual({ kind: "mute_earnings", ticker: "NVDA" });
  });

  it.each([
    ["capwatch:mute_day", "msft; drop table"],
    ["capwatch:ack", "0"],
    ["capwatch:ack", "-1"],
    ["capwatch:ack", "1".repeat(40)],
    ["capwatch:nuke", "MSFT"],
    ["other:mute_day", "MSFT"],
    ["capwatch:mute_day", "M".repeat(500)],
  ])("GIVEN %s = %s THEN it is not a valid click", (id, value) => {
    expect(parseSlackClick(id, value)).toBeUndefined();
    expect(parseCustomId(`${id}:${value}`)).toBeUndefined();
  });

  it("GIVEN an invalid click THEN a clear refusal, nothing run", async () => {
    const outcome = await answerClick(undefined, ADMIN, "ana", d.desk);
    expect(outcome).toMatchObject({ kind: "reply", reply: { tone: "error", title: "That button did not work" } });
    expect(await d.desk.store.recentAudit("#markets", 5)).toEqual([]);
  });
});

describe("Mute 1 day and Mute until next earnings", () => {
  it("GIVEN an admin clicks Mute 1 day THEN the ticker is muted in that channel with the usual audit entry", async () => {
    const outcome = await answerClick({ kind: "mute_day", ticker: "MSFT" }, ADMIN, "ana", d.desk);
    expect(outcome).toMatchObject({ kind: "reply", reply: { title: "MSFT muted", tone: "success" } });
    expect(d.desk.engine.routing.mutesOf("#markets", d.desk.dataNow()).map((m) => m.ticker)).toEqual(["MSFT"]);
    expect((await d.desk.store.recentAudit("#markets", 5)).map((e) => [e.action, e.userId])).toEqual([["mute", ADMIN.userId]]);
  });

  it.each(["mute_day", "mute_earnings"] as const)("GIVEN a member clicks %s THEN refused, nothing muted, nothing audited", async (kind) => {
    const outcome = await answerClick({ kind, ticker: "MSFT" }, MEMBER, "bo", d.desk);
    expect(outcome).toMatchObject({ kind: "reply", reply: { title: "Only admins can change this channel's settings", visibility: "private" } });
    expect(d.desk.engine.routing.mutesOf("#markets", d.desk.dataNow())).toEqual([]);
    expect(await d.desk.store.recentAudit("#markets", 5)).toEqual([]);
  });

  it("GIVEN a known next report THEN muted through the day before it; with none known THEN a clear message", async () => {
    const none = await answerClick({ kind: "mute_earnings", ticker: "MSFT" }, ADMIN, "ana", d.desk);
    expect(none).toMatchObject({ kind: "reply", reply: { title: "Not muted" } });
    expect((none as { reply: { text: string } }).reply.text).toContain("No upcoming earnings date is known for MSFT");
    await d.desk.engine.handle({ type: "earnings_scheduled", ts: d.desk.dataNow(), ticker: "MSFT", date: "2026-04-29", time: "amc" } as never);
    const muted = await answerClick({ kind: "mute_earnings", ticker: "MSFT" }, ADMIN, "ana", d.desk);
    expect(muted).toMatchObject({ kind: "reply", reply: { title: "MSFT muted" } });
    expect(d.desk.engine.routing.mutesOf("#markets", d.desk.dataNow())).toEqual([expect.objectContaining({ ticker: "MSFT", until: Date.parse("2026-04-29T04:00:00Z") })]);
  });
});

describe("Acknowledge", () => {
  it("GIVEN a click THEN the alert is re-rendered acknowledged, once; a second click says who did; another channel's alert is refused", async () => {
    const [stored] = await d.desk.store.recentAlerts("#markets", 1);
    const first = await answerClick({ kind: "ack", alertId: stored!.id }, ADMIN, "ana", d.desk);
    expect(first.kind).toBe("edit");
    const view = (first as { view: { acknowledged?: unknown; actions: Array<{ kind: string }> } }).view;
    expect(view.acknowledged).toEqual({ by: "ana", time: "07:00 ET" });
    expect(view.actions.map((a) => a.kind)).not.toContain("ack");
    const second = await answerClick({ kind: "ack", alertId: stored!.id }, MEMBER, "bo", d.desk);
    expect(second).toMatchObject({ kind: "reply", reply: { title: "Already acknowledged", text: "This alert was acknowledged by @ana at 07:00 ET." } });
    const elsewhere = await answerClick({ kind: "ack", alertId: stored!.id }, { ...MEMBER, channel: "#other" }, "bo", d.desk);
    expect(elsewhere).toMatchObject({ kind: "reply", reply: { title: "That alert is not here" } });
  });
});

describe("Chart", () => {
  it("GIVEN a click THEN the chart TICKER 5d lookup runs through the command layer", async () => {
    const outcome = await answerClick({ kind: "chart", ticker: "MSFT" }, MEMBER, "bo", d.desk);
    const direct = await d.ask("chart MSFT 5d", MEMBER);
    expect(outcome.kind).toBe("reply");
    expect((outcome as { reply: { title: string } }).reply.title).toBe(direct.title);
  });
});
