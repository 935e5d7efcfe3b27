import { afterEach, describe, expect, it } from "vitest";
import type { Alert } from "../../src/alerts/types.js";
import { openDesk, type OpenDesk } from "../../src/app/desk.js";
import { createMetrics, type DeskMetrics } from "../../src/app/metrics.js";
import { startPlatforms, type Platforms } from "../../src/app/platforms.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import type { Desk } from "../../src/bot/commands/context.js";
import { HttpPolicy } from "../../src/sources/live/http/http-policy.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { MEMORY_STORE } from "../../src/store/open-store.js";
import { EPISODE } from "../helpers/desk.js";
import { startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";
import { testEnv } from "../sources/live/helpers/test-policy.js";

let platforms: Platforms | undefined;
let opened: OpenDesk | undefined;
let provider: FakeServer | undefined;

afterEach(async () => {
  await platforms?.stop();
  await opened?.close();
  await provider?.close();
  platforms = opened = provider = undefined;
});

/** The desk's /metrics served on a free port, as main.ts serves it. */
async function serve(desk: OpenDesk, metrics: DeskMetrics): Promise<() => Promise<{ status: number; type: string | null; text: string }>> {
  const commandDesk: Desk = { engine: desk.engine, store: desk.store, dataNow: () => Date.now(), wallNow: () => new Date(), source: "test", deliveryState: () => "delivering" };
  platforms = await startPlatforms({}, commandDesk, () => undefined, { always: true, port: 0, readiness: () => [], metrics: () => metrics.scrape() });
  return async () => {
    const res = await fetch(`http://127.0.0.1:${platforms!.port}/metrics`);
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };
}

/** A sample's value in Prometheus text, by name and exact label set (`{}` for none). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const have = match[2] === undefined || match[2] === "" ? [] : match[2].split(",");
    if (have.length === wanted.length && wanted.every((l) => have.includes(l))) return Number(match[3]);
  }
  return undefined;
}

describe("GET /metrics", () => {
  it("GIVEN the bundled episode replayed through a desk THEN alerts raised and delivered by kind and platform, their latencies, an empty outbox and the leader are reported", async () => {
    const metrics = createMetrics();
    const delivered: Alert[] = [];
    opened = await openDesk({ store: MEMORY_STORE, sink: () => ({ deliver: (alert) => void delivered.push(alert) }), follow: "await", metrics });
    const scrape = await serve(opened, metrics);
    await runReplay(EPISODE, opened.engine, { policy: replayPolicy(opened.engine), onProblem: (p) => expect.fail(`line ${p.line}: ${p.reason}`) });
    await opened.deliver();

    const page = await scrape();
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const byKind = new Map<string, number>();
    for (const alert of delivered) byKind.set(alert.kind, (byKind.get(alert.kind) ?? 0) + 1);
    expect(byKind.size).toBeGreaterThan(1); // the episode raises more than one kind
    for (const [kind, n] of byKind) {
      expect(sample(page.text, "capwatch_alerts_raised_total", { kind, platform: "terminal" }), kind).toBe(n);
      expect(sample(page.text, "capwatch_alerts_delivered_total", { kind, platform: "terminal" }), kind).toBe(n);
    }
    expect(sample(page.text, "capwatch_delivery_latency_seconds_count", { platform: "terminal" })).toBe(delivered.length);
    expect(sample(page.text, "capwatch_delivery_latency_seconds_bucket", { platform: "terminal", le: "+Inf" })).toBe(delivered.length);
    expect(sample(page.text, "capwatch_outbox_depth")).toBe(0);
    expect(sample(page.text, "capwatch_leader")).toBe(1);
  });

  it("GIVEN alerts no one delivers yet THEN the outbox depth counts them at each scrape, and a Slack alert is raised under its platform", async () => {
    const metrics = createMetrics();
    opened = await openDesk({ store: MEMORY_STORE, metrics }); // no sink: alerts wait in the outbox
    const scrape = await serve(opened, metrics);
    const alert: Alert = { channel: "C1", kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level: 2, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -3.09e11, changePct: -8.64 };
    await opened.store.recordAlerts([
      { alert, dedupe: { channel: "C1", key: "k", value: 2 }, platform: "slack" },
      { alert: { ...alert, channel: "#m" }, dedupe: { channel: "#m", key: "k", value: 2 }, muted: true },
    ]);
    let page = await scrape();
    expect(sample(page.text, "capwatch_outbox_depth")).toBe(1);
    expect(sample(page.text, "capwatch_alerts_raised_total", { kind: "mcap_drop", platform: "slack" })).toBe(1);
    expect(sample(page.text, "capwatch_alerts_raised_total", { kind: "mcap_drop", platform: "terminal" })).toBeUndefined(); // muted: never raised to a channel
    const [row] = await opened.store.pendingOutbox(10, new Date("2100-01-01"));
    await opened.store.markDelivered([row!.id], new Date(row!.createdAt!.getTime() + 1500));
    page = await scrape();
    expect(sample(page.text, "capwatch_outbox_depth")).toBe(0);
    expect(sample(page.text, "capwatch_alerts_delivered_total", { kind: "mcap_drop", platform: "slack" })).toBe(1);
    expect(sample(page.text, "capwatch_delivery_latency_seconds_sum", { platform: "slack" })).toBe(1.5);
    expect(sample(page.text, "capwatch_delivery_latency_seconds_bucket", { platform: "slack", le: "1" })).toBe(0);
    expect(sample(page.text, "capwatch_delivery_latency_seconds_bucket", { platform: "slack", le: "2.5" })).toBe(1);
  });

  it("GIVEN a provider answering once and then failing THEN its requests, errors by code and open breaker are reported", async () => {
    const metrics = createMetrics();
    opened = await openDesk({ store: MEMORY_STORE, metrics });
    const scrape = await serve(opened, metrics);
    provider = await startFakeServer({ "/q": (_req, hit) => (hit === 1 ? { body: "{}" } : { status: 503, body: "down" }) });
    const policy = new HttpPolicy(
      { provider: "finnhub", baseUrl: provider.url, headers: {}, rate: { minTimeMs: 0, maxConcurrent: 1 }, timeoutMs: 500, maxAttempts: 1, backoff: { baseMs: 1, maxMs: 1 }, maxRetryAfterMs: 1000, throttlePauseMs: 1000, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 } },
      { ...testEnv(), observer: metrics.providers },
    );
    await policy.getText("/q");
    for (let i = 0; i < 3; i++) await policy.getText("/q").catch(() => undefined); // two 503s open the breaker; the third is refused unsent
    await policy.close();
    const page = await scrape();
    expect(sample(page.text, "capwatch_provider_requests_total", { provider: "finnhub", outcome: "ok" })).toBe(1);
    expect(sample(page.text, "capwatch_provider_requests_total", { provider: "finnhub", outcome: "error" })).toBe(2);
    expect(sample(page.text, "capwatch_provider_errors_total", { provider: "finnhub", code: "server" })).toBe(2);
    expect(sample(page.text, "capwatch_provider_circuit_open", { provider: "finnhub" })).toBe(1);
  });

  it("GIVEN two desks' metrics in one process THEN neither sees the other's counters (no global registry)", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.providers.request("sec");
    expect((await a.scrape()).body).toMatch(/capwatch_provider_requests_total\{provider="sec",outcome="ok"\} 1/);
    expect((await b.scrape()).body).not.toMatch(/provider="sec"/);
  });
});
