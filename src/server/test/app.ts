import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../app.js';
import { buildApp } from '../app.js';
import type { DatabaseHandle } from '../db/client.js';
import { createLocalFileStore } from '../modules/files/files.store.js';
import type { Mailer } from '../modules/mail/mail.service.js';
import { seedReferenceData } from '../seed.js';
import { createTestDatabase, type DatabaseKind } from './databases.js';
import { dataDir } from './seed-documents.js';

/** A seeded app on a fresh database, for `app.inject` route tests; it trusts X-Forwarded-* as behind a proxy. */
export async function createTestApp(
  kind: DatabaseKind = 'pglite',
  options: { clientDir?: string; now?: () => Date; mailer?: Mailer } = {},
): Promise<{ app: App; handle: DatabaseHandle; otherInstance: () => Promise<App>; close: () => Promise<void> }> {
  const handle = await createTestDatabase(kind);
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-files-'));
  await seedReferenceData(handle.db, dataDir);
  const buildInstance = () =>
    buildApp({
      db: handle.db,
      logger: false,
      clientDir: options.clientDir ?? '/nonexistent',
      now: options.now,
      trustProxy: true,
      fileStore: createLocalFileStore(filesDir),
      mailer: options.mailer,
      publicUrl: 'http://impilot.test',
    });
  const app = await buildInstance();
  const others: App[] = [];
  return {
    app,
    handle,
    /** Another instance on the same database and files, as behind a load balancer (its own in-process caches). */
    async otherInstance() {
      const other = await buildInstance();
      others.push(other);
      return other;
    },
    close: async () => {
      for (const other of others) await other.close();
      await app.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
      await handle.close();
    },
  };
}
