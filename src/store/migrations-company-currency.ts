// Migration 020: the currency each company reports in (ISO 4217, from SEC's facts or a replay's
// `company` line), kept beside its fiscal calendar so that a bare "$" in a text about a Canadian
// or Australian company is read as its dollar after a restart too. A plain text column in every
// dialect; migrations.ts runs it after 019. Null on earlier rows: not known until said again.
import type { Kysely, Migration } from "kysely";

export const companyCurrencyMigrations: Record<string, Migration> = {
  "020_company_currency": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("companies").addColumn("currency", "text").execute();
    },
  },
};
