import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { catalogEditions, catalogMapEntries, catalogScenarios, catalogStages } from './catalog.tables.js';

export type EditionRow = typeof catalogEditions.$inferSelect;
export type StageRow = typeof catalogStages.$inferSelect;
export type ScenarioRow = typeof catalogScenarios.$inferSelect;
export type MapEntryRow = typeof catalogMapEntries.$inferSelect;
export type NewMapEntry = typeof catalogMapEntries.$inferInsert;

export type CatalogContents = {
  editions: EditionRow[];
  stages: StageRow[];
  scenarios: ScenarioRow[];
  mapEntries: NewMapEntry[];
};

export function createCatalogRepository({ db }: { db: Database }) {
  return {
    listEditions: () => db.select().from(catalogEditions).orderBy(asc(catalogEditions.id)),
    listStages: () => db.select().from(catalogStages).orderBy(asc(catalogStages.editionId), asc(catalogStages.number)),
    listScenarios: () =>
      db.select().from(catalogScenarios).orderBy(asc(catalogScenarios.editionId), asc(catalogScenarios.number)),
    listMapEntries: (fromEdition: string, toEdition: string) =>
      db
        .select()
        .from(catalogMapEntries)
        .where(and(eq(catalogMapEntries.fromEdition, fromEdition), eq(catalogMapEntries.toEdition, toEdition)))
        .orderBy(asc(catalogMapEntries.id)),
    listAllMapEntries: () => db.select().from(catalogMapEntries).orderBy(asc(catalogMapEntries.id)),

    /** Replaces the whole catalogue; call inside a transaction. */
    async replaceCatalog(contents: CatalogContents): Promise<void> {
      await db.delete(catalogMapEntries);
      await db.delete(catalogScenarios);
      await db.delete(catalogStages);
      await db.delete(catalogEditions);
      await db.insert(catalogEditions).values(contents.editions);
      await db.insert(catalogStages).values(contents.stages);
      await db.insert(catalogScenarios).values(contents.scenarios);
      if (contents.mapEntries.length) await db.insert(catalogMapEntries).values(contents.mapEntries);
    },
  };
}
