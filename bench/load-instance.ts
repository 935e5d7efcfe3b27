// One capwatch instance of the load bench, in a process of its own (so its peak RSS and CPU are
// its own): a desk on the shared PostgreSQL schema, the real Slack side (Bolt) and Discord side
// (discord.js) delivering to the parent's rate-limited fakes, woken by outbox NOTIFYs. The leader
// also plays the quotes: `intervals` bursts of one quote per ticker, some dropping enough to
// alert, each quote's time to its alert in the outbox recorded; then one alert for every channel.
// Talks to the parent over stdout lines (JSON) and stdin ("stop").
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { getHeapSpaceStatistics } from "node:v8";
import { openDesk } from "../src/app/desk.js";
import { followOutbox } from "../src/app/settings-sync.js";
import type { Desk } from "../src/bot/commands/context.js";
import { startDiscord } from "../src/bot/discord/start-discord.js";
import { HttpServer } from "../src/bot/http/http-server.js";
import { startSlack } from "../src/bot/slack/start-slack.js";
import { openPostgresStore } from "../src/store/postgres-store.js";
import { APP_ID, FAKE_TOKEN } from "../tests/fakes/discord/fake-discord.js";

export interface InstanceArgs {
  role: "leader" | "standby";
  url: string;
  schema: string;
  slackUrl: string;
  discordUrl: string;
  tickers: number;
  intervals: number;
  dropsPerInterval: number;
}

const FAN_TICKER = "FANOUT";
const send = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
const tickerName = (i: number) => `T${String(i).padStart(5, "0")}`;

export async function runInstance(args: InstanceArgs): Promise<void> {
  const store = await openPostgresStore(args.url, undefined, { schema: args.schema, instance: args.role, log: () => undefined });
  const { engine } = await openDesk({ store, follow: "asked" });
  const desk: Desk = { engine, store, dataNow: () => Date.now(), wallNow: () => new Date(), source: "load bench", deliveryState: () => "delivering" };
  const http = new HttpServer();
  const log = () => undefined;
  // In the order `npm start` starts them (platform ids, sorted): Discord's delivery hears new alerts first.
  const discord = await startDiscord({ config: { token: FAKE_TOKEN, applicationId: APP_ID, apiUrl: args.discordUrl, port: 0 }, desk, http, log });
  const slack = await startSlack({ config: { mode: { kind: "http", botToken: "xoxb-bench", signingSecret: "bench-signing-secret-0123456789" }, apiUrl: args.slackUrl, admins: new Set(), port: 0 }, desk, http, log });
  const wake = await followOutbox(args.url, () => {
    discord.wake();
    slack.wake();
  }, { schema: args.schema });
  send({ ready: args.role });
  // Where the peak RSS is: the JS heap's high-water mark (V8 grows it lazily under allocation) beside
  // the rest, and in which phase of the run (started, quotes, delivering, fanout) each peaked.
  let peakHeap = { total: 0, used: 0, external: 0 };
  let phase = "started";
  let spacesAtPeak: Record<string, number> = {};
  const peakRssByPhase: Record<string, number> = {};
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (m.heapTotal > peakHeap.total) {
      peakHeap = { total: m.heapTotal, used: m.heapUsed, external: m.external };
      spacesAtPeak = Object.fromEntries(getHeapSpaceStatistics().map((sp) => [sp.space_name, Math.round(sp.space_size / 104857.6) / 10]));
    }
    peakRssByPhase[phase] = Math.max(peakRssByPhase[phase] ?? 0, m.rss);
  }, 100);

  // LOAD_PROFILE_DIR: a CPU profile of each instance from its first quote to "stop", and a sampled
  // profile of what it allocated (collected or not), to look inside one.
  const profiler = process.env.LOAD_PROFILE_DIR === undefined ? undefined : new Session();
  profiler?.connect();
  await profiler?.post("Profiler.enable");
  await profiler?.post("Profiler.start");
  await profiler?.post("HeapProfiler.startSampling", { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });

  const stdin = createInterface({ input: process.stdin });
  const commands = stdin[Symbol.asyncIterator]();
  const next = async () => String((await commands.next()).value ?? "stop");

  if (args.role === "leader") {
    await next(); // "quotes"
    phase = "quotes";
    send({ quotes: await playQuotes(engine, args) });
    phase = "delivering";
    await next(); // "fanout"
    phase = "fanout";
    const quote = (ts: string, price: number) => ({ type: "quote" as const, ts: Date.parse(ts), ticker: FAN_TICKER, price, session: "regular" as const });
    await engine.handle({ type: "company", ts: 0, ticker: FAN_TICKER, sharesOutstanding: 1e9 });
    await engine.handle(quote("2026-01-28T20:59:00Z", 100));
    send({ fanout_at: Date.now() });
    await engine.handle(quote("2026-01-29T15:30:00Z", 90));
    await engine.flush();
    send({ fanout_recorded: Date.now() });
  }
  await next(); // "stop"
  if (profiler !== undefined) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(join(process.env.LOAD_PROFILE_DIR as string, `load-${args.role}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    const sampled = await profiler.post("HeapProfiler.stopSampling");
    writeFileSync(join(process.env.LOAD_PROFILE_DIR as string, `load-${args.role}-${process.pid}.heapprofile`), JSON.stringify(sampled.profile));
  }
  await wake.close();
  await slack.stop();
  await discord.stop();
  await http.close();
  await store.close();
  const usage = process.resourceUsage();
  clearInterval(sampler);
  const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;
  send({ done: args.role, peak_rss_mb: Math.round(usage.maxRSS / 102.4) / 10, peak_heap_mb: { total: mb(peakHeap.total), used_then: mb(peakHeap.used), external_then: mb(peakHeap.external), spaces: spacesAtPeak }, peak_rss_mb_by_phase: Object.fromEntries(Object.entries(peakRssByPhase).map(([k, v]) => [k, mb(v)])), cpu_s: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1e4) / 100 });
}

/** Each quote's time from engine.handle to its alert committed in the outbox, for the quotes that alert. */
async function playQuotes(engine: Awaited<ReturnType<typeof openDesk>>["engine"], args: InstanceArgs): Promise<{ quotes: number; alerting: number; outbox_rows: number; p50_ms: number; p99_ms: number; max_ms: number; wall_s: number; slowest: Array<{ ms: number; interval: number; quote: number }> }> {
  const started = new Map<string, number>();
  const latencies: number[] = [];
  // Where the slowest ones fell: the interval (0 first) and the quote's place in it.
  const slowest: Array<{ ms: number; interval: number; quote: number }> = [];
  let interval = 0;
  const place = new Map<string, number>();
  let rows = 0;
  engine.onAlertsRecorded((recorded) => {
    const now = performance.now();
    rows += recorded.length;
    const seen = new Set<string>();
    for (const alert of recorded) {
      const ticker = "ticker" in alert ? (alert.ticker as string) : undefined;
      if (ticker === undefined || seen.has(ticker)) continue;
      seen.add(ticker);
      const at = started.get(ticker);
      if (at === undefined) continue;
      latencies.push(now - at);
      slowest.push({ ms: Math.round((now - at) * 10) / 10, interval, quote: place.get(ticker) ?? -1 });
    }
  });
  for (let i = 0; i < args.tickers; i++) await engine.handle({ type: "company", ts: 0, ticker: tickerName(i), sharesOutstanding: 1e9 });
  for (let i = 0; i < args.tickers; i++) await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T20:59:00Z"), ticker: tickerName(i), price: 100, session: "regular" });
  await engine.flush();
  const wall = performance.now();
  let quotes = 0;
  for (let k = 0; k < args.intervals; k++) {
    interval = k;
    const ts = Date.parse("2026-01-29T14:31:00Z") + k * 60_000;
    const dropping = new Set(Array.from({ length: args.dropsPerInterval }, (_, j) => (k * args.dropsPerInterval + j) % args.tickers));
    for (let i = 0; i < args.tickers; i++) {
      const ticker = tickerName(i);
      // Most quotes wobble within the thresholds; the dropping ones fall 6 % below the close.
      const price = dropping.has(i) ? 94 : 100 - ((i + k) % 7) / 10;
      started.set(ticker, performance.now());
      place.set(ticker, i);
      await engine.handle({ type: "quote", ts, ticker, price, session: "regular" });
      quotes++;
    }
    await engine.flush();
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  // Nearest rank: the p99 of 500 is the fifth largest, of 100 the second; p100 is the maximum.
  const at = (q: number) => Math.round((sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN) * 100) / 100;
  return { quotes, alerting: sorted.length, outbox_rows: rows, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: at(1), wall_s: Math.round((performance.now() - wall) / 10) / 100, slowest: slowest.sort((x, y) => y.ms - x.ms).slice(0, 5) };
}
