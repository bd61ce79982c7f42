/**
 * Prepared statements cached per connection: each SQL text is compiled once, so a save or a
 * load costs the query itself and not its parsing.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, compiled on first use. */
export function statement<Params extends unknown[] = unknown[], Row = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<Params, Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared as unknown as Database.Statement<Params, Row>;
}

/** SQLite's 0/1 for a boolean. */
export const bit = (value: boolean): number => (value ? 1 : 0);
