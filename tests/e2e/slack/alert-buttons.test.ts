// The alert's buttons in Slack, with the real Bolt against the fake Web API: the bundled episode
// delivered to a channel, then each button clicked as Slack sends it (signed block_actions over
// HTTP, interactive envelopes over Socket Mode).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import type { StoredMessage } from "../../fakes/slack/fake-web-api.js";
import { manualTime, slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { blockActionsPayload, interactionBody, signedHeaders, type ClickFields } from "../../fakes/slack/sign.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";

const TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
type Button = { action_id: string; value?: string; url?: string; text: { text: string } };

interface Run {
  h: SlackHarness;
  desk: Desk;
  clock: () => Date;
}

/** The episode delivered to C_MARKETS (workspace T1) over `mode`; U_ADMIN is a workspace admin. */
async function deliveredEpisode(mode: "http" | "socket"): Promise<Run> {
  const { store, engine } = await testDesk({ delivers: false });
  await engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  // Bolt checks request timestamps against the real clock: the test's clock starts now.
  const time = manualTime(new Date().toISOString());
  // 15:42 UTC on a February day is 10:42 ET: the time an acknowledgement shows.
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date("2026-02-16T15:42:00Z"), source: "replay of the episode", deliveryState: () => "delivering" };
  const h = await slackHarness(desk, { mode, clock: time.clock, sleep: time.sleep, prepare: (api) => api.admins.add("U_ADMIN") });
  await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  // The episode's documents carry no address: one guidance alert with its release's https link.
  const guidance = { channel: "C_MARKETS", kind: "capex_guidance", ticker: "META", period: "FY2027", ts: "2026-02-13T21:05:00.000Z", value: 150e9, low: 140e9, high: 160e9, basis: "consensus", basisValue: 125e9, surprisePct: 20, vsConsensusPct: 20, vsPriorGuidancePct: null, vsPriorYearActualPct: null, url: "https://investor.atmeta.com/news/q4-2025" };
  await store.recordAlerts([{ alert: guidance as never, dedupe: { channel: "C_MARKETS", key: "test-link", value: 1 }, platform: "slack" }]);
  await h.slack.flush();
  return { h, desk, clock: time.clock };
}

const messages = (run: Run): StoredMessage[] => run.h.api.channels.get("C_MARKETS") ?? [];
const buttonsOf = (m: StoredMessage): Button[] => (JSON.parse(m.blocks ?? "[]") as Array<{ type: string; elements?: Button[] }>).find((b) => b.type === "actions")?.elements ?? [];
const messageStarting = (run: Run, prefix: string): StoredMessage => {
  const found = messages(run).find((m) => m.text?.startsWith(prefix));
  if (found === undefined) throw new Error(`no message starting ${prefix}`);
  return found;
};
const buttonOf = (m: StoredMessage, label: string): Button => {
  const found = buttonsOf(m).find((b) => b.text.text === label);
  if (found === undefined) throw new Error(`no ${label} button`);
  return found;
};

let n = 0;

/** Clicks `label` on `message` as `user`; resolves with the answer at the response_url, if one comes. */
async function click(run: Run, message: StoredMessage, label: string, user: string, name: string, extra: Partial<ClickFields> = {}) {
  const button = buttonOf(message, label);
  return clickRaw(run, { actionId: button.action_id, value: button.value, userId: user, userName: name, messageTs: message.ts, ...extra });
}

async function clickRaw(run: Run, fields: Omit<ClickFields, "responseUrl">) {
  const id = `click${++n}`;
  const payload = blockActionsPayload({ ...fields, responseUrl: run.h.api.responseUrl(id) });
  let status = 200;
  if (run.h.socket) {
    run.h.socket.send({ envelope_id: `env-${id}`, type: "interactive", accepts_response_payload: false, payload });
    await run.h.api.waitFor(() => run.h.socket!.acks.find((a) => a.envelope_id === `env-${id}`));
  } else {
    const body = interactionBody(payload);
    const res = await fetch(`${run.h.base}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(run.clock().getTime() / 1000)) });
    status = res.status;
  }
  return { status, answer: () => run.h.api.waitFor(() => run.h.api.responses.find((r) => r.path.endsWith(`/${id}`))?.body), answered: () => run.h.api.responses.some((r) => r.path.endsWith(`/${id}`)) };
}

const updates = (run: Run) => run.h.api.calls.filter((c) => c.method === "chat.update");

describe("GIVEN the episode's alerts posted to a Slack channel over HTTP", () => {
  let run: Run;
  beforeAll(async () => {
    run = await deliveredEpisode("http");
  });
  afterAll(() => run?.h.close());

  it("THEN every alert carries its buttons; values are only the alert id or the ticker; the guidance's source is an https link", async () => {
    expect(messages(run)).toHaveLength(33);
    for (const m of messages(run)) expect(buttonsOf(m).map((b) => b.text.text)).toContain("Acknowledge");
    const msft = messageStarting(run, "MARKET-CAP DROP · MSFT · level 2");
    const [stored] = (await run.desk.store.recentAlerts("C_MARKETS", 100)).filter((a) => a.alert.kind === "mcap_drop" && "level" in a.alert && a.alert.ticker === "MSFT" && a.alert.level === 2);
    expect(buttonsOf(msft).map((b) => [b.action_id, b.value])).toEqual([
      ["capwatch:mute_day", "MSFT"],
      ["capwatch:mute_earnings", "MSFT"],
      ["capwatch:ack", String(stored!.id)],
      ["capwatch:chart", "MSFT"],
    ]);
    const meta = messageStarting(run, "CAPEX GUIDANCE · META FY2027");
    const open = buttonOf(meta, "Open source");
    expect(open.url).toBe("https://investor.atmeta.com/news/q4-2025");
    expect(open.value).toBeUndefined();
  });

  it("THEN a member's Mute 1 day is refused privately and nothing changes; an admin's mutes the ticker in that channel with an audit entry", async () => {
    const msft = messageStarting(run, "MARKET-CAP DROP · MSFT");
    const refused = await click(run, msft, "Mute 1 day", "U_MEMBER", "bo");
    expect(refused.status).toBe(200);
    const no = await refused.answer();
    expect(no).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(no.text).toContain("Only admins can change this channel's settings");
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow())).toEqual([]);
    expect(await run.desk.store.recentAudit("C_MARKETS", 10)).toEqual([]);

    const yes = await (await click(run, msft, "Mute 1 day", "U_ADMIN", "ana")).answer();
    expect(yes.text).toContain("MSFT muted");
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow()).map((m) => m.ticker)).toEqual(["MSFT"]);
    expect((await run.desk.store.recentAudit("C_MARKETS", 10)).map((e) => [e.action, e.userId, e.details.ticker])).toEqual([["mute", "U_ADMIN", "MSFT"]]);
  });

  it("THEN Mute until next earnings mutes through the day before the report (admins), and a member is refused", async () => {
    await run.desk.engine.handle({ type: "earnings_scheduled", ts: run.desk.dataNow(), ticker: "NVDA", date: "2026-02-25", time: "amc" } as never);
    const nvda = messages(run).find((m) => buttonsOf(m).some((b) => b.value === "NVDA"));
    const member = await (await click(run, nvda!, "Mute until next earnings", "U_MEMBER", "bo")).answer();
    expect(member.text).toContain("Only admins");
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow()).map((m) => m.ticker)).not.toContain("NVDA");
    const admin = await (await click(run, nvda!, "Mute until next earnings", "U_ADMIN", "ana")).answer();
    expect(admin.text).toContain("NVDA muted");
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow()).find((m) => m.ticker === "NVDA")?.until).toBe(Date.parse("2026-02-25T05:00:00Z"));
  });

  it("THEN Acknowledge edits the message once to say who and when; a second click says who already did", async () => {
    const msft = messageStarting(run, "MARKET-CAP DROP · MSFT");
    const before = updates(run).length;
    const ack = buttonOf(msft, "Acknowledge");
    const first = await click(run, msft, "Acknowledge", "U_MEMBER", "ana");
    expect(first.status).toBe(200);
    const update = await run.h.api.waitFor(() => updates(run)[before]);
    expect(update.params).toMatchObject({ channel: "C_MARKETS", ts: msft.ts });
    expect(update.params.blocks).toContain("✓ acknowledged by @ana at 10:42 ET");
    expect(buttonsOf({ ts: msft.ts, blocks: update.params.blocks }).map((b) => b.text.text)).toEqual(["Mute 1 day", "Mute until next earnings", "Chart"]);
    expect(first.answered()).toBe(false);

    // A client that had not refreshed still shows the button: the same click again.
    const second = await (await clickRaw(run, { actionId: ack.action_id, value: ack.value, userId: "U_OTHER", userName: "bo", messageTs: msft.ts })).answer();
    expect(second.text).toContain("Already acknowledged");
    expect(JSON.stringify(second.blocks)).toContain("acknowledged by @ana at 10:42 ET");
    expect(updates(run)).toHaveLength(before + 1);
  });

  it("THEN Chart answers with the chart TICKER 5d lookup of the command layer", async () => {
    const msft = messageStarting(run, "MARKET-CAP DROP · MSFT");
    const answer = await (await click(run, msft, "Chart", "U_MEMBER", "bo")).answer();
    const direct = await answerCommand("chart MSFT 5d", { channel: "C_MARKETS", platform: "slack", workspace: "T1", userId: "U_MEMBER", isAdmin: false }, run.desk);
    expect(answer.text).toContain(direct.title);
  });

  it("THEN Open source is acked and nothing else happens; a forged value gets a clear refusal; an unsigned click gets 401", async () => {
    const meta = messageStarting(run, "CAPEX GUIDANCE · META FY2027");
    const calls = run.h.api.calls.length;
    const open = await click(run, meta, "Open source", "U_MEMBER", "bo");
    expect(open.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(open.answered()).toBe(false);
    expect(run.h.api.calls).toHaveLength(calls);

    const forged = await (await clickRaw(run, { actionId: "capwatch:ack", value: "99999<script>", userId: "U_MEMBER", messageTs: meta.ts })).answer();
    expect(forged.text).toContain("That button did not work");
    const stale = await (await clickRaw(run, { actionId: "capwatch:ack", value: "987654", userId: "U_MEMBER", messageTs: meta.ts })).answer();
    expect(stale.text).toContain("That alert is not here");

    const body = interactionBody(blockActionsPayload({ actionId: "capwatch:mute_day", value: "MSFT", userId: "U_ADMIN", messageTs: meta.ts, responseUrl: run.h.api.responseUrl("unsigned") }));
    const res = await fetch(`${run.h.base}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(run.clock().getTime() / 1000), "wrong-secret") });
    expect(res.status).toBe(401);
  });

  it("THEN a click from another workspace's channel acknowledges nothing here and mutes only its own channel", async () => {
    const goog = messageStarting(run, "CAPEX GUIDANCE · GOOGL");
    const ackValue = buttonOf(goog, "Acknowledge").value!;
    const other = await (await clickRaw(run, { actionId: "capwatch:ack", value: ackValue, userId: "U_T2", team: "T2", channel: "C_T2", messageTs: goog.ts })).answer();
    expect(other.text).toContain("That alert is not here");
    run.h.api.admins.add("U_T2ADMIN");
    await (await clickRaw(run, { actionId: "capwatch:mute_day", value: "GOOGL", userId: "U_T2ADMIN", team: "T2", channel: "C_T2", messageTs: goog.ts })).answer();
    expect(run.desk.engine.routing.mutesOf("C_T2", run.desk.dataNow()).map((m) => m.ticker)).toEqual(["GOOGL"]);
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow()).map((m) => m.ticker)).not.toContain("GOOGL");
  });
});

describe("GIVEN the episode's alerts posted to a Slack channel over Socket Mode", () => {
  let run: Run;
  beforeAll(async () => {
    run = await deliveredEpisode("socket");
  });
  afterAll(() => run?.h.close());

  it("THEN Acknowledge and an admin's Mute 1 day work over the socket as over HTTP", async () => {
    const meta = messageStarting(run, "CAPEX GUIDANCE · META FY2027");
    await click(run, meta, "Acknowledge", "U_MEMBER", "ana");
    const update = await run.h.api.waitFor(() => updates(run)[0]);
    expect(update.params.blocks).toContain("acknowledged by @ana at 10:42 ET");
    const muted = await (await click(run, meta, "Mute 1 day", "U_ADMIN", "ana")).answer();
    expect(muted.text).toContain("META muted");
    expect(run.desk.engine.routing.mutesOf("C_MARKETS", run.desk.dataNow()).map((m) => m.ticker)).toEqual(["META"]);
  });
});
