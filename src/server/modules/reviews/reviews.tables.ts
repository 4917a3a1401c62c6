import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 形式审查 (FormalReview): one row per decision on one submitted version, kept as the record of who judged what.
 * `items` are the checklist answers; `fieldComments` the per-field remarks the enterprise sees when returned.
 */
export const formalReviews = pgTable(
  'formal_reviews',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id').notNull(),
    organizationId: text('organization_id').notNull(),
    reviewerUserId: text('reviewer_user_id').notNull(),
    reviewerName: text('reviewer_name').notNull(),
    outcome: text('outcome').notNull(),
    items: jsonb('items').$type<Array<{ key: string; passed: boolean; note: string }>>().notNull(),
    comment: text('comment').notNull().default(''),
    fieldComments: jsonb('field_comments').$type<Array<{ path: string; comment: string }>>().notNull(),
    /** The application version and fingerprint that were reviewed (the resubmission is diffed against it). */
    versionAt: integer('version_at').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** The content as it was judged: a resubmission after a return is shown as a diff against it. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('formal_reviews_application_idx').on(table.applicationId, table.createdAt)],
);
