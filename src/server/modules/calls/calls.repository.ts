import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { callExtensions, calls } from './calls.tables.js';

export type CallRow = typeof calls.$inferSelect;
export type ExtensionRow = typeof callExtensions.$inferSelect;

export function createCallsRepository({ db }: { db: Database }) {
  return {
    insert: async (row: typeof calls.$inferInsert) => (await db.insert(calls).values(row).returning())[0]!,
    findById: async (id: string) => (await db.select().from(calls).where(eq(calls.id, id)))[0],
    listByStatus: (statuses: string[]) =>
      db.select().from(calls).where(inArray(calls.status, statuses)).orderBy(desc(calls.closesAt)),
    listByOrganization: (organizationId: string) =>
      db.select().from(calls).where(eq(calls.organizationId, organizationId)).orderBy(desc(calls.createdAt)),
    listAll: () => db.select().from(calls).orderBy(desc(calls.createdAt)),
    /** Moves a call from one status to another; undefined when it was not in `from` any more. */
    setStatus: async (id: string, from: string, to: string, changes: Partial<CallRow> = {}) =>
      (
        await db
          .update(calls)
          .set({ ...changes, status: to })
          .where(and(eq(calls.id, id), eq(calls.status, from)))
          .returning()
      )[0],
    findExtension: async (callId: string, enterpriseId: string) =>
      (
        await db
          .select()
          .from(callExtensions)
          .where(and(eq(callExtensions.callId, callId), eq(callExtensions.enterpriseId, enterpriseId)))
      )[0],
    listExtensions: (callId: string) => db.select().from(callExtensions).where(eq(callExtensions.callId, callId)),
    /** One extension per enterprise and call; granting again replaces it. */
    upsertExtension: async (row: typeof callExtensions.$inferInsert) =>
      (
        await db
          .insert(callExtensions)
          .values(row)
          .onConflictDoUpdate({
            target: [callExtensions.callId, callExtensions.enterpriseId],
            set: { closesAt: row.closesAt, reason: row.reason, grantedBy: row.grantedBy, grantedAt: new Date() },
          })
          .returning()
      )[0]!,
  };
}
