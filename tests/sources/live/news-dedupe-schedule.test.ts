import { describe, expect, it } from "vitest";
import { NewsDeduper, normalizeHeadline, normalizeUrl } from "../../../src/sources/live/news/news-dedupe.js";
import { newsDocument } from "../../../src/sources/live/news/news-poller.js";
import { feedDateMs, readRssFeed } from "../../../src/sources/live/news/rss-feed.js";
import { inEarningsWindow, newsIntervalMs, newsTickersDue, quoteCallsLeftForNews } from "../../../src/sources/live/news/news-schedule.js";
import type { NewsItem } from "../../../src/sources/live/news/news-types.js";

const at = (iso: string) => Date.parse(iso);
const item = (over: Partial<NewsItem>): NewsItem => ({ ticker: "AMZN", headline: "Amazon shares slide as spending plans jump", summary: "", publishedMs: at("2026-02-05T21:40:00Z"), ...over });

describe("news dedupe", () => {
  it("GIVEN the same GUID, or the same URL spelled with tracking parameters, THEN one story", () => {
    const d = new NewsDeduper();
    expect(d.admit(item({ id: "g1", url: "https://finance.yahoo.com/news/a.html?.tsrc=rss" }))).toBe(true);
    expect(d.admit(item({ id: "g1", headline: "Another headline" }))).toBe(false);
    expect(d.admit(item({ id: "g2", headline: "Yet another", url: "https://finance.yahoo.com/news/a.html#comments" }))).toBe(false);
    expect(normalizeUrl("https://WWW.Reuters.com/x/?utm_source=feed")).toBe("https://www.reuters.com/x");
  });

  it("GIVEN the same headline from another outlet within 24 h THEN one story; a day later, or for another ticker, a new one", () => {
    const d = new NewsDeduper();
    expect(d.admit(item({ id: "reuters-1" }))).toBe(true);
    expect(d.admit(item({ id: "mw-1", headline: "Amazon Shares Slide As Spending Plans Jump!", publishedMs: at("2026-02-06T08:00:00Z") }))).toBe(false);
    expect(d.admit(item({ id: "later", publishedMs: at("2026-02-06T22:00:00Z") }))).toBe(true);
    expect(d.admit(item({ id: "reuters-1", ticker: "MSFT" }))).toBe(true);
    expect(normalizeHeadline("Amazon’s  Capex: $200 Billion… in 2026!")).toBe("amazon s capex $200 billion in 2026");
    expect(normalizeHeadline("Capex of $1.5 billion.")).toBe("capex of $1.5 billion");
  });

  it("GIVEN more keys than the bound THEN the oldest are forgotten and memory stays bounded", () => {
    const d = new NewsDeduper(10);
    for (let i = 0; i < 50; i += 1) d.admit(item({ id: `g${i}`, headline: `Story ${i}`, publishedMs: at("2026-02-05T00:00:00Z") + i * 60_000 }));
    expect(d.size("AMZN")).toBe(10);
    expect(d.admit(item({ id: "g49", headline: "Story 49 again" }))).toBe(false);
    expect(d.admit(item({ id: "g0", headline: "Story 0 again" }))).toBe(true);
  });

  it("GIVEN an item THEN a news document: title the headline, text headline + '. ' + summary (markup dropped), ts the published time", () => {
    expect(newsDocument(item({ summary: "Amazon <b>said</b> it expects capex of about $200 billion in 2026.", url: "https://x.test/a" }))).toEqual({
      type: "document",
      kind: "news",
      ticker: "AMZN",
      ts: at("2026-02-05T21:40:00Z"),
      title: "Amazon shares slide as spending plans jump",
      text: "Amazon shares slide as spending plans jump. Amazon said it expects capex of about $200 billion in 2026.",
      url: "https://x.test/a",
    });
    expect(newsDocument(item({})).text).toBe("Amazon shares slide as spending plans jump");
  });
});

describe("feed dates and shapes", () => {
  it("GIVEN an empty channel or an empty item THEN no items, and the empty item is skipped with a reason", () => {
    expect(readRssFeed("yahoo-rss", "u", '<rss version="2.0"><channel></channel></rss>', "AMZN")).toEqual({ items: [], skipped: [] });
    expect(readRssFeed("yahoo-rss", "u", '<rss version="2.0"><channel><item></item></channel></rss>', "AMZN")).toEqual({ items: [], skipped: ["yahoo-rss: AMZN item 1 has no title; skipped"] });
  });

  it("GIVEN RFC 822 or ISO-8601 dates with a zone THEN their instant; a date with no zone or no date is not guessed", () => {
    const t = at("2026-02-05T21:40:00Z");
    expect(["Thu, 05 Feb 2026 21:40:00 +0000", "Thu, 05 Feb 2026 16:40:00 EST", "5 Feb 2026 21:40 GMT", "2026-02-05T16:40:00-05:00"].map(feedDateMs)).toEqual([t, t, t, t]);
    expect(["Thu, 05 Feb 2026 21:40:00", "2026-02-05 21:40", "yesterday", ""].map(feedDateMs).every(Number.isNaN)).toBe(true);
  });
});

describe("news schedule (US/Eastern)", () => {
  const amc = { ticker: "AMZN", date: "2026-02-05", time: "amc" as const };

  it("GIVEN in and around sessions THEN every 5 minutes; nights, weekends and holidays every 30", () => {
    expect(newsIntervalMs(at("2026-02-05T09:00:00Z"), undefined)).toBe(5 * 60_000); // 04:00 EST, pre-market
    expect(newsIntervalMs(at("2026-02-05T15:00:00Z"), undefined)).toBe(5 * 60_000);
    expect(newsIntervalMs(at("2026-02-06T00:59:00Z"), undefined)).toBe(5 * 60_000); // 19:59, after hours
    expect(newsIntervalMs(at("2026-02-06T01:00:00Z"), undefined)).toBe(30 * 60_000); // 20:00
    expect(newsIntervalMs(at("2026-02-07T15:00:00Z"), undefined)).toBe(30 * 60_000); // Saturday
    expect(newsIntervalMs(at("2026-01-19T15:00:00Z"), undefined)).toBe(30 * 60_000); // Martin Luther King Jr. Day
  });

  it("GIVEN a report after the close THEN every minute from 16:00 to 19:00 ET that day; before the open, 07:00 to 10:00; unknown, both", () => {
    expect(inEarningsWindow(at("2026-02-05T20:59:00Z"), amc)).toBe(false); // 15:59
    expect(newsIntervalMs(at("2026-02-05T21:00:00Z"), amc)).toBe(60_000); // 16:00
    expect(newsIntervalMs(at("2026-02-05T23:59:00Z"), amc)).toBe(60_000); // 18:59
    expect(newsIntervalMs(at("2026-02-06T00:00:00Z"), amc)).toBe(5 * 60_000); // 19:00
    const bmo = { ...amc, time: "bmo" as const };
    expect(inEarningsWindow(at("2026-02-05T12:00:00Z"), bmo)).toBe(true); // 07:00
    expect(inEarningsWindow(at("2026-02-05T15:00:00Z"), bmo)).toBe(false); // 10:00
    const unknown = { ...amc, time: "unknown" as const };
    expect([at("2026-02-05T13:00:00Z"), at("2026-02-05T22:00:00Z"), at("2026-02-05T17:00:00Z")].map((t) => inEarningsWindow(t, unknown))).toEqual([true, true, false]);
    // summer time: 16:00 EDT is 20:00 UTC
    expect(inEarningsWindow(at("2026-07-30T20:00:00Z"), { ...amc, date: "2026-07-30" })).toBe(true);
  });

  it("GIVEN tickers polled at different times THEN only the due ones, the reporting ticker every minute", () => {
    const now = at("2026-02-05T21:30:00Z"); // 16:30 ET, Amazon reported at 16:00
    const last: Record<string, number> = { AMZN: now - 60_000, MSFT: now - 60_000, META: now - 5 * 60_000 };
    const due = newsTickersDue(["AMZN", "META", "MSFT", "NVDA"], now, (t) => last[t], (t) => (t === "AMZN" ? amc : undefined));
    expect(due).toEqual(["AMZN", "META", "NVDA"]);
  });

  it("GIVEN a Finnhub key THEN news every 5 minutes takes tickers / 5 calls a minute out of the quotes' 54; Yahoo quotes are unaffected", () => {
    expect(quoteCallsLeftForNews(54, 120, true)).toBe(30);
    expect(quoteCallsLeftForNews(54, 10, true)).toBe(52);
    expect(quoteCallsLeftForNews(54, 1000, true)).toBe(1);
    expect(quoteCallsLeftForNews(undefined, 120, false)).toBeUndefined();
  });
});
