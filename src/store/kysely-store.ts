// The Store over Kysely. Only portable SQL lives here, so SQLite and PostgreSQL share it.
import type { Kysely } from "kysely";
import type { Alert } from "../alerts/types.js";
import type { AlertKind, Thresholds } from "../sources/events.js";
import type { Database } from "./schema.js";
import type {
  AlertToRecord,
  CapexActualRecord,
  CompanyRecord,
  ConsensusRecord,
  EarningsScheduleRecord,
  EngineSnapshot,
  GuidanceRecord,
  MarketStateRecord,
  OutboxEntry,
  Store,
  StoredAlert,
  WatchlistRecord,
} from "./store.js";

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async loadEngineState(): Promise<EngineSnapshot> {
    const [companies, watchlists, consensus, capexActuals, guidance, schedule, market, dedupe] = await Promise.all([
      this.db.selectFrom("companies").selectAll().orderBy("ticker").execute(),
      this.db.selectFrom("watchlists").selectAll().orderBy("position").execute(),
      this.db.selectFrom("consensus").selectAll().execute(),
      this.db.selectFrom("capex_actuals").selectAll().execute(),
      this.db.selectFrom("guidance_history").selectAll().orderBy("id").execute(),
      this.db.selectFrom("earnings_schedule").selectAll().execute(),
      this.db.selectFrom("market_state").selectAll().execute(),
      this.db.selectFrom("dedupe").selectAll().execute(),
    ]);
    return {
      companies: companies.map((c) => ({
        ticker: c.ticker,
        name: orUndefined(c.name),
        cik: orUndefined(c.cik),
        fiscalYearEnd: orUndefined(c.fiscal_year_end),
        sharesOutstanding: orUndefined(c.shares_outstanding),
      })),
      watchlists: watchlists.map((w) => ({
        channel: w.channel,
        tickers: JSON.parse(w.tickers) as string[] | "*",
        thresholds: JSON.parse(w.thresholds) as Thresholds,
        kinds: JSON.parse(w.kinds) as AlertKind[],
      })),
      consensus: consensus.map((c) => ({
        ticker: c.ticker,
        period: c.period,
        value: c.value,
        source: orUndefined(c.source),
        ts: c.ts,
      })),
      capexActuals: capexActuals.map((a) => ({ ticker: a.ticker, period: a.period, value: a.value, ts: a.ts })),
      guidance: guidance.map((g) => ({
        ticker: g.ticker,
        period: g.period,
        low: g.low,
        high: g.high,
        currency: g.currency,
        ts: g.ts,
        sentence: orUndefined(g.sentence),
        url: orUndefined(g.url),
      })),
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
      })),
      dedupe: dedupe.map((d) => ({ channel: d.channel, key: d.key, value: d.value })),
    };
  }

  async saveCompany(company: CompanyRecord): Promise<void> {
    const row = {
      ticker: company.ticker,
      name: company.name ?? null,
      cik: company.cik ?? null,
      fiscal_year_end: company.fiscalYearEnd ?? null,
      shares_outstanding: company.sharesOutstanding ?? null,
    };
    await this.db
      .insertInto("companies")
      .values(row)
      .onConflict((oc) => oc.column("ticker").doUpdateSet(row))
      .execute();
  }

  async saveWatchlist(watchlist: WatchlistRecord): Promise<void> {
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("watchlists").select("position").where("channel", "=", watchlist.channel).executeTakeFirst();
      // A replaced watchlist keeps its place, so alerts keep the order channels were declared in.
      const position =
        existing?.position ??
        Number((await trx.selectFrom("watchlists").select((eb) => eb.fn.max<number>("position").as("max")).executeTakeFirst())?.max ?? -1) + 1;
      const row = {
        channel: watchlist.channel,
        position,
        tickers: JSON.stringify(watchlist.tickers),
        thresholds: JSON.stringify(watchlist.thresholds),
        kinds: JSON.stringify(watchlist.kinds),
        updated_at: now,
      };
      await trx
        .insertInto("watchlists")
        .values(row)
        .onConflict((oc) => oc.column("channel").doUpdateSet(row))
        .execute();
    });
  }

  async saveConsensus(consensus: ConsensusRecord): Promise<void> {
    const row = { ticker: consensus.ticker, metric: "capex", period: consensus.period, value: consensus.value, source: consensus.source ?? null, ts: consensus.ts };
    await this.db
      .insertInto("consensus")
      .values(row)
      .onConflict((oc) => oc.columns(["ticker", "metric", "period"]).doUpdateSet(row))
      .execute();
  }

  async saveCapexActual(actual: CapexActualRecord): Promise<void> {
    await this.db
      .insertInto("capex_actuals")
      .values(actual)
      .onConflict((oc) => oc.columns(["ticker", "period"]).doUpdateSet({ value: actual.value, ts: actual.ts }))
      .execute();
  }

  async appendGuidance(statements: GuidanceRecord[]): Promise<void> {
    if (statements.length === 0) return;
    await this.db
      .insertInto("guidance_history")
      .values(statements.map((g) => ({ ...g, sentence: g.sentence ?? null, url: g.url ?? null })))
      .execute();
  }

  async saveEarningsSchedule(entry: EarningsScheduleRecord): Promise<void> {
    const row = {
      ticker: entry.ticker,
      date: entry.date,
      time: entry.time,
      period: entry.period ?? null,
      eps_estimate: entry.epsEstimate ?? null,
      revenue_estimate: entry.revenueEstimate ?? null,
      ts: entry.ts,
    };
    await this.db
      .insertInto("earnings_schedule")
      .values(row)
      .onConflict((oc) => oc.column("ticker").doUpdateSet(row))
      .execute();
  }

  async saveMarketState(states: MarketStateRecord[]): Promise<void> {
    if (states.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const s of states) {
        const row = {
          ticker: s.ticker,
          last_price: s.lastRegular?.price ?? null,
          last_day: s.lastRegular?.day ?? null,
          prev_price: s.prevDayRegular?.price ?? null,
          prev_day: s.prevDayRegular?.day ?? null,
        };
        await trx
          .insertInto("market_state")
          .values(row)
          .onConflict((oc) => oc.column("ticker").doUpdateSet(row))
          .execute();
      }
    });
  }

  async recordAlerts(alerts: AlertToRecord[]): Promise<void> {
    if (alerts.length === 0) return;
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      for (const { alert, dedupe } of alerts) {
        const { id } = await trx
          .insertInto("alerts")
          .values({
            channel: alert.channel,
            kind: alert.kind,
            ticker: "ticker" in alert ? alert.ticker : null,
            ts: alert.ts,
            payload: JSON.stringify(alert),
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("outbox")
          .values({ alert_id: id, channel: alert.channel, status: "pending", attempts: 0, next_attempt_at: null, last_error: null, created_at: now, delivered_at: null })
          .execute();
        await trx
          .insertInto("dedupe")
          .values({ ...dedupe, updated_at: now })
          .onConflict((oc) => oc.columns(["channel", "key"]).doUpdateSet({ value: dedupe.value, updated_at: now }))
          .execute();
      }
    });
  }

  async pendingOutbox(limit: number, now: Date): Promise<OutboxEntry[]> {
    const rows = await this.db
      .selectFrom("outbox")
      .innerJoin("alerts", "alerts.id", "outbox.alert_id")
      .select(["outbox.id as id", "outbox.alert_id as alertId", "outbox.channel as channel", "outbox.attempts as attempts", "alerts.payload as payload"])
      .where("outbox.status", "=", "pending")
      .where((eb) => eb.or([eb("outbox.next_attempt_at", "is", null), eb("outbox.next_attempt_at", "<=", now.toISOString())]))
      .orderBy("outbox.id")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, alertId: r.alertId, channel: r.channel, attempts: r.attempts, alert: JSON.parse(r.payload) as Alert }));
  }

  async markDelivered(outboxIds: number[], at: Date): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.db
      .updateTable("outbox")
      .set({ status: "delivered", delivered_at: at.toISOString() })
      .where("id", "in", outboxIds)
      .execute();
  }

  async markDeliveryFailed(outboxId: number, error: string, retryAt: Date): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error, next_attempt_at: retryAt.toISOString() }))
      .where("id", "=", outboxId)
      .execute();
  }

  async recentAlerts(channel: string | null, limit: number): Promise<StoredAlert[]> {
    let query = this.db.selectFrom("alerts").select(["id", "payload", "created_at"]).orderBy("id", "desc").limit(limit);
    if (channel !== null) query = query.where("channel", "=", channel);
    const rows = await query.execute();
    return rows.map((r) => ({ id: r.id, alert: JSON.parse(r.payload) as Alert, createdAt: r.created_at }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
