import { and, asc, desc, eq, gt, inArray, isNull, like, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { once } from '../../db/prepared.js';
import { applicationAttachments, applicationEvents, applications, applicationVersions } from './applications.tables.js';

export type ApplicationRow = typeof applications.$inferSelect;
export type AttachmentRow = typeof applicationAttachments.$inferSelect;
export type VersionRow = typeof applicationVersions.$inferSelect;

/** Who may read which applications, as a WHERE clause (another district's application never leaves the database). */
export type ApplicationScope =
  | { kind: 'all' }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'calls'; organizationId: string }
  | { kind: 'region'; prefix: string; unitId: string }
  | { kind: 'group'; groupId: string; unitId: string }
  | { kind: 'none' };

/** The states an application waits in for its holder: 待形式审查 (review) and 待推荐 (recommend). */
const heldStatuses = {
  review: ['submitted'],
  recommend: ['review_passed', 'recommended'],
  any: ['submitted', 'review_passed', 'recommended'],
};

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * A unit sees what reached it: what it holds now, what it judged (形式审查, also a rejection that left no holder),
 * and what a list it sent or received carried (a list recalled before it acted was never its). So a city does not
 * see an application its district has not recommended yet.
 */
const passedThrough = (unitId: string) => sql`(
  ${applications.holderOrgId} = ${unitId}
  or exists (select 1 from formal_reviews f where f.application_id = ${applications.id} and f.organization_id = ${unitId})
  or exists (
    select 1 from recommendation_items i join recommendations r on r.id = i.recommendation_id
    where i.application_id = ${applications.id}
      and (r.organization_id = ${unitId} or (r.to_org_id = ${unitId} and r.status <> 'recalled'))
  )
)`;

function scopeCondition(scope: ApplicationScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'enterprise':
      return eq(applications.enterpriseId, scope.enterpriseId);
    case 'calls':
      return sql`${applications.callId} in (select id from calls where organization_id = ${scope.organizationId})`;
    case 'region':
      return and(
        like(applications.regionCode, `${likeEscaped(scope.prefix)}%`),
        ne(applications.status, 'draft'),
        passedThrough(scope.unitId),
      );
    case 'group':
      return and(
        eq(applications.centralGroupId, scope.groupId),
        ne(applications.status, 'draft'),
        passedThrough(scope.unitId),
      );
    case 'none':
      return sql`false`;
  }
}

export function createApplicationsRepository({ db }: { db: Database }) {
  // An enterprise opening its own application (every autosave) runs prepared.
  const ofEnterprise = once(() =>
    db
      .select()
      .from(applications)
      .where(
        and(eq(applications.id, sql.placeholder('id')), eq(applications.enterpriseId, sql.placeholder('enterpriseId'))),
      )
      .prepare('application_of_enterprise'),
  );
  return {
    insert: async (row: typeof applications.$inferInsert) =>
      (await db.insert(applications).values(row).returning())[0]!,
    findInScope: async (scope: ApplicationScope, id: string) =>
      scope.kind === 'enterprise'
        ? (await ofEnterprise().execute({ id, enterpriseId: scope.enterpriseId }))[0]
        : (
            await db
              .select()
              .from(applications)
              .where(and(eq(applications.id, id), scopeCondition(scope)))
          )[0],
    findById: async (id: string) => (await db.select().from(applications).where(eq(applications.id, id)))[0],
    findManyById: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.select().from(applications).where(inArray(applications.id, ids)),
    findByExclusiveKey: async (enterpriseId: string, exclusiveKey: string) =>
      (
        await db
          .select()
          .from(applications)
          .where(and(eq(applications.enterpriseId, enterpriseId), eq(applications.exclusiveKey, exclusiveKey)))
      )[0],
    /** 待办 of a unit: what it holds in one call, keyset-paged by id (the holder index answers it). */
    listHeld: (
      organizationId: string,
      callId: string,
      page: { cursor?: string; limit: number; stage?: 'review' | 'recommend' },
    ) =>
      db
        .select({
          id: applications.id,
          enterpriseId: applications.enterpriseId,
          enterpriseName: applications.enterpriseName,
          regionCode: applications.regionCode,
          status: applications.status,
          submittedAt: applications.submittedAt,
        })
        .from(applications)
        .where(
          and(
            eq(applications.holderOrgId, organizationId),
            eq(applications.callId, callId),
            inArray(applications.status, heldStatuses[page.stage ?? 'any']),
            page.cursor ? gt(applications.id, page.cursor) : undefined,
          ),
        )
        .orderBy(asc(applications.id))
        .limit(page.limit + 1),
    /** Submitted applications of a call within a region prefix, for dashboards. */
    listForStats: (callId: string, regionPrefix: string) =>
      db
        .select({
          status: applications.status,
          regionCode: applications.regionCode,
          industryCode: applications.industryCode,
          data: applications.data,
        })
        .from(applications)
        .where(
          and(
            eq(applications.callId, callId),
            ne(applications.status, 'draft'),
            like(applications.regionCode, `${likeEscaped(regionPrefix)}%`),
          ),
        ),
    listByEnterprise: (enterpriseId: string) =>
      db
        .select()
        .from(applications)
        .where(eq(applications.enterpriseId, enterpriseId))
        .orderBy(desc(applications.updatedAt)),
    countByCall: (callId: string) =>
      db
        .select({ status: applications.status, regionCode: applications.regionCode, count: sql<number>`count(*)::int` })
        .from(applications)
        .where(eq(applications.callId, callId))
        .groupBy(applications.status, applications.regionCode),

    /**
     * An autosave in one statement (one round trip, atomic without an explicit transaction): writes the content
     * over the version the editor saw and records the history entry, squashing it into the editor's previous
     * autosave when that is recent. Undefined when the row changed since it was read (someone saved first, the
     * application was submitted, a file was attached).
     */
    /**
     * State changes are guarded by the state they leave, so two people acting at once cannot both win. Applies `changes` if the application is still in `status` (and, when given, held by `holder`, or showing
     * `fingerprint`: the content and files a submission checked); undefined when it moved meanwhile.
     */
    updateFromStatus: async (
      id: string,
      status: string,
      changes: Partial<ApplicationRow>,
      guard: { holder?: string | null; fingerprint?: string } = {},
    ) =>
      (
        await db
          .update(applications)
          .set(changes)
          .where(
            and(
              eq(applications.id, id),
              eq(applications.status, status),
              guard.holder ? eq(applications.holderOrgId, guard.holder) : undefined,
              guard.fingerprint ? eq(applications.fingerprint, guard.fingerprint) : undefined,
            ),
          )
          .returning()
      )[0],
    /**
     * Locks the application's row until the transaction ends, so file changes of one application (its total size,
     * its fingerprint) are made one at a time and never after a submission that committed meanwhile.
     */
    lockForFiles: async (id: string) =>
      (
        await db
          .select({ status: applications.status, data: applications.data })
          .from(applications)
          .where(eq(applications.id, id))
          .for('update')
      )[0],
    /** Hands an application back down without a state change (an upper level's list recalled or an item returned). */
    reassign: async (id: string, fromHolder: string, toHolder: string, recommendedLevel: string | null) =>
      (
        await db
          .update(applications)
          .set({ holderOrgId: toHolder, recommendedLevel })
          .where(and(eq(applications.id, id), eq(applications.holderOrgId, fromHolder)))
          .returning()
      )[0],
    /** Deletes a draft never submitted, at the version the user saw; its history and attachments go with it. */
    deleteDraft: async (id: string, expectedVersion: number) =>
      (
        await db
          .delete(applications)
          .where(
            and(
              eq(applications.id, id),
              eq(applications.version, expectedVersion),
              eq(applications.status, 'draft'),
              isNull(applications.submittedAt),
            ),
          )
          .returning({ id: applications.id })
      )[0],
    setFingerprint: (id: string, fingerprint: string, filesDigest: string) =>
      db.update(applications).set({ fingerprint, filesDigest }).where(eq(applications.id, id)),

    latestVersionRow: async (applicationId: string) =>
      (
        await db
          .select({
            id: applicationVersions.id,
            savedBy: applicationVersions.savedBy,
            savedByName: applicationVersions.savedByName,
            savedAt: applicationVersions.savedAt,
            reason: applicationVersions.reason,
          })
          .from(applicationVersions)
          .where(eq(applicationVersions.applicationId, applicationId))
          .orderBy(desc(applicationVersions.version))
          .limit(1)
      )[0],
    insertVersion: (row: typeof applicationVersions.$inferInsert) => db.insert(applicationVersions).values(row),
    listVersions: (applicationId: string) =>
      db
        .select({
          version: applicationVersions.version,
          savedAt: applicationVersions.savedAt,
          savedByName: applicationVersions.savedByName,
          reason: applicationVersions.reason,
        })
        .from(applicationVersions)
        .where(eq(applicationVersions.applicationId, applicationId))
        .orderBy(desc(applicationVersions.version)),
    /** One history entry with its content; the latest entry's content is the application's own. */
    findVersion: async (applicationId: string, version: number) =>
      (
        await db
          .select({
            version: applicationVersions.version,
            savedAt: applicationVersions.savedAt,
            savedByName: applicationVersions.savedByName,
            reason: applicationVersions.reason,
            data: sql<Record<string, unknown>>`coalesce(${applicationVersions.data}, ${applications.data})`,
          })
          .from(applicationVersions)
          .innerJoin(applications, eq(applications.id, applicationVersions.applicationId))
          .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version)))
      )[0],

    listAttachments: (applicationId: string) =>
      db
        .select()
        .from(applicationAttachments)
        .where(eq(applicationAttachments.applicationId, applicationId))
        .orderBy(asc(applicationAttachments.uploadedAt)),
    insertAttachment: (row: typeof applicationAttachments.$inferInsert) =>
      db.insert(applicationAttachments).values(row),
    deleteAttachment: async (applicationId: string, id: string) =>
      (
        await db
          .delete(applicationAttachments)
          .where(and(eq(applicationAttachments.applicationId, applicationId), eq(applicationAttachments.id, id)))
          .returning()
      )[0],
    /** Marks a history entry as submitted or judged, so later autosaves never squash into it. */
    sealVersion: (applicationId: string, version: number, reason: string) =>
      db
        .update(applicationVersions)
        .set({ reason })
        .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version))),
    insertEvent: (row: typeof applicationEvents.$inferInsert) => db.insert(applicationEvents).values(row),
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
