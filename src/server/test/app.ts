import type { App } from '../app.js';
import { buildApp } from '../app.js';
import type { DatabaseHandle } from '../db/client.js';
import { seedReferenceData } from '../seed.js';
import { createTestDatabase, type DatabaseKind } from './databases.js';
import { dataDir } from './seed-documents.js';

/** A seeded app on a fresh database, for `app.inject` route tests; it trusts X-Forwarded-* as behind a proxy. */
export async function createTestApp(
  kind: DatabaseKind = 'pglite',
  options: { clientDir?: string; now?: () => Date } = {},
): Promise<{ app: App; handle: DatabaseHandle; close: () => Promise<void> }> {
  const handle = await createTestDatabase(kind);
  await seedReferenceData(handle.db, dataDir);
  const app = await buildApp({
    db: handle.db,
    logger: false,
    clientDir: options.clientDir ?? '/nonexistent',
    now: options.now,
    trustProxy: true,
  });
  return {
    app,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
