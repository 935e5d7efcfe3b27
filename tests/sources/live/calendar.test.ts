import { afterEach, describe, expect, it } from "vitest";
import { parseNasdaqMoney } from "../../../src/sources/live/nasdaq/nasdaq-client.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

describe("earnings calendar", () => {
  it("GIVEN Finnhub's unsorted NVDA rows THEN earnings_scheduled events in date order with fiscal periods and estimates", async () => {
    server = await startFakeServer({ "/finnhub/calendar/earnings": { body: fixture("finnhub/calendar_earnings_NVDA_captured_2026-07-30.json") } });
    h = await liveHarness(server.url, "2026-07-30T12:00:00Z", { finnhubApiKey: "k" });
    const status = await h.poller.calendar(["NVDA"]);
    expect(status).toMatchObject({ provider: "finnhub-calendar", ok: true });
    expect(h.events.map((e) => [e.type, (e as { date?: string }).date, (e as { period?: string }).period])).toEqual([
      ["earnings_scheduled", "2026-08-26", "Q2-2027"],
      ["earnings_scheduled", "2026-11-17", "Q3-2027"],
    ]);
    expect(h.events[0]).toMatchObject({ time: "amc", epsEstimate: 2.1274, revenueEstimate: 93_606_383_310 });
  });

  it("GIVEN Finnhub's reported AAPL row THEN an earnings_result event and alert, stamped at the report so a re-poll does not re-post", async () => {
    server = await startFakeServer({ "/finnhub/calendar/earnings": { body: fixture("finnhub/calendar_earnings_AAPL_reported.json") } });
    h = await liveHarness(server.url, "2026-01-30T12:00:00Z", { finnhubApiKey: "k" });
    await h.poller.calendar(["AAPL"]);
    h.clock.now += 3_600_000;
    await h.poller.calendar(["AAPL"]);
    await h.engine.flush();
    expect(h.events[0]).toMatchObject({ type: "earnings_result", ticker: "AAPL", period: "Q1-2026", epsActual: 2.84, revenueActual: 143_756_000_000 });
    expect(new Date(h.events[0]!.ts!).toISOString()).toBe("2026-01-29T21:05:00.000Z");
    expect(h.alerts.map((a) => a.kind)).toEqual(["earnings_result"]);
  });

  it("GIVEN no Finnhub key THEN Nasdaq's calendar is read day by day, times and parenthesised negatives parsed", async () => {
    server = await startFakeServer({
      "/api/calendar/earnings": (req) => (req.url?.includes("date=2024-07-03") ? { body: fixture("nasdaq/api_calendar_earnings_2024-07-03_first3rows.json") } : { body: '{"data":{"rows":null},"message":null,"status":{"rCode":200}}' }),
    });
    h = await liveHarness(server.url, "2024-07-02T12:00:00Z");
    const status = await h.poller.calendar(["STZ", "SPWR"]);
    expect(status).toMatchObject({ provider: "nasdaq", ok: true });
    expect(h.events).toEqual([
      { type: "earnings_scheduled", ts: h.clock.now, ticker: "STZ", date: "2024-07-03", time: "bmo", epsEstimate: 3.46 },
      { type: "earnings_scheduled", ts: h.clock.now, ticker: "SPWR", date: "2024-07-03", time: "unknown", epsEstimate: -0.29 },
    ]);
    expect(server.requests[0]!.headers.origin).toBe("https://www.nasdaq.com");
    expect([parseNasdaqMoney("$1,234.50"), parseNasdaqMoney("N/A"), parseNasdaqMoney("")]).toEqual([1234.5, undefined, undefined]);
  });
});
