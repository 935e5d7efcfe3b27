// Read-only queries behind the lookup commands (capex, consensus, earnings, alerts, audit).
import type { Insertable, Kysely, Selectable } from "kysely";
import type { Alert } from "../alerts/types.js";
import type { ConsensusTable, Database, GuidanceHistoryTable } from "./schema.js";
import type { AuditEntry, CapexActualRecord, ConsensusRecord, EarningsResultRecord, GuidanceRecord, StoredAlert } from "./store.js";

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

export async function recentAlerts(db: Kysely<Database>, channel: string | null, limit: number, ticker?: string): Promise<StoredAlert[]> {
  // A parked outbox row says why the alert never reached its channel.
  let query = db
    .selectFrom("alerts")
    .leftJoin("outbox", (join) => join.onRef("outbox.alert_id", "=", "alerts.id").on("outbox.status", "=", "parked"))
    .select(["alerts.id as id", "alerts.payload as payload", "alerts.created_at as created_at", "alerts.muted as muted", "outbox.last_error as parked"])
    .orderBy("alerts.id", "desc")
    .limit(limit);
  if (channel !== null) query = query.where("alerts.channel", "=", channel);
  if (ticker !== undefined) query = query.where("alerts.ticker", "=", ticker);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    alert: JSON.parse(r.payload) as Alert,
    createdAt: r.created_at,
    muted: Number(r.muted) === 1,
    ...(r.parked !== null && r.parked !== undefined ? { parked: r.parked } : {}),
  }));
}

export async function recentAudit(db: Kysely<Database>, channel: string, limit: number): Promise<Array<AuditEntry & { id: number }>> {
  const rows = await db.selectFrom("audit_log").selectAll().where("channel", "=", channel).orderBy("id", "desc").limit(limit).execute();
  return rows.map((r) => ({ id: r.id, at: r.at, channel: r.channel, userId: r.user_id, action: r.action, details: JSON.parse(r.details) as Record<string, unknown> }));
}

export function guidanceFromRow(g: Selectable<GuidanceHistoryTable>): GuidanceRecord {
  const record: GuidanceRecord = { ticker: g.ticker, period: g.period, low: g.low, high: g.high, currency: g.currency, ts: g.ts, sentence: orUndefined(g.sentence), url: orUndefined(g.url) };
  // Provenance keys only where known, so records from before it existed compare as they did.
  const optional = {
    segment: orUndefined(g.segment),
    per: g.per === "year" ? ("year" as const) : undefined,
    voice: g.voice === "company" || g.voice === "press" ? g.voice : undefined,
    speakerName: orUndefined(g.speaker_name),
    speakerRole: orUndefined(g.speaker_role),
    documentKind: orUndefined(g.document_kind) as GuidanceRecord["documentKind"],
    title: orUndefined(g.title),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (record as unknown as Record<string, unknown>)[key] = value;
  return record;
}

export function guidanceToRow(g: GuidanceRecord): Insertable<GuidanceHistoryTable> {
  return {
    ticker: g.ticker,
    period: g.period,
    low: g.low,
    high: g.high,
    currency: g.currency,
    ts: g.ts,
    sentence: g.sentence ?? null,
    url: g.url ?? null,
    segment: g.segment ?? null,
    per: g.per ?? null,
    voice: g.voice ?? null,
    speaker_name: g.speakerName ?? null,
    speaker_role: g.speakerRole ?? null,
    document_kind: g.documentKind ?? null,
    title: g.title ?? null,
  };
}

export async function guidanceFor(db: Kysely<Database>, ticker: string): Promise<GuidanceRecord[]> {
  const rows = await db.selectFrom("guidance_history").selectAll().where("ticker", "=", ticker).orderBy("id").execute();
  return rows.map(guidanceFromRow);
}

export async function capexActualsFor(db: Kysely<Database>, ticker: string): Promise<CapexActualRecord[]> {
  return db.selectFrom("capex_actuals").select(["ticker", "period", "value", "ts"]).where("ticker", "=", ticker).orderBy("ts").orderBy("period").execute();
}

export async function consensusFor(db: Kysely<Database>, ticker: string): Promise<ConsensusRecord[]> {
  const rows = await db.selectFrom("consensus").selectAll().where("ticker", "=", ticker).orderBy("period").execute();
  return rows.map(consensusFromRow);
}

/** A consensus row as a record: "" is shared market data (no tenant). */
export function consensusFromRow(c: Selectable<ConsensusTable>): ConsensusRecord {
  return { ticker: c.ticker, period: c.period, value: c.value, source: orUndefined(c.source), ts: c.ts, ...(c.tenant !== "" ? { tenant: c.tenant } : {}) };
}

export async function earningsResultsFor(db: Kysely<Database>, ticker: string, limit: number): Promise<EarningsResultRecord[]> {
  const rows = await db.selectFrom("earnings_results").selectAll().where("ticker", "=", ticker).orderBy("ts", "desc").limit(limit).execute();
  return rows.map((r) => ({
    ticker: r.ticker,
    ts: r.ts,
    period: orUndefined(r.period),
    epsActual: orUndefined(r.eps_actual),
    epsEstimate: orUndefined(r.eps_estimate),
    revenueActual: orUndefined(r.revenue_actual),
    revenueEstimate: orUndefined(r.revenue_estimate),
  }));
}
