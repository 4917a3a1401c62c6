import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export function createUsersRepository({ db }: { db: Database }) {
  return {
    findByUsername: async (username: string) => (await db.select().from(users).where(eq(users.username, username)))[0],
    findById: async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0],
    countUsers: async () => (await db.select({ value: count() }).from(users))[0]?.value ?? 0,
    listByOrganization: (organizationId: string) =>
      db.select().from(users).where(eq(users.organizationId, organizationId)).orderBy(users.username),
    /** Inserts unless the username is taken; returns the row or undefined when taken. */
    insertUser: async (user: NewUser) =>
      (await db.insert(users).values(user).onConflictDoNothing({ target: users.username }).returning())[0],

    /**
     * Counts a failed sign-in atomically; the failure that reaches `limit` locks the account until `lockUntil`
     * and starts the count again, so two racing failures cannot both slip under the limit.
     */
    recordFailedSignIn: async (id: string, limit: number, lockUntil: Date) =>
      (
        await db
          .update(users)
          .set({
            failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${limit} then 0 else ${users.failedSignIns} + 1 end`,
            lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${limit} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
          })
          .where(eq(users.id, id))
          .returning({ lockedUntil: users.lockedUntil })
      )[0],
    /** Optimistic concurrency: undefined when the version moved on. */
    updateAtVersion: async (id: string, version: number, changes: Partial<UserRow>) =>
      (
        await db
          .update(users)
          .set({ ...changes, version: version + 1 })
          .where(and(eq(users.id, id), eq(users.version, version)))
          .returning()
      )[0],
    setPasswordHash: (id: string, passwordHash: string) =>
      db
        .update(users)
        .set({ passwordHash, failedSignIns: 0, lockedUntil: null, version: sql`${users.version} + 1` })
        .where(eq(users.id, id)),
    resetFailedSignIns: (id: string) =>
      db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id)),
  };
}
