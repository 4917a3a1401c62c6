import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * 推荐名单 (Recommendation): one unit's ranked list for one call, sent to the unit above (`toOrgId`).
 * submitted → recalled (by its unit, until the level above acts) or locked (the level above acted on it).
 */
export const recommendations = pgTable(
  'recommendations',
  {
    id: text('id').primaryKey(),
    callId: text('call_id').notNull(),
    organizationId: text('organization_id').notNull(),
    level: text('level').notNull(),
    toOrgId: text('to_org_id').notNull(),
    status: text('status').notNull().default('submitted'),
    comment: text('comment').notNull().default(''),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    actedAt: timestamp('acted_at', { withTimezone: true }),
  },
  (table) => [
    index('recommendations_call_org_idx').on(table.callId, table.organizationId),
    index('recommendations_call_to_idx').on(table.callId, table.toOrgId),
  ],
);

/** 推荐项: an application in a list with its rank (优先顺序); the level above may return it with a reason. */
export const recommendationItems = pgTable(
  'recommendation_items',
  {
    recommendationId: text('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    applicationId: text('application_id').notNull(),
    rank: integer('rank').notNull(),
    /** The state the application had before this list (a recall or return restores it). */
    fromStatus: text('from_status').notNull(),
    comment: text('comment').notNull().default(''),
    isExempt: boolean('is_exempt').notNull().default(false),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
  },
  (table) => [
    primaryKey({ columns: [table.recommendationId, table.applicationId] }),
    index('recommendation_items_application_idx').on(table.applicationId),
  ],
);
