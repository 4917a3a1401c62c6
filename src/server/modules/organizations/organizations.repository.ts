import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { enterprises, organizations } from './organizations.tables.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;

export function createOrganizationsRepository({ db }: { db: Database }) {
  return {
    findById: async (id: string) => (await db.select().from(organizations).where(eq(organizations.id, id)))[0],
    insertOrganization: async (row: typeof organizations.$inferInsert) =>
      (await db.insert(organizations).values(row).returning())[0]!,
    findEnterpriseByUscc: async (uscc: string) =>
      (await db.select().from(enterprises).where(eq(enterprises.uscc, uscc)))[0],
    /** Inserts unless the credit code is taken (the unique index decides under concurrency). */
    insertEnterprise: async (row: typeof enterprises.$inferInsert) =>
      (await db.insert(enterprises).values(row).onConflictDoNothing({ target: enterprises.uscc }).returning())[0],
  };
}
