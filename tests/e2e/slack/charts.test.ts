// Market-cap alerts carry their chart on Slack: the real Bolt client's files.uploadV2 (upload URL,
// the bytes, the share into the channel) against the fake Web API, after the alert's text; with no
// quote history the alert still goes out, without a chart.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { manualTime, slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";
import { pngSize } from "../../helpers/png.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function slackDesk() {
  const { store, engine } = await testDesk({ delivers: false });
  await engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  const time = manualTime();
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: time.clock, source: "replay of the episode", deliveryState: () => "terminal" };
  h = await slackHarness(desk, { clock: time.clock, sleep: time.sleep });
  return { store, engine, api: h.api };
}

describe("charts on Slack", () => {
  it("GIVEN the episode's Microsoft drops THEN each alert's text is posted, then its PNG reaches files.getUploadURLExternal, the upload URL and files.completeUploadExternal in that channel", async () => {
    const { engine, api } = await slackDesk();
    await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
    await h!.slack.flush();
    const drops = api.posts().filter((p) => p.params.text?.startsWith("MARKET-CAP DROP · MSFT"));
    expect(drops.length).toBeGreaterThanOrEqual(3);
    const files = api.sharedFiles("C_MARKETS");
    expect(files).toHaveLength(drops.length);
    for (const file of files) {
      expect(pngSize(file.bytes!)).toEqual({ width: 800, height: 400 });
      expect(file.bytes!.length).toBe(file.length);
      expect(file.filename).toMatch(/^MSFT-mcap-drop-2026-\d\d-\d\d-\d+\.png$/);
      expect(file.altText).toMatch(/^MSFT market cap from .* against the reference close of \$/);
    }
    // Text first: each alert's chart is asked for after its message and before the next message.
    const methods = api.calls.map((c) => c.method).filter((m) => m === "chat.postMessage" || m.startsWith("files."));
    const level2 = api.calls.indexOf(drops[1]!);
    const after = api.calls.slice(level2 + 1).map((c) => c.method);
    expect(after.slice(0, 2)).toEqual(["files.getUploadURLExternal", "files.completeUploadExternal"]);
    expect(methods.filter((m) => m === "files.completeUploadExternal")).toHaveLength(drops.length);
    expect(api.calls.filter((c) => c.method.startsWith("files.")).every((c) => c.authorization === "Bearer xoxb-test")).toBe(true);
  });

  it("GIVEN a market-cap alert with no quote history THEN its text is delivered and no file is uploaded; the log says why", async () => {
    const { engine, store, api } = await slackDesk();
    await engine.handle({ type: "company", ts: Date.parse("2026-01-01T00:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7.43e9 });
    // A reference close from the quote itself: the first quote the store ever sees fires the alert.
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 400, prevClose: 480, session: "regular" });
    await engine.flush();
    // The history is there in memory; take it away to stand for a store that lost it.
    (engine.market as unknown as { unsavedHistory: () => [] }).unsavedHistory = () => [];
    await h!.slack.flush();
    expect(api.posts().map((p) => p.params.text?.split(":")[0])).toEqual(["MARKET-CAP DROP · MSFT · level 3"]);
    expect(api.calls.filter((c) => c.method.startsWith("files."))).toEqual([]);
    expect(h!.logs.some((l) => l.includes("posted without its chart (no quote history for MSFT"))).toBe(true);
    expect(await store.pendingOutbox(10, new Date("2100-01-01"), "slack")).toEqual([]);
  });
});
