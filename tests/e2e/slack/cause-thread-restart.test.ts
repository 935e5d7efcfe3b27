// The cause link across a restart, with the real Bolt against the fake Web API: Microsoft's
// results alert is posted, capwatch stops, and the restarted one (same SQLite file, or the same
// PostgreSQL schema) raises the next morning's drop as a reply in the results alert's thread,
// with its "After" line: the cause and its message are both read back from the store.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { manualTime, slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { testDesk, type TestDesk } from "../../helpers/desk.js";
import { freshSchema } from "../../helpers/instances.js";
import { PG_URL } from "../../helpers/postgres.js";

let h: SlackHarness | undefined;
let opened: TestDesk | undefined;
afterEach(async () => {
  await h?.close();
  await opened?.close();
  h = undefined;
  opened = undefined;
});
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

/** A capwatch run on `store`: the desk, and its Slack side against a fresh fake Web API. */
async function run(store: string) {
  opened = await testDesk({ store, delivers: false });
  const { engine } = opened;
  const time = manualTime("2026-01-29T15:00:00Z");
  const desk: Desk = { engine, store: opened.store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: time.clock, source: "test data", deliveryState: () => "delivering" };
  h = await slackHarness(desk, { clock: time.clock, sleep: time.sleep });
  return { engine, api: h.api, slack: h.slack };
}

async function stop(engine: TestDesk["engine"]) {
  await engine.checkpoint();
  await h!.close();
  await opened!.close();
  h = undefined;
  opened = undefined;
}

async function causeThenRestartThenMove(store: string) {
  const first = await run(store);
  await first.engine.handle({ type: "company", ts: Date.parse("2026-01-16T12:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 });
  await first.engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  await first.engine.handle({ type: "earnings_scheduled", ts: Date.parse("2026-01-16T12:00:00Z"), ticker: "MSFT", date: "2026-01-28", time: "amc", period: "Q2-2026", epsEstimate: 3.97 });
  await first.engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 481.63, session: "regular" });
  await first.engine.handle({ type: "earnings_result", ts: Date.parse("2026-01-28T21:05:00Z"), ticker: "MSFT", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.97 });
  await first.engine.flush();
  await first.slack.flush();
  const [results] = first.api.posts();
  expect(results?.params.text).toMatch(/^EARNINGS RESULT · MSFT Q2-2026/);
  const parentTs = first.api.channels.get("C_MARKETS")?.[0]?.ts;
  expect(parentTs).toBeDefined();
  await stop(first.engine);

  // A new process on the same store: nothing in memory from the first run.
  const second = await run(store);
  await second.engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 440, session: "regular" });
  await second.engine.flush();
  await second.slack.flush();
  const posts = second.api.posts();
  expect(posts.map((p) => p.params.text?.split(":")[0])).toEqual(["MARKET-CAP DROP · MSFT · level 2"]);
  expect(posts[0]?.params.thread_ts).toBe(parentTs);
  expect(posts[0]?.params.blocks).toContain("*After*\\nreporting Q2-2026 results: EPS $4.14 (+4.28% vs estimate), on Wed, Jan 28, 16:05 ET");
  await stop(second.engine);
}

describe("GIVEN a results alert posted to Slack and then a restart", () => {
  it("WHEN the move follows on the same SQLite file THEN it replies in the results alert's thread with its cause line", async () => {
    await causeThenRestartThenMove(join(mkdtempSync(join(tmpdir(), "capwatch-cause-")), "store.db"));
  });

  it.skipIf(!PG_URL)("WHEN the move follows on the same PostgreSQL schema THEN it replies in the results alert's thread with its cause line", async () => {
    const schema = await freshSchema("cause_restart");
    drops.push(schema.drop);
    await causeThenRestartThenMove(schema.url());
  });
});
