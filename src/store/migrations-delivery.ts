// Migration 018 (Dec 6 2026): channel leases, so that with several instances a channel is
// delivered by one of them at a time, and rate slots, so that they share a platform's global rate. Plain text columns, the same in every dialect (only
// PostgreSQL's claims use the table); migrations.ts runs it after the channel features.
import type { Kysely, Migration } from "kysely";

export const deliveryMigrations: Record<string, Migration> = {
  "018_channel_leases": {
    async up(db: Kysely<unknown>) {
      // Which instance delivers a channel's alerts, until when (renewed while it is busy there).
      // Rows of one channel claimed by two instances were posted by both at once: out of order,
      // and within Slack's one message a second per channel (429s), each pacing by its own clock.
      await db.schema
        .createTable("channel_leases")
        .addColumn("channel", "text", (c) => c.primaryKey())
        .addColumn("instance", "text", (c) => c.notNull())
        .addColumn("until", "text", (c) => c.notNull())
        .execute();
      // The next free slot (epoch ms, the database's clock) of a platform's requests a second for
      // the whole bot (Discord's 50): each instance reserves a few slots at a time.
      await db.schema
        .createTable("rate_slots")
        .addColumn("bucket", "text", (c) => c.primaryKey())
        .addColumn("next_at", "double precision", (c) => c.notNull())
        .execute();
    },
  },
};
