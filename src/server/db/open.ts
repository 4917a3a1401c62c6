import path from 'node:path';
import { type DatabaseHandle, openPglite, openPostgres } from './client.js';

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, otherwise PGlite under DATA_DIR. */
export async function openConfiguredDatabase(config: {
  databaseUrl?: string;
  databasePoolSize?: number;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databasePoolSize);
  return openPglite(path.join(config.dataDir, 'pglite'));
}
