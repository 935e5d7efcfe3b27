// At most one duplicate per crash: each alert goes to Slack with metadata naming its alert id and
// is marked in flight first; after a crash, an alert in flight is looked for in the channel's
// history (conversations.history, include_all_metadata) and posted only if it is not there.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { manualTime, slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The episode's alerts for C_MARKETS waiting in the outbox, and Slack not started yet. */
async function waitingEpisode() {
  const { store, engine } = await testDesk({ delivers: false });
  await engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  const time = manualTime();
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: time.clock, source: "replay of the episode", deliveryState: () => "terminal" };
  const pending = await store.pendingOutbox(1000, new Date("2100-01-01"), "slack");
  return { store, time, desk, pending };
}

const alertIdsIn = (h: SlackHarness, channel: string) => (h.api.channels.get(channel) ?? []).map((m) => m.metadata?.event_payload?.alert_id);

describe("Slack: an alert in flight at a crash", () => {
  it("GIVEN delivery THEN every post carries capwatch_alert metadata with its alert id, and is marked in flight before it is posted", async () => {
    const { store, time, desk, pending } = await waitingEpisode();
    const marked: number[] = [];
    const markInFlight = store.markInFlight.bind(store);
    store.markInFlight = async (id, at) => {
      // The post of this row has not reached Slack yet.
      expect(h!.api.posts()).toHaveLength(marked.length);
      marked.push(id);
      return markInFlight(id, at);
    };
    h = await slackHarness(desk, { clock: time.clock, sleep: time.sleep });
    await h.slack.flush();
    expect(marked).toEqual(pending.map((e) => e.id));
    expect(alertIdsIn(h, "C_MARKETS")).toEqual(pending.map((e) => e.alertId));
    expect(JSON.parse(h.api.posts()[0]!.params.metadata!)).toEqual({ event_type: "capwatch_alert", event_payload: { alert_id: pending[0]!.alertId } });
  });

  it("GIVEN two alerts in flight that reached Slack before the crash and one that did not THEN after the restart the two are not posted again and the third is, once", async () => {
    const { store, time, desk, pending } = await waitingEpisode();
    expect(pending.length).toBeGreaterThan(3);
    const [first, second, third] = pending as [typeof pending[0], typeof pending[0], typeof pending[0]];
    for (const entry of [first, second, third]) await store.markInFlight(entry.id, time.clock());
    h = await slackHarness(desk, {
      clock: time.clock,
      sleep: time.sleep,
      // What the crashed process had posted: the first two, with their metadata.
      prepare: (api) => api.channels.set("C_MARKETS", [first, second].map((e, i) => ({ ts: `${time.clock().getTime() / 1000 + i}.000001`, text: "before the crash", metadata: { event_type: "capwatch_alert", event_payload: { alert_id: e.alertId } } }))),
    });
    await h.slack.flush();

    expect(alertIdsIn(h, "C_MARKETS")).toEqual(pending.map((e) => e.alertId));
    expect(h.api.posts().map((p) => JSON.parse(p.params.metadata!).event_payload.alert_id)).toEqual(pending.slice(2).map((e) => e.alertId));
    // Looked up with the metadata asked for, from before the mark; only the rows in flight were looked up.
    const lookups = h.api.calls.filter((c) => c.method === "conversations.history");
    expect(lookups).toHaveLength(3);
    expect(lookups[0]!.params).toMatchObject({ channel: "C_MARKETS", include_all_metadata: "true" });
    expect(Number(lookups[0]!.params.oldest)).toBeLessThanOrEqual(time.clock().getTime() / 1000);
    expect(h.logs).toContain(`slack: C_MARKETS: alert ${first.alertId} is there already (an earlier post's answer was lost); not posted again`);
    expect(await store.pendingOutbox(1000, new Date("2100-01-01"), "slack")).toEqual([]);
  });

  it("GIVEN Slack took a post but its answer was lost (a 500) THEN the retry finds it in the history and does not post it again; a 429 is an answer and is not looked up", async () => {
    const { time, desk, pending } = await waitingEpisode();
    let posts = 0;
    h = await slackHarness(desk, {
      clock: time.clock,
      sleep: time.sleep,
      prepare: (api) =>
        (api.script = (call) => {
          if (call.method !== "chat.postMessage") return undefined;
          posts++;
          if (posts === 2) return { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } };
          if (posts !== 4) return undefined;
          // Slack kept the message, the answer never came back right.
          const channel = call.params.channel!;
          api.channels.set(channel, [...(api.channels.get(channel) ?? []), { ts: `${call.at / 1000}.999999`, metadata: JSON.parse(call.params.metadata!) as { event_payload: Record<string, unknown> } }]);
          return { status: 500, body: "upstream error" };
        }),
    });
    await h.slack.flush();
    expect(alertIdsIn(h, "C_MARKETS")).toEqual(pending.map((e) => e.alertId));
    expect(h.api.calls.filter((c) => c.method === "conversations.history")).toHaveLength(1);
    expect(posts).toBe(pending.length + 1); // the 429 was posted again; the lost answer was not
  });

  it("GIVEN the history cannot be read (missing_scope) THEN the alert in flight is posted, and the log says why", async () => {
    const { store, time, desk, pending } = await waitingEpisode();
    await store.markInFlight(pending[0]!.id, time.clock());
    h = await slackHarness(desk, {
      clock: time.clock,
      sleep: time.sleep,
      prepare: (api) => (api.script = (call) => (call.method === "conversations.history" ? { body: { ok: false, error: "missing_scope" } } : undefined)),
    });
    await h.slack.flush();
    expect(alertIdsIn(h, "C_MARKETS")).toEqual(pending.map((e) => e.alertId));
    expect(h.logs.some((l) => l.includes(`could not look for alert ${pending[0]!.alertId}`) && l.includes("missing_scope"))).toBe(true);
  });
});
