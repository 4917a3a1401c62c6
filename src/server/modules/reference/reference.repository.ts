import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { industries, programmeDocuments, regions } from './reference.tables.js';

export type IndustryRow = typeof industries.$inferSelect;
export type RegionRow = typeof regions.$inferSelect;
export type ProgrammeDocumentRow = typeof programmeDocuments.$inferSelect;

export function createReferenceRepository({ db }: { db: Database }) {
  return {
    listIndustries: () => db.select().from(industries).orderBy(asc(industries.position)),
    listRegions: () => db.select().from(regions).orderBy(asc(regions.code)),
    listProgrammeDocuments: () => db.select().from(programmeDocuments).orderBy(asc(programmeDocuments.key)),
    findProgrammeDocument: async (key: string) =>
      (await db.select().from(programmeDocuments).where(eq(programmeDocuments.key, key)))[0],

    /** Replaces the reference tables; call inside a transaction. Inserts in chunks to stay under parameter limits. */
    async replaceIndustries(rows: IndustryRow[]): Promise<void> {
      await db.delete(industries);
      for (const chunk of chunks(rows, 500)) await db.insert(industries).values(chunk);
    },
    async replaceRegions(rows: RegionRow[]): Promise<void> {
      await db.delete(regions);
      for (const chunk of chunks(rows, 500)) await db.insert(regions).values(chunk);
    },
    async replaceProgrammeDocuments(rows: ProgrammeDocumentRow[]): Promise<void> {
      await db.delete(programmeDocuments);
      if (rows.length) await db.insert(programmeDocuments).values(rows);
    },
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
