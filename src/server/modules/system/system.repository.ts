import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { seedVersions } from './system.tables.js';

export function createSystemRepository({ db }: { db: Database }) {
  return {
    findSeedChecksum: async (name: string) =>
      (await db.select().from(seedVersions).where(eq(seedVersions.name, name)))[0]?.checksum,
    saveSeedChecksum: (name: string, checksum: string) =>
      db
        .insert(seedVersions)
        .values({ name, checksum })
        .onConflictDoUpdate({ target: seedVersions.name, set: { checksum, appliedAt: new Date() } }),
  };
}
