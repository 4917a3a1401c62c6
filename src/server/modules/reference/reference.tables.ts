import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** 国民经济行业分类 GB/T 4754-2017. */
export const industries = pgTable(
  'industries',
  {
    code: text('code').primaryKey(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    note: text('note'),
    position: integer('position').notNull(),
  },
  (table) => [index('industries_parent_idx').on(table.parentCode)],
);

/** 行政区划 GB/T 2260 down to county level, six-digit codes. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    level: text('level').notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    /** Statistics-only 开发区 code (xxxx7x), kept because zones act as recommending units. */
    isDevelopmentZone: boolean('is_development_zone').notNull(),
  },
  (table) => [index('regions_parent_idx').on(table.parentCode)],
);

/** Structured programme documents: 揭榜任务, 湖北试点模式, 无锡标杆要点 (JSON as reviewed in data/programmes). */
export const programmeDocuments = pgTable('programme_documents', {
  key: text('key').primaryKey(),
  title: text('title').notNull(),
  source: text('source').notNull(),
  content: jsonb('content').notNull(),
});
