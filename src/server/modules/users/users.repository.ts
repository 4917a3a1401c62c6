import { count, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export function createUsersRepository({ db }: { db: Database }) {
  return {
    findByUsername: async (username: string) => (await db.select().from(users).where(eq(users.username, username)))[0],
    countUsers: async () => (await db.select({ value: count() }).from(users))[0]?.value ?? 0,
    /** Inserts unless the username is taken; returns the row or undefined when taken. */
    insertUser: async (user: NewUser) =>
      (await db.insert(users).values(user).onConflictDoNothing({ target: users.username }).returning())[0],
  };
}
