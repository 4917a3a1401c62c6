import { and, count, eq, gt, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { once } from '../../db/prepared.js';
import { users } from '../users/users.tables.js';
import { apiTokens, passwordResets, sessions, signInFailures } from './auth.tables.js';

export type SessionRow = typeof sessions.$inferSelect;

/**
 * True while the session is live and its user still has the role and organisation a cached actor was resolved with;
 * true as well when `sessionId` is null (bearer tokens are resolved on every request). Written for one prepared write
 * statement of another module, with that statement's placeholders: the session check costs it no round trip.
 */
export function liveSessionCondition(values: {
  sessionId: SQL;
  userId: SQL;
  role: SQL;
  organizationId: SQL;
  now: SQL;
}) {
  return sql`(${values.sessionId}::text is null or exists (
    select 1 from ${sessions} join ${users} on ${users.id} = ${sessions.userId}
    where ${sessions.id} = ${values.sessionId} and ${sessions.userId} = ${values.userId}
      and ${sessions.expiresAt} > ${values.now} and ${users.role} = ${values.role}
      and ${users.organizationId} is not distinct from ${values.organizationId}::text))`;
}

export function createAuthRepository({ db }: { db: Database }) {
  // Prepared once per repository: the hottest query skips the query builder and PostgreSQL's parse and plan.
  // Only what an actor is made of: each column read costs the driver and the row mapping on every request.
  const sessionWithUser = once(() =>
    db
      .select({
        session: { id: sessions.id, csrfToken: sessions.csrfToken, lastSeenAt: sessions.lastSeenAt },
        user: {
          id: users.id,
          username: users.username,
          role: users.role,
          organizationId: users.organizationId,
          isOrganizationAdmin: users.isOrganizationAdmin,
        },
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .prepare('session_with_user'),
  );
  return {
    insertSession: (session: typeof sessions.$inferInsert) => db.insert(sessions).values(session),
    /** A live session with its user in one round trip: every signed-in request starts here. */
    findSessionWithUser: async (tokenHash: string, now: Date) =>
      (await sessionWithUser().execute({ tokenHash, now }))[0],
    findLiveSession: async (id: string, now: Date) =>
      (
        await db
          .select({ userId: users.id, role: users.role, organizationId: users.organizationId })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
      )[0],
    touchSession: (id: string, now: Date) => db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)),
    listSessions: (userId: string, now: Date) =>
      db
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
        .orderBy(sessions.createdAt),
    deleteSession: async (userId: string, id: string) =>
      (
        await db
          .delete(sessions)
          .where(and(eq(sessions.userId, userId), eq(sessions.id, id)))
          .returning()
      ).length,
    deleteOtherSessions: (userId: string, keepId: string | null) =>
      db
        .delete(sessions)
        .where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId)),
    deleteExpiredSessions: (now: Date) => db.delete(sessions).where(lt(sessions.expiresAt, now)),

    insertApiToken: (token: typeof apiTokens.$inferInsert) => db.insert(apiTokens).values(token),
    findApiTokenByHash: async (tokenHash: string) =>
      (
        await db
          .select()
          .from(apiTokens)
          .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
      )[0],
    touchApiToken: (id: string, now: Date) => db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id)),
    listApiTokens: (userId: string) =>
      db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
        .orderBy(apiTokens.createdAt),
    revokeApiToken: async (userId: string, id: string, now: Date) =>
      (
        await db
          .update(apiTokens)
          .set({ revokedAt: now })
          .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
          .returning()
      ).length,

    insertPasswordReset: (row: typeof passwordResets.$inferInsert) => db.insert(passwordResets).values(row),
    /** Marks an unused, unexpired reset token used; returns it, or undefined when it was not usable. */
    claimPasswordReset: async (tokenHash: string, now: Date) =>
      (
        await db
          .update(passwordResets)
          .set({ usedAt: now })
          .where(
            and(
              eq(passwordResets.tokenHash, tokenHash),
              isNull(passwordResets.usedAt),
              gt(passwordResets.expiresAt, now),
            ),
          )
          .returning()
      )[0],

    insertSignInFailure: (id: string, ip: string, at: Date) => db.insert(signInFailures).values({ id, ip, at }),
    countSignInFailures: async (ip: string, since: Date) =>
      (
        await db
          .select({ value: count() })
          .from(signInFailures)
          .where(and(eq(signInFailures.ip, ip), gt(signInFailures.at, since)))
      )[0]?.value ?? 0,
  };
}
