// Migrations 011–017 (Dec 6 2026): what channels gained in one day — alert acknowledgements, quote
// history for charts, channel options and thread parents, drawdown closes and quiet hours, the
// causes that moves reply to, a chart still to upload under a posted text. Plain
// text and integer columns, the same in every dialect; migrations.ts runs them after 001–010.
import type { Kysely, Migration } from "kysely";

export const channelFeatureMigrations: Record<string, Migration> = {
  "011_alert_acks": {
    async up(db: Kysely<unknown>) {
      // Who acknowledged an alert from its button, and when: once per alert (the key), so a
      // second click, on any instance, finds the first one. Goes with its alert when pruned.
      await db.schema
        .createTable("alert_acks")
        .addColumn("alert_id", "integer", (c) => c.primaryKey())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("user_name", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
    },
  },
  "012_quote_history": {
    async up(db: Kysely<unknown>) {
      // Charts' prices: per ticker and Eastern day, the day's five-minute closes in one row
      // (a million quotes make thousands of rows); kept 30 days by retention.ts.
      await db.schema
        .createTable("quote_history")
        .addColumn("ticker", "text", (c) => c.notNull())
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("prices", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("quote_history_pk", ["ticker", "day"])
        .execute();
      await db.schema.createIndex("quote_history_day").on("quote_history").column("day").execute();
    },
  },
  "013_channel_options": {
    async up(db: Kysely<unknown>) {
      // A channel's opt-ins beyond thresholds and kinds (the daily recap, quiet hours, the
      // drawdown window), as JSON: null for every channel that never set one.
      await db.schema.alterTable("watchlists").addColumn("options", "text").execute();
      // Where an alert was posted, so the market-cap alert that follows it replies in its thread.
      await db.schema
        .createTable("thread_messages")
        .addColumn("platform", "text", (c) => c.notNull())
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("thread_key", "text", (c) => c.notNull())
        .addColumn("message_ref", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("thread_messages_pk", ["platform", "channel", "thread_key"])
        .execute();
    },
  },
  "015_drawdown_and_quiet_hours": {
    async up(db: Kysely<unknown>) {
      // Each ticker's recent daily closes (JSON, oldest first, at most 250): mcap_drawdown's peak.
      await db.schema.alterTable("market_state").addColumn("closes", "text").execute();
      // A channel's quiet hours, as US/Eastern minutes of the day (start > end: over midnight).
      await db.schema
        .createTable("quiet_hours")
        .addColumn("channel", "text", (c) => c.primaryKey())
        .addColumn("start_minute", "integer", (c) => c.notNull())
        .addColumn("end_minute", "integer", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      // An alert raised in its channel's quiet hours: held until this time (its next_attempt_at
      // too), then posted with the others of the window as one summary.
      await db.schema.alterTable("outbox").addColumn("held_until", "text").execute();
    },
  },
  "016_alert_causes": {
    async up(db: Kysely<unknown>) {
      // The latest guidance or results alert each channel got per ticker, so a market-cap alert
      // raised after a restart still says what it followed and replies in that alert's thread.
      // One row per channel and ticker (replaced by the next cause): bounded by the watchlists.
      await db.schema
        .createTable("alert_causes")
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("ticker", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("alert_causes_pk", ["channel", "ticker"])
        .execute();
    },
  },
  "017_outbox_text_posted": {
    async up(db: Kysely<unknown>) {
      // When a row's text was taken but its chart upload must be tried again (429, 5xx): the row
      // stays pending for the chart alone, and its text is never posted a second time.
      await db.schema.alterTable("outbox").addColumn("text_posted_at", "text").execute();
    },
  },
};
