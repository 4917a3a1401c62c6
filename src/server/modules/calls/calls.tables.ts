import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';

/**
 * 申报通知 (Call): a programme office's call for applications, made from a template. `form` is the snapshot of the
 * template variant it was created from, so a published call keeps its form whatever later template versions change.
 */
export const calls = pgTable(
  'calls',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id').notNull(),
    variantKey: text('variant_key').notNull(),
    templateVersion: integer('template_version').notNull(),
    form: jsonb('form').$type<FormVariant>().notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    catalogEdition: text('catalog_edition').notNull(),
    /** GB/T 2260 prefix of the region the call covers ('' = the whole country). */
    regionPrefix: text('region_prefix').notNull().default(''),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    contact: text('contact').notNull().default(''),
    /** 通知文件: links or document numbers, as text lines. */
    notice: text('notice').notNull().default(''),
    status: text('status').notNull().default('draft'),
    /** The office that owns the call. */
    organizationId: text('organization_id').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('calls_status_idx').on(table.status), index('calls_year_idx').on(table.year)],
);

/** 延期: one enterprise may submit after the deadline, granted by the office with a reason (audited). */
export const callExtensions = pgTable(
  'call_extensions',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    enterpriseId: text('enterprise_id').notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    reason: text('reason').notNull(),
    grantedBy: text('granted_by').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('call_extensions_call_enterprise_idx').on(table.callId, table.enterpriseId)],
);

/** 通知文件: the notice and its annexes (PDF, or Word forms to fill in) that an office attaches to a call. */
export const callDocuments = pgTable(
  'call_documents',
  {
    id: text('id').primaryKey(),
    callId: text('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    fileId: text('file_id').notNull(),
    title: text('title').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('call_documents_call_idx').on(table.callId, table.createdAt)],
);
