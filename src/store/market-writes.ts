// Market facts the engine records: companies, earnings results and schedules, capex actuals,
// guidance statements and each ticker's closes. Upserts in portable SQL, one row per key; the
// per-ticker ones (companies, closes) in bounded multi-row statements.
import type { Kysely } from "kysely";
import { boundedChunks } from "./bounded-chunks.js";
import { guidanceToRow } from "./lookup-queries.js";
import type { Database } from "./schema.js";
import type { CapexActualRecord, CompanyRecord, EarningsResultRecord, EarningsScheduleRecord, GuidanceRecord, MarketStateRecord } from "./store.js";

/** Companies upserted in bounded multi-row statements, one transaction (one row per ticker: the last wins). */
export async function saveCompanies(db: Kysely<Database>, companies: readonly CompanyRecord[]): Promise<void> {
  const rows = [...new Map(companies.map((c) => [c.ticker, c])).values()].map((company) => ({
    ticker: company.ticker,
    name: company.name ?? null,
    cik: company.cik ?? null,
    fiscal_year_end: company.fiscalYearEnd ?? null,
    fiscal_year_named_by: company.fiscalYearNamedBy ?? null,
    currency: company.currency ?? null,
    shares_outstanding: company.sharesOutstanding ?? null,
  }));
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const chunk of boundedChunks(rows)) {
      await trx
        .insertInto("companies")
        .values(chunk)
        .onConflict((oc) =>
          oc.column("ticker").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            cik: eb.ref("excluded.cik"),
            fiscal_year_end: eb.ref("excluded.fiscal_year_end"),
            fiscal_year_named_by: eb.ref("excluded.fiscal_year_named_by"),
            currency: eb.ref("excluded.currency"),
            shares_outstanding: eb.ref("excluded.shares_outstanding"),
          })),
        )
        .execute();
    }
  });
}

export async function saveEarningsResult(db: Kysely<Database>, result: EarningsResultRecord): Promise<void> {
  const row = {
    ticker: result.ticker,
    ts: result.ts,
    period: result.period ?? null,
    eps_actual: result.epsActual ?? null,
    eps_estimate: result.epsEstimate ?? null,
    revenue_actual: result.revenueActual ?? null,
    revenue_estimate: result.revenueEstimate ?? null,
  };
  await db
    .insertInto("earnings_results")
    .values(row)
    .onConflict((oc) => oc.columns(["ticker", "ts"]).doUpdateSet(row))
    .execute();
}

export async function saveCapexActual(db: Kysely<Database>, actual: CapexActualRecord): Promise<void> {
  await db
    .insertInto("capex_actuals")
    .values(actual)
    .onConflict((oc) => oc.columns(["ticker", "period"]).doUpdateSet({ value: actual.value, ts: actual.ts }))
    .execute();
}

export async function appendGuidance(db: Kysely<Database>, statements: GuidanceRecord[]): Promise<void> {
  if (statements.length === 0) return;
  await db
    .insertInto("guidance_history")
    .values(statements.map(guidanceToRow))
    .execute();
}

export async function saveEarningsSchedule(db: Kysely<Database>, entry: EarningsScheduleRecord): Promise<void> {
  const row = {
    ticker: entry.ticker,
    date: entry.date,
    time: entry.time,
    period: entry.period ?? null,
    eps_estimate: entry.epsEstimate ?? null,
    revenue_estimate: entry.revenueEstimate ?? null,
    ts: entry.ts,
  };
  await db
    .insertInto("earnings_schedule")
    .values(row)
    .onConflict((oc) => oc.column("ticker").doUpdateSet(row))
    .execute();
}

/** Each ticker's closes, upserted in bounded multi-row statements in one transaction. */
export async function saveMarketState(db: Kysely<Database>, states: MarketStateRecord[]): Promise<void> {
  if (states.length === 0) return;
  const rows = [...new Map(states.map((s) => [s.ticker, s])).values()].map((s) => ({
    ticker: s.ticker,
    last_price: s.lastRegular?.price ?? null,
    last_day: s.lastRegular?.day ?? null,
    prev_price: s.prevDayRegular?.price ?? null,
    prev_day: s.prevDayRegular?.day ?? null,
    quote_price: s.lastQuote?.price ?? null,
    quote_ts: s.lastQuote?.ts ?? null,
    quote_session: s.lastQuote?.session ?? null,
    quote_prev_close: s.lastQuote?.prevClose ?? null,
    closes: s.closes === undefined || s.closes.length === 0 ? null : JSON.stringify(s.closes),
  }));
  await db.transaction().execute(async (trx) => {
    for (const chunk of boundedChunks(rows)) {
      await trx
        .insertInto("market_state")
        .values(chunk)
        .onConflict((oc) =>
          oc.column("ticker").doUpdateSet((eb) => ({
            last_price: eb.ref("excluded.last_price"),
            last_day: eb.ref("excluded.last_day"),
            prev_price: eb.ref("excluded.prev_price"),
            prev_day: eb.ref("excluded.prev_day"),
            quote_price: eb.ref("excluded.quote_price"),
            quote_ts: eb.ref("excluded.quote_ts"),
            quote_session: eb.ref("excluded.quote_session"),
            quote_prev_close: eb.ref("excluded.quote_prev_close"),
            closes: eb.ref("excluded.closes"),
          })),
        )
        .execute();
    }
  });
}
