import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** 场景目录版本 (an edition of 智能制造典型场景参考指引). */
export const catalogEditions = pgTable('catalog_editions', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  documentNo: text('document_no').notNull(),
  source: text('source').notNull(),
  preamble: text('preamble').notNull(),
});

/** 环节 within an edition. */
export const catalogStages = pgTable(
  'catalog_stages',
  {
    editionId: text('edition_id')
      .notNull()
      .references(() => catalogEditions.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
  },
  (table) => [primaryKey({ columns: [table.editionId, table.number] })],
);

/** 典型场景; code is `${edition}-${number padded to 2}`. */
export const catalogScenarios = pgTable(
  'catalog_scenarios',
  {
    code: text('code').primaryKey(),
    editionId: text('edition_id')
      .notNull()
      .references(() => catalogEditions.id, { onDelete: 'cascade' }),
    stageNumber: integer('stage_number').notNull(),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
  },
  (table) => [index('catalog_scenarios_edition_idx').on(table.editionId, table.number)],
);

/**
 * One entry of the reviewed cross-edition map. `dropped` entries have no `to` codes,
 * `added` entries no `from` codes.
 */
export const catalogMapEntries = pgTable(
  'catalog_map_entries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    fromEdition: text('from_edition').notNull(),
    toEdition: text('to_edition').notNull(),
    relation: text('relation').notNull(),
    fromCodes: text('from_codes').array().notNull(),
    toCodes: text('to_codes').array().notNull(),
    note: text('note').notNull(),
  },
  (table) => [index('catalog_map_pair_idx').on(table.fromEdition, table.toEdition)],
);
