import { and, asc, count, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { users } from '../users/users.tables.js';
import { enterprises, invitations, organizations } from './organizations.tables.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type EnterpriseRow = typeof enterprises.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export type ListPage = { q?: string; cursor?: string; limit: number };

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

export function createOrganizationsRepository({ db }: { db: Database }) {
  return {
    findById: async (id: string) => (await db.select().from(organizations).where(eq(organizations.id, id)))[0],
    /** Recommending units whose own region is one of `regionCodes` (a county, its city, its province). */
    listRecommendersIn: (regionCodes: string[]) =>
      db
        .select()
        .from(organizations)
        .where(and(eq(organizations.type, 'recommender'), inArray(organizations.regionCode, regionCodes))),
    insertOrganization: async (row: typeof organizations.$inferInsert) =>
      (await db.insert(organizations).values(row).returning())[0]!,
    findEnterpriseByUscc: async (uscc: string) =>
      (await db.select().from(enterprises).where(eq(enterprises.uscc, uscc)))[0],
    /** Inserts unless the credit code is taken (the unique index decides under concurrency). */
    insertEnterprise: async (row: typeof enterprises.$inferInsert) =>
      (await db.insert(enterprises).values(row).onConflictDoNothing({ target: enterprises.uscc }).returning())[0],

    /** Ids of an organisation and everything created below it. */
    async listSubtreeIds(rootId: string): Promise<string[]> {
      const result = await db.execute(sql`
        with recursive tree as (
          select id from organizations where id = ${rootId}
          union all
          select o.id from organizations o join tree t on o.parent_id = t.id
        ) select id from tree`);
      // Both drivers answer { rows }; the generic query-result type does not say so.
      return (result as unknown as { rows: Array<{ id: string }> }).rows.map((row) => row.id);
    },

    /** Keyset-paged by id; `within` limits to a subtree (undefined = everything). */
    async listOrganizations(page: ListPage & { type?: string; within?: string[] }) {
      const conditions: SQL[] = [];
      if (page.within) conditions.push(inArray(organizations.id, page.within));
      if (page.type) conditions.push(eq(organizations.type, page.type));
      if (page.q) conditions.push(ilike(organizations.name, likeEscaped(page.q)));
      if (page.cursor) conditions.push(gt(organizations.id, page.cursor));
      const rows = await db
        .select({ organization: organizations, userCount: count(users.id) })
        .from(organizations)
        .leftJoin(users, eq(users.organizationId, organizations.id))
        .where(and(...conditions))
        .groupBy(organizations.id)
        .orderBy(asc(organizations.id))
        .limit(page.limit + 1);
      return rows;
    },

    async listUsers(page: ListPage & { organizationIds?: string[] }) {
      const conditions: SQL[] = [];
      if (page.organizationIds) conditions.push(inArray(users.organizationId, page.organizationIds));
      if (page.q)
        conditions.push(or(ilike(users.username, likeEscaped(page.q)), ilike(users.displayName, likeEscaped(page.q)))!);
      if (page.cursor) conditions.push(gt(users.id, page.cursor));
      return db
        .select({ user: users, organizationName: organizations.name })
        .from(users)
        .leftJoin(organizations, eq(organizations.id, users.organizationId))
        .where(and(...conditions))
        .orderBy(asc(users.id))
        .limit(page.limit + 1);
    },

    insertInvitation: (row: typeof invitations.$inferInsert) => db.insert(invitations).values(row),
    findInvitationByHash: async (tokenHash: string) =>
      (await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)))[0],
    /** Marks an unused, unexpired invitation used; returns it, or undefined when it was not usable. */
    claimInvitation: async (tokenHash: string, now: Date) =>
      (
        await db
          .update(invitations)
          .set({ usedAt: now })
          .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt), gt(invitations.expiresAt, now)))
          .returning()
      )[0],
  };
}
