// One Store contract, run on every backend: SQLite (always) and PostgreSQL (when
// TEST_DATABASE_URL names a server; CI sets it). Callers never see which one they have.
import { decodeDay } from "../../src/alerts/quote-history.js";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Alert } from "../../src/alerts/types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { MEMORY_STORE, openSqliteStore } from "../../src/store/open-store.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";
import { replayThrough, writeReplayFile } from "../helpers/desk.js";

const PG_URL = process.env.TEST_DATABASE_URL;
const schemas: string[] = [];

async function freshPostgres(): Promise<Store> {
  const schema = `capwatch_test_${process.pid}_${schemas.length}_${Date.now()}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  schemas.push(schema);
  return openPostgresStore(PG_URL as string, () => new Date("2026-11-26T12:00:00Z"), { schema });
}

afterAll(async () => {
  if (!PG_URL || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`drop schema ${schema} cascade`);
  await client.end();
});

const backends: Array<[string, () => Promise<Store>]> = [["SQLite", () => openSqliteStore(MEMORY_STORE, () => new Date("2026-11-26T12:00:00Z"))]];
if (PG_URL) backends.push(["PostgreSQL", freshPostgres]);

const alert = (channel: string, level: number): Alert => ({
  channel,
  kind: "mcap_drop",
  ticker: "MSFT",
  ts: "2026-01-29T14:30:00.000Z",
  level,
  marketCap: 3.27e12,
  referenceMarketCap: 3.58e12,
  changeUsd: -3.09e11,
  changePct: -8.64,
});

describe.each(backends)("the Store on %s", (_name, open) => {
  it("GIVEN watchlists saved, one replaced THEN they load in declaration order with platform and workspace", async () => {
    const store = await open();
    const base = { thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
    await store.saveWatchlist({ channel: "#a", tickers: ["MSFT"], ...base });
    await store.saveWatchlist({ channel: "C1", platform: "slack", workspace: "T1", tickers: "*", ...base });
    await store.saveWatchlist({ channel: "#a", tickers: ["MSFT", "NVDA"], ...base });
    const { watchlists } = await store.loadEngineState();
    expect(watchlists.map((w) => [w.channel, w.platform, w.workspace, w.tickers])).toEqual([
      ["#a", "terminal", undefined, ["MSFT", "NVDA"]],
      ["C1", "slack", "T1", "*"],
    ]);
    await store.close();
  });

  it("GIVEN alerts recorded, one muted THEN history has both, the outbox only the posted one per platform, and dedupe keeps the latest level", async () => {
    const store = await open();
    await store.recordAlerts([
      { alert: alert("#a", 2), dedupe: { channel: "#a", key: "k", value: 2 } },
      { alert: alert("C1", 2), dedupe: { channel: "C1", key: "k", value: 2 }, platform: "slack" },
      { alert: alert("#m", 2), dedupe: { channel: "#m", key: "k", value: 2 }, muted: true },
    ]);
    await store.recordAlerts([{ alert: alert("#a", 3), dedupe: { channel: "#a", key: "k", value: 3 } }]);
    const now = new Date("2026-11-26T12:00:00Z");
    expect((await store.pendingOutbox(10, now)).map((e) => [e.channel, e.platform])).toEqual([
      ["#a", "terminal"],
      ["C1", "slack"],
      ["#a", "terminal"],
    ]);
    const slack = await store.pendingOutbox(10, now, "slack");
    expect(slack.map((e) => e.alert)).toEqual([alert("C1", 2)]);
    expect(slack[0]!.createdAt).toEqual(now); // the store's clock: delivery latency starts here
    expect(await store.pendingCount()).toBe(3);
    await store.markDelivered([slack[0]!.id], now);
    expect(await store.pendingCount()).toBe(2);
    expect(await store.pendingOutbox(10, now, "slack")).toEqual([]);
    expect((await store.recentAlerts("#m", 5)).map((a) => a.muted)).toEqual([true]);
    const { dedupe } = await store.loadEngineState();
    expect(dedupe.filter((d) => d.channel === "#a")).toEqual([{ channel: "#a", key: "k", value: 3 }]);
    await store.close();
  });

  it("GIVEN 600 companies saved in one burst, one ticker twice, and 600 tickers' closes THEN every row is saved, the later company wins", async () => {
    const store = await open();
    const tickers = Array.from({ length: 600 }, (_, i) => `C${i}`);
    await Promise.all([
      ...tickers.map((ticker, i) => store.saveCompany({ ticker, name: `Company ${i}`, sharesOutstanding: 1e9 + i })),
      store.saveCompany({ ticker: "C7", name: "Renamed", fiscalYearEnd: "06-30" }),
    ]);
    await store.saveMarketState(tickers.map((ticker, i) => ({ ticker, lastRegular: { price: 10 + i, day: "2026-01-28" } })));
    await store.saveMarketState([{ ticker: "C1", lastRegular: { price: 99, day: "2026-01-29" }, prevDayRegular: { price: 11, day: "2026-01-28" } }]);
    const { companies, marketState } = await store.loadEngineState();
    expect(companies).toHaveLength(600);
    expect(companies.find((c) => c.ticker === "C7")).toMatchObject({ name: "Renamed", fiscalYearEnd: "06-30" });
    expect(companies.find((c) => c.ticker === "C599")).toMatchObject({ name: "Company 599", sharesOutstanding: 1e9 + 599 });
    expect(marketState).toHaveLength(600);
    expect(marketState.find((m) => m.ticker === "C1")).toMatchObject({ lastRegular: { price: 99, day: "2026-01-29" }, prevDayRegular: { price: 11, day: "2026-01-28" } });
    expect(marketState.find((m) => m.ticker === "C599")?.lastRegular).toEqual({ price: 609, day: "2026-01-28" });
    await store.close();
  });

  it("GIVEN companies saved with and without how they name their fiscal years (and the currency they report in), one saved again THEN each loads with its own, the later save winning", async () => {
    const store = await open();
    await store.saveCompany({ ticker: "TGT", name: "Target", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" });
    await store.saveCompany({ ticker: "WMT", name: "Walmart", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" });
    await store.saveCompany({ ticker: "WMT", name: "Walmart", fiscalYearEnd: "01-31", fiscalYearNamedBy: "end" });
    await store.saveCompany({ ticker: "MSFT", name: "Microsoft", fiscalYearEnd: "06-30" });
    await store.saveCompany({ ticker: "SU", name: "Suncor Energy", currency: "CAD" });
    const { companies } = await store.loadEngineState();
    expect(companies.map((c) => [c.ticker, c.fiscalYearEnd, c.fiscalYearNamedBy, c.currency])).toEqual([
      ["MSFT", "06-30", undefined, undefined],
      ["SU", undefined, undefined, "CAD"],
      ["TGT", "01-31", "start", undefined],
      ["WMT", "01-31", "end", undefined],
    ]);
    await store.close();
  });

  it("GIVEN quote history for 300 tickers, one day written twice (a restart mid-day) THEN the later buckets are appended (the later pair wins when read), and a range reads back in day order", async () => {
    const store = await open();
    await store.saveQuoteDays(Array.from({ length: 300 }, (_, i) => ({ ticker: `T${i}`, day: "2026-01-28", prices: `114:${10 + i}` })));
    await store.saveQuoteDays([{ ticker: "MSFT", day: "2026-01-29", prices: "114:440;115:441" }]);
    await store.saveQuoteDays([
      { ticker: "MSFT", day: "2026-01-29", prices: "115:439;200:430" },
      { ticker: "MSFT", day: "2026-01-28", prices: "191:481" },
    ]);
    expect(await store.quoteDays("MSFT", "2026-01-01", "2026-01-31")).toEqual([
      { ticker: "MSFT", day: "2026-01-28", prices: "191:481" },
      { ticker: "MSFT", day: "2026-01-29", prices: "114:440;115:441;115:439;200:430" },
    ]);
    const day = decodeDay((await store.quoteDays("MSFT", "2026-01-29", "2026-01-29"))[0]!.prices);
    expect([day[114], day[115], day[200]]).toEqual([440, 439, 430]);
    expect(await store.quoteDays("MSFT", "2026-01-29", "2026-01-29")).toHaveLength(1);
    expect(await store.quoteDays("T299", "2026-01-28", "2026-01-28")).toEqual([{ ticker: "T299", day: "2026-01-28", prices: "114:309" }]);
    await store.close();
  });

  it("GIVEN a failed delivery THEN the entry waits until its retry time, with its attempts counted", async () => {
    const store = await open();
    await store.recordAlerts([{ alert: alert("#a", 1), dedupe: { channel: "#a", key: "k", value: 1 } }]);
    const [entry] = await store.pendingOutbox(10, new Date("2026-11-26T12:00:00Z"));
    await store.markDeliveryFailed(entry!.id, "down", new Date("2026-11-26T12:00:02Z"));
    expect(await store.pendingOutbox(10, new Date("2026-11-26T12:00:01Z"))).toEqual([]);
    expect(await store.pendingOutbox(10, new Date("2026-11-26T12:00:02Z"))).toEqual([expect.objectContaining({ attempts: 1 })]);
    await store.close();
  });

  it("GIVEN a mute and a consensus with their audit entries THEN both commit with their entries; channel states and installations round-trip", async () => {
    const store = await open();
    const audit = (action: string) => ({ at: "2026-11-26T12:00:00.000Z", channel: "#a", userId: "U1", action, details: { ticker: "MSFT" } });
    await store.saveMute({ channel: "#a", ticker: "MSFT", until: "2026-01-30T00:00:00.000Z" }, audit("mute"));
    await store.saveConsensus({ ticker: "MSFT", period: "FY2026", value: 97.7e9, source: "S&P", ts: "2026-01-20T12:00:00.000Z" }, audit("consensus set"));
    expect((await store.recentAudit("#a", 5)).map((e) => e.action)).toEqual(["consensus set", "mute"]);
    expect((await store.loadEngineState()).mutes).toEqual([{ channel: "#a", ticker: "MSFT", until: "2026-01-30T00:00:00.000Z" }]);
    expect(await store.consensusFor("MSFT")).toEqual([{ ticker: "MSFT", period: "FY2026", value: 97.7e9, source: "S&P", ts: "2026-01-20T12:00:00.000Z" }]);
    await store.setChannelStatus({ platform: "slack", channel: "C1", state: "paused", reason: "not_in_channel" });
    expect(await store.channelStatuses("slack")).toEqual([expect.objectContaining({ channel: "C1", state: "paused", reason: "not_in_channel" })]);
    await store.saveInstallation("slack", "T1", { bot: { token: "xoxb-1" } });
    expect(await store.getInstallation("slack", "T1")).toEqual({ bot: { token: "xoxb-1" } });
    await store.deleteInstallation("slack", "T1");
    expect(await store.getInstallation("slack", "T1")).toBeUndefined();
    await store.close();
  });

  it("GIVEN Microsoft's Jan 29 replayed into the store in two runs THEN the second run re-posts nothing and escalates to the low", async () => {
    const MSFT = { type: "company", ticker: "MSFT", sharesOutstanding: 7_433_000_000 };
    const quote = (ts: string, price: number) => ({ type: "quote", ts, ticker: "MSFT", price });
    const store = await open();
    expect((await replayThrough(writeReplayFile([MSFT, quote("2026-01-28T21:00:00Z", 481.63), quote("2026-01-29T14:30:00Z", 440)]), { store })).alerts.map((a) => a.level)).toEqual([2]);
    const second = await replayThrough(writeReplayFile([quote("2026-01-29T14:31:00Z", 439), quote("2026-01-29T18:00:00Z", 421.02)]), { store });
    expect(second.alerts.map((a) => a.level)).toEqual([3]);
    await store.close();
  });

  it("GIVEN guidance with and without provenance THEN each statement loads with its voice, speaker, document kind, title, segment and per, in order", async () => {
    const store = await open();
    const base = { ticker: "AMZN", period: "FY2026", low: 200e9, high: 200e9, currency: "USD", ts: "2026-02-05T21:05:00.000Z" };
    await store.appendGuidance([
      { ...base, sentence: "old row" },
      { ...base, sentence: "We expect about $200 billion.", voice: "company", speakerName: "Andy Jassy", speakerRole: "President and CEO", documentKind: "transcript", title: "Q4 2025 call", url: "https://example.com/c" },
      { ...base, period: "FY2026-FY2030", low: 9e9, high: 11e9, voice: "press", documentKind: "news", segment: "AWS", per: "year" },
    ]);
    const loaded = await store.guidanceFor("AMZN");
    expect(loaded).toEqual([
      { ...base, sentence: "old row" },
      { ...base, sentence: "We expect about $200 billion.", voice: "company", speakerName: "Andy Jassy", speakerRole: "President and CEO", documentKind: "transcript", title: "Q4 2025 call", url: "https://example.com/c" },
      { ...base, period: "FY2026-FY2030", low: 9e9, high: 11e9, voice: "press", documentKind: "news", segment: "AWS", per: "year" },
    ]);
    expect(Object.keys(loaded[0] as object)).not.toContain("voice");
    expect((await store.loadEngineState()).guidance.map((g) => g.segment ?? null)).toEqual([null, null, "AWS"]);
    await store.close();
  });

  it("GIVEN pushed documents' keys claimed THEN only unseen keys come back, a repeat is a duplicate, a released key can be claimed again", async () => {
    const store = await open();
    const a = { key: "AMZN|url|https://example.com/call", ticker: "AMZN", url: "https://example.com/call" };
    const b = { key: "AMZN|text|ab12", ticker: "AMZN" };
    expect([...(await store.claimDocuments([a, b, a]))].sort()).toEqual([b.key, a.key].sort());
    expect([...(await store.claimDocuments([a, b]))]).toEqual([]);
    await store.releaseDocuments([b.key]);
    expect([...(await store.claimDocuments([a, b]))]).toEqual([b.key]);
    expect([...(await store.claimDocuments([]))]).toEqual([]);
    await store.close();
  });

  it("GIVEN feeds added and removed per ticker THEN each change is audited once, a repeat changes nothing, and the list is by ticker", async () => {
    const store = await open();
    const audit = (action: string) => ({ at: "2026-11-26T12:00:00Z", channel: "#a", userId: "U1", action, details: {} });
    const ir = { ticker: "AMZN", url: "https://ir.aboutamazon.com/rss/news-releases.xml", addedBy: "U1", addedAt: "2026-11-26T12:00:00Z" };
    expect(await store.addNewsFeed(ir, audit("feeds add"))).toBe(true);
    expect(await store.addNewsFeed(ir, audit("feeds add"))).toBe(false);
    expect(await store.addNewsFeed({ ticker: "META", url: "https://investor.atmeta.com/rss", addedAt: "2026-11-26T12:00:00Z" }, audit("feeds add"))).toBe(true);
    expect((await store.newsFeeds()).map((f) => f.ticker)).toEqual(["AMZN", "META"]);
    expect(await store.newsFeeds("AMZN")).toEqual([ir]);
    expect(await store.removeNewsFeed("AMZN", ir.url, audit("feeds remove"))).toBe(true);
    expect(await store.removeNewsFeed("AMZN", ir.url, audit("feeds remove"))).toBe(false);
    expect(await store.newsFeeds("AMZN")).toEqual([]);
    expect((await store.recentAudit("#a", 10)).map((e) => e.action).sort()).toEqual(["feeds add", "feeds add", "feeds remove"]);
    await store.close();
  });

  it("GIVEN an alert acknowledged twice THEN the first click is kept and read back; another channel or an unknown id finds nothing", async () => {
    const store = await open();
    await store.recordAlerts([{ alert: alert("C1", 2), dedupe: { channel: "C1", key: "k", value: 2 }, platform: "slack" }]);
    const [stored] = await store.recentAlerts("C1", 1);
    const click = { alertId: stored!.id, channel: "C1", userId: "U1", userName: "ana", at: "2026-01-29T15:42:00.000Z" };
    expect(await store.acknowledgeAlert(click)).toEqual({ outcome: "first", alert: alert("C1", 2), userId: "U1", userName: "ana", at: click.at });
    const second = await store.acknowledgeAlert({ ...click, userId: "U2", userName: "bo", at: "2026-01-29T15:50:00.000Z" });
    expect(second).toMatchObject({ outcome: "already", userId: "U1", userName: "ana", at: click.at });
    expect(await store.acknowledgeAlert({ ...click, channel: "C2" })).toEqual({ outcome: "unknown" });
    expect(await store.acknowledgeAlert({ ...click, alertId: stored!.id + 1000 })).toEqual({ outcome: "unknown" });
    await store.close();
  });
});

describe("PostgreSQL", () => {
  it.skipIf(!PG_URL)("GIVEN a URL that does not answer THEN a clear error names the store, without the password", async () => {
    await expect(openPostgresStore("postgres://capwatch:secret@127.0.0.1:1/none")).rejects.toThrow(/^cannot connect to the PostgreSQL store at postgres:\/\/capwatch:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});
