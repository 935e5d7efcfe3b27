// An alert burst on PostgreSQL in one statement, one round trip: the alerts, their outbox rows,
// the dedupe marks, the causes and the outbox notification together. The portable version
// (alert-writes.ts) takes BEGIN, one statement per table, NOTIFY and COMMIT: six or seven round
// trips, each a wait for the server to be scheduled, which on a busy machine made an alerting
// quote's time to the outbox (the load bench's p99) several times its work. One statement is one
// transaction by itself, so the rows still arrive together or not at all.
//
// Columns travel as one array parameter each (unnest), so the statement has the same 15
// parameters for one alert or ten thousand: no bound on a burst's size, one plan.
import { sql, type Kysely } from "kysely";
import { latestCauses } from "./alert-writes.js";
import type { Database } from "./schema.js";
import { OUTBOX_CHANNEL } from "./settings-channel.js";
import type { AlertToRecord } from "./store.js";

export async function recordAlertsInOneStatement(db: Kysely<Database>, alerts: AlertToRecord[], now: string, options: { notifyOutbox?: boolean } = {}): Promise<void> {
  if (alerts.length === 0) return;
  const rows = alerts.map(({ alert, muted, platform, heldUntil }) => ({
    channel: alert.channel,
    kind: alert.kind,
    ticker: "ticker" in alert ? alert.ticker : null,
    ts: alert.ts,
    payload: JSON.stringify(alert),
    muted: muted ? 1 : 0,
    platform: platform ?? "terminal",
    held: heldUntil ?? null,
  }));
  // One mark per key, the burst's last (as a row-by-row upsert would leave it): PostgreSQL
  // refuses to change one row twice in one upsert.
  const marks = new Map<string, { channel: string; key: string; value: number }>();
  for (const { dedupe } of alerts) marks.set(`${dedupe.channel}\u0000${dedupe.key}`, dedupe);
  const posts = rows.some((r) => r.muted === 0);
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  const markList = [...marks.values()];
  const causeList = latestCauses(alerts);
  // Ids are drawn in the burst's order and the inserts keep it, so a channel's outbox rows are
  // delivered in the order the engine raised them, as with the portable version.
  await sql`
    with input as materialized (
      select t.*, nextval(pg_get_serial_sequence('alerts', 'id')) as id
      from unnest(${column("channel")}::text[], ${column("kind")}::text[], ${column("ticker")}::text[], ${column("ts")}::text[],
                  ${column("payload")}::text[], ${column("muted")}::int[], ${column("platform")}::text[], ${column("held")}::text[])
           with ordinality as t(channel, kind, ticker, ts, payload, muted, platform, held, n)
      order by t.n
    ),
    written_alerts as (
      insert into alerts (id, channel, kind, ticker, ts, payload, created_at, muted)
      select id, channel, kind, ticker, ts, payload, ${now}, muted from input order by n
    ),
    written_outbox as (
      insert into outbox (alert_id, channel, platform, status, attempts, created_at, next_attempt_at, held_until)
      select id, channel, platform, 'pending', 0, ${now}, held, held from input where muted = 0 order by n
    ),
    written_marks as (
      insert into dedupe (channel, key, value, updated_at)
      select channel, key, value, ${now}
      from unnest(${markList.map((m) => m.channel)}::text[], ${markList.map((m) => m.key)}::text[], ${markList.map((m) => m.value)}::int[]) as m(channel, key, value)
      on conflict (channel, key) do update set value = excluded.value, updated_at = excluded.updated_at
    ),
    written_causes as (
      insert into alert_causes (channel, ticker, payload, updated_at)
      select channel, ticker, payload, ${now}
      from unnest(${causeList.map((c) => c.channel)}::text[], ${causeList.map((c) => c.ticker)}::text[], ${causeList.map((c) => c.payload)}::text[]) as c(channel, ticker, payload)
      on conflict (channel, ticker) do update set payload = excluded.payload, updated_at = excluded.updated_at
    )
    select case when ${options.notifyOutbox === true && posts} then pg_notify(${OUTBOX_CHANNEL}, current_schema()) end as notified
  `.execute(db);
}
