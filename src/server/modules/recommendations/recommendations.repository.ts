import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { recommendationItems, recommendations } from './recommendations.tables.js';

export type RecommendationRow = typeof recommendations.$inferSelect;
export type RecommendationItemRow = typeof recommendationItems.$inferSelect;

export function createRecommendationsRepository({ db }: { db: Database }) {
  return {
    insert: (row: typeof recommendations.$inferInsert) => db.insert(recommendations).values(row),
    insertItems: (rows: Array<typeof recommendationItems.$inferInsert>) => db.insert(recommendationItems).values(rows),
    findById: async (id: string) => (await db.select().from(recommendations).where(eq(recommendations.id, id)))[0],
    /** Lists a unit submitted or received in one call, oldest first. */
    listForUnit: (callId: string, organizationId: string) =>
      db
        .select()
        .from(recommendations)
        .where(
          and(
            eq(recommendations.callId, callId),
            or(eq(recommendations.organizationId, organizationId), eq(recommendations.toOrgId, organizationId)),
          ),
        )
        .orderBy(asc(recommendations.submittedAt)),
    listReceived: (callId: string, organizationId: string) =>
      db
        .select()
        .from(recommendations)
        .where(and(eq(recommendations.callId, callId), eq(recommendations.toOrgId, organizationId)))
        .orderBy(asc(recommendations.submittedAt)),
    itemsOf: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([] as RecommendationItemRow[])
        : db
            .select()
            .from(recommendationItems)
            .where(inArray(recommendationItems.recommendationId, ids))
            .orderBy(asc(recommendationItems.rank)),
    /** A unit's lists that still count (not recalled), for its quota and its summary. */
    activeOf: (callId: string, organizationId: string) =>
      db
        .select()
        .from(recommendations)
        .where(
          and(
            eq(recommendations.callId, callId),
            eq(recommendations.organizationId, organizationId),
            ne(recommendations.status, 'recalled'),
          ),
        ),
    /** The lower lists that passed these applications to this unit and are still open to recall. */
    openSourceLists: (toOrgId: string, applicationIds: string[]) =>
      db
        .selectDistinct({ id: recommendations.id })
        .from(recommendations)
        .innerJoin(recommendationItems, eq(recommendationItems.recommendationId, recommendations.id))
        .where(
          and(
            eq(recommendations.toOrgId, toOrgId),
            eq(recommendations.status, 'submitted'),
            inArray(recommendationItems.applicationId, applicationIds),
            isNull(recommendationItems.returnedAt),
          ),
        ),
    /** Locks lists the level above acted on; returns the ids it changed (a recall that got there first is missing). */
    lock: async (ids: string[], at: Date) =>
      ids.length === 0
        ? []
        : db
            .update(recommendations)
            .set({ status: 'locked', actedAt: at })
            .where(and(inArray(recommendations.id, ids), eq(recommendations.status, 'submitted')))
            .returning({ id: recommendations.id }),
    /**
     * Serialises a unit's submissions in one call until the transaction ends, so its quota is counted one list at a
     * time (a transaction-level advisory lock: no row to lock exists before the first list, and PGlite has it too).
     */
    lockQuota: (callId: string, organizationId: string) =>
      db.execute(sql`select pg_advisory_xact_lock(hashtext(${`recommendation-quota:${callId}:${organizationId}`}))`),
    /** Recall only while the level above has not acted: the status guard settles the race. */
    recall: async (id: string) =>
      (
        await db
          .update(recommendations)
          .set({ status: 'recalled' })
          .where(and(eq(recommendations.id, id), eq(recommendations.status, 'submitted')))
          .returning()
      )[0],
    markReturned: (recommendationId: string, applicationId: string, reason: string, at: Date) =>
      db
        .update(recommendationItems)
        .set({ returnedAt: at, returnReason: reason })
        .where(
          and(
            eq(recommendationItems.recommendationId, recommendationId),
            eq(recommendationItems.applicationId, applicationId),
            isNull(recommendationItems.returnedAt),
          ),
        )
        .returning(),
  };
}
