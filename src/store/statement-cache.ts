// better-sqlite3 compiles a statement on every prepare; Kysely prepares on every query. Caching
// prepared statements by their SQL makes repeated queries (the alert path) cost an execute only.
import type Sqlite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Beyond this many distinct statements the cache starts over (multi-row inserts vary in size). */
const MAX_STATEMENTS = 256;

export function withStatementCache(database: Sqlite.Database): SqliteDatabase {
  let cache = new Map<string, SqliteStatement>();
  return {
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        if (cache.size >= MAX_STATEMENTS) cache = new Map();
        statement = database.prepare(sql) as unknown as SqliteStatement;
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      database.close();
    },
  };
}
