import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 申报书 (Application): one enterprise's application to one call; `data` follows the call's form. */
export const applications = pgTable(
  'applications',
  {
    id: text('id').primaryKey(),
    callId: text('call_id').notNull(),
    enterpriseId: text('enterprise_id').notNull(),
    /** The enterprise's name as it applied (set on creation and each submission), for review queues and lists. */
    enterpriseName: text('enterprise_name').notNull().default(''),
    /** GB/T 4754 code of the enterprise as it applied, for the dashboards' industry counts. */
    industryCode: text('industry_code').notNull().default(''),
    /** The central enterprise group of a subsidiary (中央企业子企业), which reviews and recommends it. */
    centralGroupId: text('central_group_id'),
    /** The enterprise's region, copied for jurisdiction-scoped listings. */
    regionCode: text('region_code').notNull(),
    /** Calls of one exclusive group in one year exclude each other (优秀场景 xor 示范工厂). */
    exclusiveKey: text('exclusive_key'),
    status: text('status').notNull().default('draft'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    /** Identifies the current content (data + attachments) as printed on exports. */
    fingerprint: text('fingerprint').notNull(),
    /** Digest of the attached files (see `filesDigestOf`), part of the fingerprint. */
    filesDigest: text('files_digest').notNull().default(''),
    stampedFileId: text('stamped_file_id'),
    stampedFingerprint: text('stamped_fingerprint'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /**
     * The unit that has the application now (形式审查 and 推荐): the first recommending unit after submission, then
     * each level above as lists are submitted. Queues are `holder = my unit`, so they are one indexed query.
     */
    holderOrgId: text('holder_org_id'),
    /** Level of the last unit that recommended it (district, city, province, central). */
    recommendedLevel: text('recommended_level'),
  },
  (table) => [
    index('applications_call_idx').on(table.callId, table.status),
    index('applications_enterprise_idx').on(table.enterpriseId),
    index('applications_region_idx').on(table.regionCode),
    index('applications_holder_idx').on(table.holderOrgId, table.callId, table.id),
    // One live application per enterprise and exclusive group (the database settles concurrent creations).
    uniqueIndex('applications_exclusive_idx').on(table.enterpriseId, table.exclusiveKey),
  ],
);

/**
 * Version history: one row per saved version, except that rapid autosaves by the same person are squashed into
 * their latest row (see `applications.rules.ts`), so the history stays readable. The latest row may hold no
 * data: it then stands for the application's current content, and gets its copy when a newer row follows it,
 * so an autosave writes the document once, not twice.
 */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Null only on the latest row: the same as `applications.data`. */
    data: jsonb('data').$type<Record<string, unknown>>(),
    savedBy: text('saved_by').notNull(),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    /** What made this version: save, restore, submit, withdraw. */
    reason: text('reason').notNull().default('save'),
  },
  (table) => [
    // `version` is left out of the indexes: every autosave's squash moves it, and an unindexed column lets that
    // update stay a HOT update (no index entries written). The latest row is found by its null content.
    index('application_versions_app_idx').on(table.applicationId),
    index('application_versions_latest_idx').on(table.applicationId).where(sql`data is null`),
  ],
);

/** 附件: evidence files of an application, by the template's attachment kinds. */
export const applicationAttachments = pgTable(
  'application_attachments',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileId: text('file_id').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_attachments_app_idx').on(table.applicationId)],
);

/** Application state changes, with who and why (withdrawal reasons, returns). */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull().default(''),
    actorUserId: text('actor_user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    versionAt: integer('version_at').notNull(),
  },
  (table) => [index('application_events_app_idx').on(table.applicationId)],
);
