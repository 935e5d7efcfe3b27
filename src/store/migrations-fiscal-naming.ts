// Migration 019: how each company names its fiscal years ("start" or "end", from SEC's 10-K facts
// or a replay's `company` line), kept beside its fiscal year end so that guidance read after a
// restart is dated, and its actuals named, the same way. A plain text column in every dialect;
// migrations.ts runs it after 018. Null on earlier rows: not known until the next SEC poll says.
import type { Kysely, Migration } from "kysely";

export const fiscalNamingMigrations: Record<string, Migration> = {
  "019_fiscal_year_naming": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("companies").addColumn("fiscal_year_named_by", "text").execute();
    },
  },
};
