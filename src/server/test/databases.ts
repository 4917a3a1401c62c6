import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openPglite, openPostgres } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** The databases the data-layer tests run against: PGlite always, PostgreSQL where a server is reachable. */
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];
export const isPostgresAvailable = () => inject('postgresUrl') !== null;

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server
 * (dropped again by `close`), so tests never share state.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await openPglite(undefined);
    await migrateDatabase(handle);
    return handle;
  }
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) throw new Error('PostgreSQL is unavailable');
  const name = `impilot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  await migrateDatabase(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
