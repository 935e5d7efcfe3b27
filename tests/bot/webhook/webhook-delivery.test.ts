// The webhook platform end to end: found by the registry from its folder, configured from
// CAPWATCH_WEBHOOKS, its alerts posted by the one delivery loop to local webhooks on 127.0.0.1, and
// each kind of answer doing what it means (retry after Retry-After, pause, stop one channel, retry
// a 5xx or a post that never answered).
import { afterEach, describe, expect, it } from "vitest";
import { loadPlatformConfigs, startPlatforms, type Platforms } from "../../../src/app/platforms.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import { testDesk, writeReplayFile, type TestDesk } from "../../helpers/desk.js";
import { fakeWebhooks, waitFor, type Answer, type FakeWebhooks } from "./fake-webhooks.js";

// Microsoft closes at $480 and opens the next day at $430: one market-cap drop alert per channel.
const DROP = [
  { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 },
  { type: "quote", ts: "2026-01-27T20:59:00Z", ticker: "MSFT", price: 480, session: "regular" },
  { type: "quote", ts: "2026-01-28T15:00:00Z", ticker: "MSFT", price: 430, session: "regular" },
];

let hooks: FakeWebhooks | undefined;
let platforms: Platforms | undefined;
let desk: TestDesk | undefined;

afterEach(async () => {
  await platforms?.stop();
  await hooks?.close();
  await desk?.close();
  platforms = hooks = desk = undefined;
});

async function start(scripts: Record<string, Answer[]>, timeoutMs = 1_000) {
  hooks = await fakeWebhooks(scripts);
  const channels = Object.fromEntries(Object.keys(scripts).map((path) => [path.slice(1), { url: hooks!.url(path) }]));
  desk = await testDesk({ delivers: false });
  const log: string[] = [];
  const configs = await loadPlatformConfigs({ CAPWATCH_WEBHOOKS: JSON.stringify({ channels, timeoutMs }) });
  platforms = await startPlatforms(configs, desk.commands(), (line) => log.push(line));
  const d = desk;
  await runReplay(writeReplayFile(DROP), d.engine, { policy: replayPolicy(d.engine), onProblem: (p) => expect.fail(p.reason) });
  const pending = async () => (await d.store.pendingOutbox(100, new Date(Date.now() + 3_600_000), "webhook")).map((r) => r.channel).sort();
  const state = (name: string) => platforms!.sides[0]!.deliveryState(`webhook:${name}`) ?? "";
  return { hooks: hooks!, log, pending, state };
}

describe("webhook platform, through the registry and the one delivery loop", () => {
  it("GIVEN CAPWATCH_WEBHOOKS with a channel THEN its alert is posted as Slack-style JSON (text and one attachment) and leaves the outbox", async () => {
    const { hooks, pending } = await start({ "/ops": [{ status: 200 }] });
    expect(platforms!.sides.map((s) => [s.platform, s.description])).toEqual([["webhook", "webhooks (1 channel)"]]);
    await waitFor(async () => hooks.postsTo("/ops").length === 1 && (await pending()).length === 0);
    const post = hooks.postsTo("/ops")[0]!;
    expect(post.contentType).toBe("application/json");
    const body = post.body as { text: string; attachments: Array<Record<string, unknown>> };
    expect(body.text).toMatch(/^MARKET-CAP DROP · MSFT/);
    expect(body.attachments).toHaveLength(1);
    expect(body.attachments[0]).toMatchObject({ title: expect.stringMatching(/^MARKET-CAP DROP · MSFT/), color: expect.stringMatching(/^#[0-9a-f]{6}$/), mrkdwn_in: ["text"] });
    expect(body.attachments[0]!.text).toMatch(/Microsoft \(MSFT\)/);
    expect((body.attachments[0]!.fields as unknown[]).length).toBeGreaterThan(0);
  });

  it("GIVEN a 429 with Retry-After THEN the same message is posted again after the wait, once taken", async () => {
    const { hooks, pending, log } = await start({ "/busy": [{ status: 429, body: "rate_limited", headers: { "retry-after": "1" } }, { status: 200 }] });
    await waitFor(async () => hooks.postsTo("/busy").length === 2 && (await pending()).length === 0);
    expect(hooks.postsTo("/busy")[1]!.body).toEqual(hooks.postsTo("/busy")[0]!.body);
    expect(log.join("\n")).toMatch(/webhook: webhook:busy: HTTP 429 rate_limited; retrying in 1 s/);
  });

  it("GIVEN a 5xx, then a post that never answers within the timeout THEN both are retried until one is taken", async () => {
    const { hooks, pending } = await start({ "/flaky": [{ status: 503, body: "unavailable" }, "hang", { status: 200 }] });
    await waitFor(async () => hooks.postsTo("/flaky").length === 3 && (await pending()).length === 0, 15_000);
  });

  it("GIVEN 404 or 410 THEN that channel is paused with its alert kept; 401/403 stop that channel alone; the others deliver", async () => {
    const { hooks, pending, state } = await start({
      "/ok": [{ status: 200 }],
      "/removed": [{ status: 404, body: "no_service" }],
      "/archived": [{ status: 410, body: "channel_is_archived" }],
      "/revoked": [{ status: 403, body: "invalid_token" }],
    });
    await waitFor(async () => hooks.postsTo("/ok").length === 1 && (await pending()).join() === "webhook:archived,webhook:removed,webhook:revoked");
    await waitFor(() => /paused/.test(state("removed")) && /paused/.test(state("archived")) && /stopped/.test(state("revoked")));
    expect(state("removed")).toMatch(/HTTP 404 no_service/);
    expect(state("revoked")).toMatch(/HTTP 403 invalid_token/);
    expect(state("ok")).not.toMatch(/paused|stopped/);
    const statuses = await desk!.store.channelStatuses("webhook");
    expect(statuses.map((s) => [s.channel, s.state]).sort()).toEqual([
      ["webhook:archived", "paused"],
      ["webhook:removed", "paused"],
      ["webhook:revoked", "stopped"],
    ]);
  });

  it("GIVEN a redirect THEN it is not followed (the URL is the secret) and the post is retried", async () => {
    const { hooks, pending } = await start({ "/moved": [{ status: 302, headers: { location: "https://elsewhere.example/" } }, { status: 200 }] });
    await waitFor(async () => hooks.postsTo("/moved").length === 2 && (await pending()).length === 0, 15_000);
  });
});
