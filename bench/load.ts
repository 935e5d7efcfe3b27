// `npm run bench -- load [--json]` (issue 14's load benchmark), on PostgreSQL (TEST_DATABASE_URL or
// CAPWATCH_BENCH_DATABASE_URL; a fresh schema per run): 10,000 tickers quoted every interval and
// 1,000 channels, half Slack and half Discord, on the fakes from tests/ with the platforms' rate
// limits enforced here (Slack: one message a second per channel, 429 with Retry-After otherwise;
// Discord: 5 messages per 5 s per channel route and 50 requests a second for the bot, 429 with
// retry_after otherwise). Run with one instance, then two (leader and standby), each instance a
// process of its own. Reports each alerting quote's time to the outbox (p50/p99), the time for one
// alert to reach all 1,000 channels against the least the rate limits allow, and each instance's
// peak RSS and CPU seconds.
import { spawn, type ChildProcess } from "node:child_process";
import { HEAP_LIMIT_FLAG } from "../src/app/heap-limit.js";
import { createInterface } from "node:readline";
import pg from "pg";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../src/alerts/types.js";
import { openPostgresStore } from "../src/store/postgres-store.js";
import { FakeDiscord, type FakeAnswer } from "../tests/fakes/discord/fake-discord.js";
import { FakeSlackApi } from "../tests/fakes/slack/fake-web-api.js";

export interface LoadSize {
  tickers: number;
  channels: number;
  intervals: number;
  dropsPerInterval: number;
  tickersPerChannel: number;
}

// 100 alerting quotes an interval, 500 in all: with 100 (until Dec 6), the p99 was the maximum.
export const LOAD_SIZE: LoadSize = { tickers: 10_000, channels: 1_000, intervals: 5, dropsPerInterval: 100, tickersPerChannel: 50 };
const DISCORD_GLOBAL_PER_S = 50;
const DISCORD_ROUTE = { limit: 5, windowMs: 5_000 };
// One bucket hash for every channel's message route, as Discord sends it (the channel is the
// bucket's major parameter). A hash per channel made discord.js re-key its route handler at
// every answer: a new handler, its state lost, each time.
const MESSAGES_BUCKET = "channel-messages-bucket";
const SLACK_CHANNEL_INTERVAL_MS = 1_000;
const FAN_TICKER = "FANOUT";

const slackChannel = (i: number) => `CLOAD${String(i).padStart(4, "0")}`;
const discordChannel = (i: number) => String(1_300_000_000_000_000_000n + BigInt(i));
const tickerName = (i: number) => `T${String(i).padStart(5, "0")}`;

/** What a fake saw under the limits: how many requests it refused with a 429, the fan-out's channels it took, and (Discord) when each post and each refusal came. */
interface FakeTally {
  count: number;
  refusedAt?: number[];
  postsAt?: number[];
  /** The channels whose fan-out alert the fake took, counted as it takes them. */
  fanChannels: Set<string>;
}

/** Slack's one message a second per channel, as a 429 with Retry-After. */
function slackLimits(api: FakeSlackApi): FakeTally {
  const last = new Map<string, number>();
  const refused = { count: 0, fanChannels: new Set<string>() };
  api.script = (call) => {
    if (call.method !== "chat.postMessage") return undefined;
    const channel = call.params.channel ?? "";
    const now = Date.now();
    if (now - (last.get(channel) ?? -Infinity) < SLACK_CHANNEL_INTERVAL_MS) {
      refused.count++;
      return { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } };
    }
    last.set(channel, now);
    if (call.params.text?.includes(FAN_TICKER)) refused.fanChannels.add(channel);
    return undefined;
  };
  return refused;
}

/** Discord's per-route bucket (per channel) and the bot's global limit, with the headers discord.js reads. */
function discordLimits(fake: FakeDiscord): FakeTally {
  const routes = new Map<string, number[]>();
  const refused = { count: 0, postsAt: [] as number[], refusedAt: [] as number[], fanChannels: new Set<string>() };
  let globalWindow: number[] = [];
  // A post the bucket took is answered with the bucket's state, as Discord answers every request:
  // without it discord.js learns a channel's bucket only from a 429 (the quote phase drew 1,300).
  const taken = new WeakMap<object, { remaining: number; resetAfter: number }>();
  fake.answerHeaders((req) => {
    const state = taken.get(req);
    if (state === undefined) return undefined;
    return { "x-ratelimit-limit": String(DISCORD_ROUTE.limit), "x-ratelimit-remaining": String(state.remaining), "x-ratelimit-reset-after": String(state.resetAfter), "x-ratelimit-bucket": MESSAGES_BUCKET };
  });
  fake.script((req): FakeAnswer | undefined => {
    const now = Date.now();
    globalWindow = globalWindow.filter((t) => now - t < 1000);
    if (globalWindow.length >= DISCORD_GLOBAL_PER_S) {
      refused.count++;
      refused.refusedAt.push(now);
      return { status: 429, headers: { "x-ratelimit-global": "true", "retry-after": "1", "x-ratelimit-scope": "global" }, body: { message: "You are being rate limited.", retry_after: (1000 - (now - (globalWindow[0] as number))) / 1000, global: true } };
    }
    globalWindow.push(now);
    const m = /^\/channels\/(\d+)\/messages$/.exec(req.path);
    if (req.method !== "POST" || !m) return undefined;
    const sent = (routes.get(m[1] as string) ?? []).filter((t) => now - t < DISCORD_ROUTE.windowMs);
    if (sent.length >= DISCORD_ROUTE.limit) {
      refused.count++;
      refused.refusedAt.push(now);
      const after = (DISCORD_ROUTE.windowMs - (now - (sent[0] as number))) / 1000;
      return { status: 429, headers: { "x-ratelimit-limit": String(DISCORD_ROUTE.limit), "x-ratelimit-remaining": "0", "x-ratelimit-reset-after": String(after), "x-ratelimit-bucket": MESSAGES_BUCKET, "retry-after": String(Math.ceil(after)), "x-ratelimit-scope": "user" }, body: { message: "You are being rate limited.", retry_after: after, global: false } };
    }
    sent.push(now);
    routes.set(m[1] as string, sent);
    taken.set(req, { remaining: DISCORD_ROUTE.limit - sent.length, resetAfter: (DISCORD_ROUTE.windowMs - (now - (sent[0] as number))) / 1000 });
    refused.postsAt.push(now);
    if (JSON.stringify((req.body as { embeds?: unknown } | undefined)?.embeds ?? null).includes(FAN_TICKER)) refused.fanChannels.add(m[1] as string);
    return undefined;
  });
  return refused;
}

interface Child {
  process: ChildProcess;
  messages: Array<Record<string, unknown>>;
  waitFor(key: string): Promise<Record<string, unknown>>;
  say(line: string): void;
}

function startChild(args: string[]): Child {
  // Each instance runs with the heap limit npm start and the Docker image give capwatch.
  const proc = spawn(process.execPath, [HEAP_LIMIT_FLAG, process.argv[1] as string, "--child", "load", ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const messages: Array<Record<string, unknown>> = [];
  const waiting: Array<{ key: string; resolve: (m: Record<string, unknown>) => void }> = [];
  createInterface({ input: proc.stdout! }).on("line", (line) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    messages.push(message);
    for (const w of [...waiting]) {
      if (!(w.key in message)) continue;
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(message);
    }
  });
  const exited = new Promise<never>((_, reject) => proc.on("exit", (code) => reject(new Error(`load instance exited ${code}`))));
  return {
    process: proc,
    messages,
    waitFor: (key) => {
      const seen = messages.find((m) => key in m);
      if (seen) return Promise.resolve(seen);
      return Promise.race([new Promise<Record<string, unknown>>((resolve) => waiting.push({ key, resolve })), exited]);
    },
    say: (line) => proc.stdin!.write(`${line}\n`),
  };
}

async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (await check()) return;
  throw new Error(`load bench: timed out waiting for ${what}`);
}

/** One run with `instances` processes on a fresh schema: the figures. */
async function loadRun(url: string, instances: 1 | 2, size: LoadSize): Promise<Record<string, unknown>> {
  const progress = (what: string) => process.stderr.write(`bench load (${instances} instance${instances === 1 ? "" : "s"}): ${what}\n`);
  const schema = `capwatch_bench_load_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const slack = await new FakeSlackApi().start();
  const discord = await new FakeDiscord(["1200000000000000001"]).start();
  const slackTally = slackLimits(slack);
  const discordTally = discordLimits(discord);
  const children: Child[] = [];
  try {
    // 1,000 watchlists: each watches 50 of the 10,000 tickers and the fan-out ticker.
    const seed = await openPostgresStore(url, undefined, { schema, instance: "seed", log: () => undefined });
    for (let c = 0; c < size.channels; c++) {
      const tickers = [FAN_TICKER, ...Array.from({ length: size.tickersPerChannel }, (_, j) => tickerName((c * size.tickersPerChannel + j) % size.tickers))];
      const platform = c % 2 === 0 ? ("slack" as const) : ("discord" as const);
      const channel = platform === "slack" ? slackChannel(c) : discordChannel(c);
      await seed.saveWatchlist({ channel, platform, workspace: platform === "slack" ? "T1" : "1200000000000000001", tickers, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    }
    await seed.close();

    const common = ["--url", url, "--schema", schema, "--slack", slack.apiUrl, "--discord", discord.apiUrl, "--tickers", String(size.tickers), "--intervals", String(size.intervals), "--drops", String(size.dropsPerInterval)];
    const roles: Array<"leader" | "standby"> = instances === 2 ? ["leader", "standby"] : ["leader"];
    for (const role of roles) children.push(startChild([...common, "--role", role]));
    progress(`${size.channels} watchlists written; starting`);
    for (const child of children) await child.waitFor("ready");
    progress("ready; quotes");
    const leader = children[0] as Child;
    const pending = async () => Number((await admin.query<{ n: string }>(`select count(*) as n from ${schema}.outbox where status = 'pending'`)).rows[0]?.n);

    leader.say("quotes");
    const quotes = (await leader.waitFor("quotes")).quotes as Record<string, number>;
    progress(`quotes played (${JSON.stringify(quotes)}); delivering their alerts`);
    const drainStarted = Date.now();
    await until(async () => (await pending()) === 0, 300_000, "the quote alerts to be delivered");
    const quoteAlertsDrainS = (Date.now() - drainStarted) / 1000;

    progress("delivered; fan-out");
    const slackBefore = slack.posts().length;
    leader.say("fanout");
    const fanAt = Number((await leader.waitFor("fanout_at")).fanout_at);
    // Counted by the fakes as they take each post, not by scanning every channel's messages each
    // 25 ms: this process times each request against the limits, and the less else it does, the
    // truer those times.
    const fanReached = () => slackTally.fanChannels.size + discordTally.fanChannels.size;
    await until(() => fanReached() >= size.channels, 300_000, "the fan-out alert in every channel");
    const fanoutS = (Date.now() - fanAt) / 1000;
    // The Discord half's pace: when its first post came, and posts taken in each second from the alert.
    const fanPosts = (discordTally.postsAt ?? []).filter((t) => t >= fanAt).map((t) => t - fanAt);
    const perSecond = Array.from({ length: Math.ceil(fanoutS) }, (_, s) => fanPosts.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length);
    const recordedS = (Number((await leader.waitFor("fanout_recorded")).fanout_recorded) - fanAt) / 1000;
    // The least the limits allow: Discord's 50 requests a second for its half; Slack's per-channel
    // second never binds one message per channel. At least one second either way.
    const discordChannels = Math.floor(size.channels / 2);
    const minimumS = Math.max(1, discordChannels / DISCORD_GLOBAL_PER_S);

    for (const child of children) child.say("stop");
    const done = await Promise.all(children.map((c) => c.waitFor("done")));
    return {
      instances,
      quote_to_outbox_ms: { p50: quotes.p50_ms, p99: quotes.p99_ms, max: quotes.max_ms, alerting_quotes: quotes.alerting, quotes: quotes.quotes, outbox_rows: quotes.outbox_rows, quotes_wall_s: quotes.wall_s, slowest: (quotes as unknown as { slowest: unknown }).slowest },
      quote_alerts_delivered_after_s: Math.round(quoteAlertsDrainS * 100) / 100,
      fanout: { channels: size.channels, seconds: Math.round(fanoutS * 100) / 100, in_outbox_s: Math.round(recordedS * 1000) / 1000, rate_limit_minimum_s: minimumS, ratio: Math.round((fanoutS / minimumS) * 1000) / 1000, slack_post_calls: slack.posts().length - slackBefore, discord_first_post_s: fanPosts.length > 0 ? Math.min(...fanPosts) / 1000 : null, discord_posts_per_second: perSecond, discord_429s: (discordTally.refusedAt ?? []).filter((t) => t >= fanAt).length },
      refused_429s: { slack: slackTally.count, discord: discordTally.count },
      per_instance: done.map((d) => ({ role: d.done, peak_rss_mb: d.peak_rss_mb, peak_heap_mb: d.peak_heap_mb, peak_rss_mb_by_phase: d.peak_rss_mb_by_phase, cpu_s: d.cpu_s })),
    };
  } finally {
    for (const child of children) if (child.process.exitCode === null) child.process.kill("SIGKILL");
    await slack.close();
    await discord.close();
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.end();
  }
}

export async function measureLoad(scale = 1): Promise<Record<string, unknown>> {
  const size = { ...LOAD_SIZE, tickers: Math.round(LOAD_SIZE.tickers * scale), channels: Math.round(LOAD_SIZE.channels * scale) };
  const url = process.env.CAPWATCH_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("load bench: set TEST_DATABASE_URL (or CAPWATCH_BENCH_DATABASE_URL) to a PostgreSQL server; a fresh schema is made and dropped");
  return { size, one_instance: await loadRun(url, 1, size), two_instances: await loadRun(url, 2, size) };
}
