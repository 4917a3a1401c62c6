import { and, asc, eq, gt, ilike, isNotNull, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { once } from '../../db/prepared.js';
import type { EnterpriseScope } from './organizations.policy.js';
import { enterprises } from './organizations.tables.js';

export type EnterpriseRow = typeof enterprises.$inferSelect;

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The scope as a WHERE clause, so another district's enterprise never leaves the database. */
function scopeCondition(scope: EnterpriseScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'region':
      return like(enterprises.regionCode, `${likeEscaped(scope.prefix)}%`);
    case 'group':
      return eq(enterprises.centralGroupId, scope.groupId);
    case 'self':
      return eq(enterprises.organizationId, scope.organizationId);
    case 'none':
      return sql`false`;
  }
}

/**
 * True while the enterprise's profile is still at `version` (every profile change moves it). Written for one prepared
 * write statement of another module, which computed its content from that version of the profile.
 */
export const profileUnchangedCondition = (values: { enterpriseId: SQL; version: SQL }) =>
  sql`exists (select 1 from ${enterprises}
    where ${enterprises.organizationId} = ${values.enterpriseId} and ${enterprises.version} = ${values.version})`;

export function createEnterprisesRepository({ db }: { db: Database }) {
  // The applicant's profile is read on every autosave (the form's prefill), so that read runs prepared.
  const byId = once(() =>
    db
      .select()
      .from(enterprises)
      .where(eq(enterprises.organizationId, sql.placeholder('id')))
      .prepare('enterprise_by_id'),
  );
  return {
    findInScope: async (scope: EnterpriseScope, id: string) =>
      scope.kind === 'all'
        ? (await byId().execute({ id }))[0]
        : (
            await db
              .select()
              .from(enterprises)
              .where(and(eq(enterprises.organizationId, id), scopeCondition(scope)))
          )[0],

    async listInScope(
      scope: EnterpriseScope,
      page: { q?: string; verified?: 'true' | 'false'; cursor?: string; limit: number },
    ) {
      const conditions: Array<SQL | undefined> = [scopeCondition(scope)];
      if (page.q)
        conditions.push(
          or(ilike(enterprises.name, `%${likeEscaped(page.q)}%`), eq(enterprises.uscc, page.q.toUpperCase())),
        );
      if (page.verified === 'true') conditions.push(isNotNull(enterprises.verifiedAt));
      if (page.verified === 'false') conditions.push(isNull(enterprises.verifiedAt));
      if (page.cursor) conditions.push(gt(enterprises.organizationId, page.cursor));
      return db
        .select()
        .from(enterprises)
        .where(and(...conditions))
        .orderBy(asc(enterprises.organizationId))
        .limit(page.limit + 1);
    },

    /** Optimistic concurrency: updates only the version the caller saw; undefined means someone else saved first. */
    updateAtVersion: async (id: string, version: number, changes: Partial<EnterpriseRow>) =>
      (
        await db
          .update(enterprises)
          .set({ ...changes, version: version + 1 })
          .where(and(eq(enterprises.organizationId, id), eq(enterprises.version, version)))
          .returning()
      )[0],
  };
}
