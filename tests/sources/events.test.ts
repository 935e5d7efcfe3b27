import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastQuote, parseEvent, quoteEvent } from "../../src/sources/events.js";

describe("parseEvent", () => {
  it("GIVEN a line with several faults THEN the reason names each field", () => {
    const r = parseEvent({ type: "earnings_scheduled", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", date: "2026-02-30", time: "noon" });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/date must be a real date as YYYY-MM-DD; time /) });
  });

  it("GIVEN a missing field THEN it says it is required", () => {
    expect(parseEvent({ type: "capex_actual", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", value: 1 })).toEqual({ ok: false, reason: "period is required" });
  });

  it("GIVEN a company line saying how it names its fiscal years THEN \"start\" and \"end\" are taken, anything else names the field", () => {
    expect(parseEvent({ type: "company", ticker: "TGT", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" })).toEqual({
      ok: true,
      event: { type: "company", ticker: "TGT", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" },
    });
    expect(parseEvent({ type: "company", ticker: "WMT", fiscalYearNamedBy: "end" }).ok).toBe(true);
    expect(parseEvent({ type: "company", ticker: "TGT", fiscalYearNamedBy: "begin" })).toEqual({ ok: false, reason: expect.stringMatching(/^fiscalYearNamedBy .*"start".*"end"/) });
    expect(parseEvent({ type: "company", ticker: "SU", currency: "CAD" }).ok).toBe(true);
    expect(parseEvent({ type: "company", ticker: "SU", currency: "C$" })).toEqual({ ok: false, reason: expect.stringMatching(/^currency .*ISO 4217/) });
  });

  it("GIVEN negative EPS THEN it is accepted; a zero revenue is not", () => {
    expect(parseEvent({ type: "earnings_result", ts: "2026-01-16T12:00:00Z", ticker: "INTC", epsActual: -0.12 }).ok).toBe(true);
    expect(parseEvent({ type: "earnings_result", ts: "2026-01-16T12:00:00Z", ticker: "INTC", revenueActual: 0 }).ok).toBe(false);
  });
});

describe("the quote fast path agrees with the zod schema", () => {
  const anyValue = fc.oneof(fc.constant(undefined), fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.boolean());
  const quoteLike = fc.record(
    {
      type: fc.constant("quote"),
      ts: fc.oneof(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom("2026-02-30T14:30:00Z", "2026-01-29T14:30:00", "2026-01-29T09:30:00-05:00"), anyValue),
      ticker: fc.oneof(fc.constantFrom("MSFT", "BRK.B", "RDS-A", "msft", "", "TOOLONGTICKER", "1A"), fc.string({ maxLength: 12 }), anyValue),
      price: fc.oneof(fc.double({ min: -10, max: 1e6 }), fc.constantFrom(0, Infinity, NaN, -0), anyValue),
      prevClose: fc.oneof(fc.double({ min: -10, max: 1e6 }), anyValue),
      session: fc.oneof(fc.constantFrom("regular", "pre", "post", "PRE", "night"), anyValue),
      extra: anyValue,
    },
    { requiredKeys: ["type"] },
  );

  it("GIVEN an ordinary quote line THEN the fast path takes it", () => {
    expect(fastQuote({ type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: 440, prevClose: 481.63 })).toEqual({
      type: "quote",
      ts: Date.parse("2026-01-29T14:30:00Z"),
      ticker: "MSFT",
      price: 440,
      prevClose: 481.63,
      session: "regular",
    });
  });

  it("GIVEN 20,000 quote-like lines THEN whatever the fast path accepts, zod accepts with the same event", () => {
    fc.assert(
      fc.property(quoteLike, (line) => {
        const fast = fastQuote(line as Record<string, unknown>);
        const slow = quoteEvent.safeParse(line);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("parseEvent on hostile or odd lines", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("GIVEN type %j (an inherited key) THEN it is an unknown type, not a crash", (type) => {
    const r = parseEvent({ type, ts: "2026-01-16T12:00:00Z" });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(new RegExp(`^unknown type "${type}"; expected one of company, `)) });
  });

  it("GIVEN a field of the wrong type THEN it says which type it must be, not that it is required", () => {
    const r = parseEvent({ type: "capex_actual", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", value: "1e9", period: "FY2025" });
    expect(r).toEqual({ ok: false, reason: "value must be a number (got string)" });
  });

  it("GIVEN a nested field of the wrong type THEN the path and the type are named", () => {
    const r = parseEvent({ type: "watchlist", channel: "#m", tickers: ["MSFT"], thresholds: { mcapDropPct: "5" } });
    expect(r).toEqual({ ok: false, reason: expect.stringContaining("thresholds.mcapDropPct must be a number (got string)") });
  });
});

describe("amounts on replay lines", () => {
  it("GIVEN a consensus or a capex actual over a quadrillion THEN the line is refused with the bound", () => {
    expect(parseEvent({ type: "consensus", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", metric: "capex", period: "FY2026", value: 1e32 })).toEqual({ ok: false, reason: "value must be at most 1e15 (a quadrillion in the currency's unit)" });
    expect(parseEvent({ type: "capex_actual", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", period: "FY2025", value: 1e16 })).toMatchObject({ ok: false });
    expect(parseEvent({ type: "capex_actual", ts: "2026-01-16T12:00:00Z", ticker: "MSFT", period: "FY2025", value: 64.6e9 })).toMatchObject({ ok: true });
  });
});
