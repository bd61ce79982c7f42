/**
 * Prepared statements cached per connection: each SQL text is compiled once, so a save or a
 * load costs the query itself and not its parsing.
 */
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function cached(db: Database.Database, key: string, prepare: () => Database.Statement): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(key);
  if (!prepared) {
    prepared = prepare();
    cache.set(key, prepared);
  }
  return prepared;
}

/**
 * The prepared statement for `sql` on `db`, compiled on first use. It is shared by every caller
 * of the same SQL: never switch its mode (`.pluck()`, `.raw()`): use `plucked` for that. (An
 * export that plucked `SELECT id FROM memberships` once made the home's status read `undefined`
 * ids from then on.)
 */
export function statement<Params extends unknown[] = unknown[], Row = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<Params, Row> {
  return cached(db, sql, () => db.prepare(sql)) as unknown as Database.Statement<Params, Row>;
}

/** Like `statement`, answering each row's first column alone; cached apart from `statement`'s. */
export function plucked<Params extends unknown[] = unknown[], Value = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<Params, Value> {
  return cached(db, `pluck:${sql}`, () => db.prepare(sql).pluck()) as unknown as Database.Statement<
    Params,
    Value
  >;
}

/** SQLite's 0/1 for a boolean. */
export const bit = (value: boolean): number => (value ? 1 : 0);
