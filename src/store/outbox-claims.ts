// Reading the outbox's due rows. On SQLite one instance delivers, so the rows are only read. On
// PostgreSQL several instances deliver from one outbox: each claims the rows it returns
// (`FOR UPDATE SKIP LOCKED`, then a lease in claimed_by/claimed_until), so two instances never
// get the same row, and the rows of an instance that died are taken over when its lease ends.
import type { Kysely } from "kysely";
import type { Alert, Platform } from "../alerts/types.js";
import { boundedChunks } from "./bounded-chunks.js";
import type { Database } from "./schema.js";
import type { OutboxEntry } from "./store.js";

export interface OutboxClaims {
  /** This instance's name in claimed_by (unique per process). */
  instance: string;
  /** How long a claim holds; the delivery loop renews it each time it reads the row again. */
  leaseMs: number;
}

/** Long enough for a pass over a paced channel; short enough that a dead instance's rows soon move on. */
export const OUTBOX_LEASE_MS = 60_000;

interface DueFilter {
  now: Date;
  platform?: Platform;
  excludeChannels: readonly string[];
}

/** The due pending rows in outbox order, read only (the single-instance path). */
export async function dueOutbox(db: Kysely<Database>, limit: number, filter: DueFilter): Promise<OutboxEntry[]> {
  const rows = await withAlerts(dueRows(db, filter)).orderBy("outbox.id").limit(limit).execute();
  return rows.map(toEntry);
}

/**
 * The due pending rows no other instance holds, claimed for this one until the lease ends. A
 * channel is delivered by one instance at a time: the claim leases each row's channel too
 * (channel_leases), and skips the channels another instance holds. So one instance paces a
 * channel (Slack's message a second) and keeps its order; a lease ends when its instance has not
 * renewed it for `leaseMs` (dead, or done there): well after its last post in the channel. The
 * channels this instance is still busy with (`excludeChannels`) have their leases renewed.
 */
export async function claimDueOutbox(db: Kysely<Database>, limit: number, filter: DueFilter, claims: OutboxClaims): Promise<OutboxEntry[]> {
  const now = filter.now.toISOString();
  const until = new Date(filter.now.getTime() + claims.leaseMs).toISOString();
  const me = claims.instance;
  return db.transaction().execute(async (trx) => {
    for (const busy of boundedChunks(filter.excludeChannels)) {
      await trx.updateTable("channel_leases").set({ until }).where("instance", "=", me).where("until", ">", now).where("channel", "in", busy).execute();
    }
    const free = await dueRows(trx, filter)
      .where((eb) => eb.or([eb("outbox.claimed_until", "is", null), eb("outbox.claimed_until", "<=", now), eb("outbox.claimed_by", "=", me)]))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("channel_leases").select("channel_leases.channel").whereRef("channel_leases.channel", "=", "outbox.channel").where("channel_leases.instance", "<>", me).where("channel_leases.until", ">", now))),
      )
      .select(["outbox.id as id", "outbox.channel as channel"])
      .orderBy("outbox.id")
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (free.length === 0) return [];
    const held = await leaseChannels(trx, [...new Set(free.map((r) => r.channel))], me, now, until);
    const first = await firstOutsideClaim(trx, free, held, filter);
    // A channel's rows go out in order: a row behind one this claim did not get (another instance
    // had it locked when this one read, and then lost the channel's lease to this one) waits for
    // the next pass, which takes them in order now that the lease is this instance's.
    const ids = free.filter((r) => held.has(r.channel) && r.id < (first.get(r.channel) ?? Infinity)).map((r) => r.id);
    if (ids.length === 0) return [];
    await trx.updateTable("outbox").set({ claimed_by: me, claimed_until: until }).where("id", "in", ids).execute();
    const rows = await withAlerts(trx.selectFrom("outbox").where("outbox.id", "in", ids)).orderBy("outbox.id").execute();
    return rows.map(toEntry);
  });
}

/**
 * Per held channel, the first due pending row that is not among `free` (locked or skipped when they
 * were read). Only rows before the last one taken can stand in front of one: the rest are not read.
 */
async function firstOutsideClaim(trx: Kysely<Database>, free: Array<{ id: number; channel: string }>, held: Set<string>, filter: DueFilter): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  const channels = [...held];
  if (channels.length === 0) return first;
  const taken = new Set(free.map((r) => r.id));
  const last = free.reduce((max, r) => Math.max(max, r.id), 0);
  for (const chunk of boundedChunks(channels)) {
    const rows = await dueRows(trx, { ...filter, excludeChannels: [] })
      .where("outbox.channel", "in", chunk)
      .where("outbox.id", "<", last)
      .select(["outbox.id as id", "outbox.channel as channel"])
      .orderBy("outbox.id")
      .execute();
    for (const row of rows) if (!taken.has(row.id) && !first.has(row.channel)) first.set(row.channel, row.id);
  }
  return first;
}

/**
 * Takes or renews the leases of `channels` that are free, lapsed or already this instance's; the
 * channels it holds now. Two instances racing for a new channel meet on its lease row: the second
 * waits for the first's commit and then finds it taken. In name order, so they never deadlock.
 */
async function leaseChannels(trx: Kysely<Database>, channels: string[], me: string, now: string, until: string): Promise<Set<string>> {
  const held = new Set<string>();
  for (const chunk of boundedChunks(channels.sort())) {
    const rows = await trx
      .insertInto("channel_leases")
      .values(chunk.map((channel) => ({ channel, instance: me, until })))
      .onConflict((oc) =>
        oc
          .column("channel")
          .doUpdateSet({ instance: me, until })
          .where((eb) => eb.or([eb("channel_leases.instance", "=", me), eb("channel_leases.until", "<=", now)])),
      )
      .returning("channel")
      .execute();
    for (const row of rows) held.add(row.channel);
  }
  return held;
}

function dueRows(db: Kysely<Database>, filter: DueFilter) {
  let query = db
    .selectFrom("outbox")
    .where("outbox.status", "=", "pending")
    .where((eb) => eb.or([eb("outbox.next_attempt_at", "is", null), eb("outbox.next_attempt_at", "<=", filter.now.toISOString())]));
  if (filter.platform !== undefined) query = query.where("outbox.platform", "=", filter.platform);
  if (filter.excludeChannels.length > 0) query = query.where("outbox.channel", "not in", [...filter.excludeChannels]);
  return query;
}

function withAlerts(query: ReturnType<typeof dueRows>) {
  return query
    .innerJoin("alerts", "alerts.id", "outbox.alert_id")
    .select(["outbox.id as id", "outbox.alert_id as alertId", "outbox.channel as channel", "outbox.platform as platform", "outbox.attempts as attempts", "alerts.payload as payload", "outbox.sending_at as sendingAt", "outbox.created_at as createdAt", "outbox.held_until as heldUntil", "outbox.text_posted_at as textPostedAt"]);
}

type Row = { id: number; alertId: number; channel: string; platform: string; attempts: number; payload: string; sendingAt: string | null; createdAt: string; heldUntil: string | null; textPostedAt: string | null };

function toEntry(r: Row): OutboxEntry {
  return { id: r.id, alertId: r.alertId, channel: r.channel, platform: r.platform as Platform, attempts: r.attempts, alert: JSON.parse(r.payload) as Alert, createdAt: new Date(r.createdAt), ...(r.sendingAt ? { inFlightSince: new Date(r.sendingAt) } : {}), ...(r.heldUntil ? { heldUntil: new Date(r.heldUntil) } : {}), ...(r.textPostedAt ? { textPostedAt: new Date(r.textPostedAt) } : {}) };
}

/** What changes when several instances share the store (PostgreSQL). */
export interface SharedStoreOptions {
  /** Each instance claims the outbox rows it delivers. */
  claims?: OutboxClaims;
  /** The store is PostgreSQL: an alert burst is written in one statement (alert-writes-postgres.ts). */
  postgres?: boolean;
  /** Settings writes and new outbox rows are announced to the other instances. */
  notifySettings?: boolean;
  /**
   * The engine's writes (alerts with their outbox rows, closes, quote history) on connections of
   * their own, so an alerting quote's transaction never queues in the pool behind the delivery
   * loops' claims and marks (hundreds during a fan-out). Closed with the store.
   */
  engineDb?: Kysely<Database>;
  /**
   * The rate-slot reservations (a platform's shared requests a second) on a connection of their
   * own: an answer queued behind a fan-out's marks came late, and the schedule slipped by as much
   * (the load bench's Discord posts took three seconds to reach pace). Closed with the store.
   */
  pacingDb?: Kysely<Database>;
}

/**
 * At a clean stop: this instance's channel leases and its claims on rows it has not delivered
 * end now, not a lease later, so a restarted or a remaining instance delivers to those channels
 * at once. A row whose post was in flight keeps its in-flight mark, which the next sender reads.
 */
export async function releaseClaims(db: Kysely<Database>, claims: OutboxClaims): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("channel_leases").where("instance", "=", claims.instance).execute();
    await trx.updateTable("outbox").set({ claimed_by: null, claimed_until: null }).where("claimed_by", "=", claims.instance).where("status", "=", "pending").execute();
  });
}
