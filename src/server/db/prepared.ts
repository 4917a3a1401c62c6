import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';

/**
 * A prepared statement built on first use and kept by its repository. Names must be unique per SQL text:
 * node-postgres prepares a name once per connection and reuses it.
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

const dialect = new PgDialect();

/**
 * Hand-written SQL (with `sql.placeholder`s) as a named prepared statement. Drizzle prepares its query builders but
 * not `db.execute`; PostgreSQL plans a statement as complex as the autosave CTE in about twice the time it takes to
 * run it, so the hot path goes through the session the builders use. Answers `{ rows }` on both drivers.
 */
export function prepareSql<Row>(db: Database, name: string, query: SQL) {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  return async (values: Record<string, unknown>) =>
    ((await prepared.execute(values)) as unknown as { rows: Row[] }).rows;
}
