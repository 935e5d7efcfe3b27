// Everything the engine needs at start-up, read in one go and mapped to the store's records.
import type { Kysely } from "kysely";
import type { AlertKind, CauseAlert, ChannelOptions, Platform, Thresholds } from "../alerts/types.js";
import type { FiscalYearNaming } from "../sources/events.js";
import { consensusFromRow, guidanceFromRow } from "./lookup-queries.js";
import { dedupeInForce } from "./retention.js";
import type { Database } from "./schema.js";
import type { EarningsScheduleRecord, EngineSnapshot } from "./store.js";

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
/** Only the two namings are a naming: any other text in the column is read as not known, never guessed. */
const fiscalYearNaming = (text: string | null): FiscalYearNaming | undefined => (text === "start" || text === "end" ? text : undefined);

export async function loadEngineState(db: Kysely<Database>, now: Date): Promise<EngineSnapshot> {
    const [companies, watchlists, consensus, capexActuals, guidance, schedule, market, dedupe, mutes, quiet, causes] = await Promise.all([
      db.selectFrom("companies").selectAll().orderBy("ticker").execute(),
      db.selectFrom("watchlists").selectAll().orderBy("position").execute(),
      db.selectFrom("consensus").selectAll().execute(),
      db.selectFrom("capex_actuals").selectAll().execute(),
      db.selectFrom("guidance_history").selectAll().orderBy("id").execute(),
      db.selectFrom("earnings_schedule").selectAll().execute(),
      db.selectFrom("market_state").selectAll().execute(),
      // Only the marks that can still stop a repeat: the table may hold years of them.
      dedupeInForce(db, now).execute(),
      db.selectFrom("mutes").selectAll().execute(),
      db.selectFrom("quiet_hours").selectAll().execute(),
      db.selectFrom("alert_causes").select("payload").execute(),
    ]);
    return {
      companies: companies.map((c) => ({
        ticker: c.ticker,
        name: orUndefined(c.name),
        cik: orUndefined(c.cik),
        fiscalYearEnd: orUndefined(c.fiscal_year_end),
        fiscalYearNamedBy: fiscalYearNaming(c.fiscal_year_named_by),
        currency: orUndefined(c.currency),
        sharesOutstanding: orUndefined(c.shares_outstanding),
      })),
      watchlists: watchlists.map((w) => ({
        channel: w.channel,
        platform: w.platform as Platform,
        workspace: orUndefined(w.workspace),
        tickers: JSON.parse(w.tickers) as string[] | "*",
        thresholds: JSON.parse(w.thresholds) as Thresholds,
        kinds: JSON.parse(w.kinds) as AlertKind[],
        ...(w.options ? { options: JSON.parse(w.options) as ChannelOptions } : {}),
      })),
      consensus: consensus.map(consensusFromRow),
      capexActuals: capexActuals.map((a) => ({ ticker: a.ticker, period: a.period, value: a.value, ts: a.ts })),
      guidance: guidance.map(guidanceFromRow),
      earningsSchedule: schedule.map((e) => ({
        ticker: e.ticker,
        date: e.date,
        time: e.time as EarningsScheduleRecord["time"],
        period: orUndefined(e.period),
        epsEstimate: orUndefined(e.eps_estimate),
        revenueEstimate: orUndefined(e.revenue_estimate),
        ts: e.ts,
      })),
      marketState: market.map((m) => ({
        ticker: m.ticker,
        lastRegular: m.last_price !== null && m.last_day !== null ? { price: m.last_price, day: m.last_day } : undefined,
        prevDayRegular: m.prev_price !== null && m.prev_day !== null ? { price: m.prev_price, day: m.prev_day } : undefined,
        closes: m.closes === null ? undefined : (JSON.parse(m.closes) as Array<{ price: number; day: string }>),
        lastQuote:
          m.quote_price !== null && m.quote_ts !== null
            ? { price: m.quote_price, ts: m.quote_ts, session: (m.quote_session ?? "regular") as "regular", prevClose: orUndefined(m.quote_prev_close) }
            : undefined,
      })),
      dedupe: dedupe.map((d) => ({ channel: d.channel, key: d.key, value: d.value })),
      mutes: mutes.map((m) => ({ channel: m.channel, ticker: m.ticker, until: m.until })),
      quietHours: quiet.map((q) => ({ channel: q.channel, startMinute: q.start_minute, endMinute: q.end_minute })),
      causes: causes.map((c) => JSON.parse(c.payload) as CauseAlert),
    };
  }
