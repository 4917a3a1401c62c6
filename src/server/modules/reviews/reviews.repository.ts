import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { formalReviews } from './reviews.tables.js';

export type FormalReviewRow = typeof formalReviews.$inferSelect;

export function createReviewsRepository({ db }: { db: Database }) {
  return {
    insert: (row: typeof formalReviews.$inferInsert) => db.insert(formalReviews).values(row),
    latestReturn: async (applicationId: string) =>
      (
        await db
          .select()
          .from(formalReviews)
          .where(and(eq(formalReviews.applicationId, applicationId), eq(formalReviews.outcome, 'return')))
          .orderBy(desc(formalReviews.createdAt))
          .limit(1)
      )[0],
    latest: async (applicationId: string) =>
      (
        await db
          .select()
          .from(formalReviews)
          .where(eq(formalReviews.applicationId, applicationId))
          .orderBy(desc(formalReviews.createdAt))
          .limit(1)
      )[0],
  };
}
