import { type SQL, sql } from 'drizzle-orm';
import { editableStates } from '../../../shared/applications/application-state.js';
import type { Database } from '../../db/client.js';
import { once, prepareSql } from '../../db/prepared.js';
import type { AuthService } from '../auth/auth.service.js';
import type { EnterprisesService } from '../organizations/enterprises.service.js';

/**
 * What a content write rests on beyond the row itself, checked inside its one statement: the writer's session is
 * still live (the gate may have answered from memory) and the profile the prefill came from is still current.
 */
export type ContentWriteGuards = {
  liveSession: AuthService['liveSessionCondition'];
  profileUnchanged: EnterprisesService['profileUnchangedCondition'];
};

export type ContentWrite = {
  id: string;
  expectedVersion: number;
  data: Record<string, unknown>;
  fingerprint: string;
  /** The attached files' digest the fingerprint was computed with. */
  filesDigest: string;
  /** The profile version the prefilled fields were taken from. */
  profileVersion: number;
  userId: string;
  username: string;
  /** The writer's cookie session (null for a bearer token) with the role and organisation it was resolved with. */
  sessionId: string | null;
  role: string;
  organizationId: string | null;
  reason: 'save' | 'restore';
  now: Date;
  squashAfter: Date;
  historyId: string;
};

/**
 * Every autosave is this one prepared statement (planning it costs PostgreSQL more than running it), and on the
 * autosave path its only round trip: the row, the session and the profile are all checked in it.
 * The latest history row holds no copy (it reads as the current content): a squashed save only moves its
 * version and time; a save that starts a new row first gives the row it follows the content it replaces.
 */
export function createContentWriter({ db, guards }: { db: Database; guards: ContentWriteGuards }) {
  const statement = once(() => {
    const value = (name: keyof ContentWrite): SQL => sql`${sql.placeholder(name)}`;
    // The row is still the one the content was worked out from: same version, still editable (a submission does not
    // move the version), same attached files (an upload moves the digest, part of the fingerprint, not the version),
    // and the same profile behind its prefill; and the writer is still signed in as who the content was checked for.
    const editable = sql.raw(editableStates.map((state) => `'${state}'`).join(', '));
    const unchanged = sql`id = ${value('id')} and version = ${value('expectedVersion')}
            and status in (${editable}) and files_digest = ${value('filesDigest')}
            and ${guards.profileUnchanged({ enterpriseId: sql`applications.enterprise_id`, version: value('profileVersion') })}
            and ${guards.liveSession({
              sessionId: value('sessionId'),
              userId: value('userId'),
              role: value('role'),
              organizationId: value('organizationId'),
              now: value('now'),
            })}`;
    return prepareSql<{ version: number; fingerprint: string; updated_at: string | Date }>(
      db,
      'application_save_content',
      sql`
        with previous as (
          -- Only read when the update below applied: then it is the content that update replaced.
          select data from applications where id = ${value('id')}
        ),
        updated as (
          update applications
          set data = ${value('data')}::jsonb, version = version + 1, fingerprint = ${value('fingerprint')},
              updated_by = ${value('userId')}, updated_at = ${value('now')}
          where ${unchanged}
          returning id, version, fingerprint, updated_at
        ),
        latest as (
          -- The row standing for the current content (application_versions_latest_idx). There is none right after
          -- the application was created (that row holds its own copy): the save then starts a new row.
          select id, saved_by, saved_at, reason from application_versions
          where application_id = ${value('id')} and data is null order by version desc limit 1
        ),
        squashed as (
          update application_versions v
          set version = u.version, data = null, saved_at = ${value('now')}
          from updated u, latest l
          where v.id = l.id and ${value('reason')} = 'save' and l.reason = 'save'
            and l.saved_by = ${value('userId')} and l.saved_at > ${value('squashAfter')}
          returning v.id
        ),
        closed as (
          update application_versions v
          set data = p.data
          from updated u, latest l, previous p
          where v.id = l.id and v.data is null and not exists (select 1 from squashed)
          returning v.id
        ),
        inserted as (
          insert into application_versions (id, application_id, version, data, saved_by, saved_by_name, saved_at, reason)
          select ${value('historyId')}, u.id, u.version, null, ${value('userId')}, ${value('username')}, ${value('now')},
                 ${value('reason')}
          from updated u where not exists (select 1 from squashed)
          returning id
        )
        select version, fingerprint, updated_at from updated`,
    );
  });
  return {
    /**
     * Writes the content over `expectedVersion`; undefined when the row, session or profile moved meanwhile.
     * `dataLength`: the content's JSON length, for callers that keep it in memory.
     */
    async saveContent(
      input: ContentWrite,
    ): Promise<{ version: number; fingerprint: string; updatedAt: Date; dataLength: number } | undefined> {
      const data = JSON.stringify(input.data);
      // Times go as ISO text: node-postgres formats a Date field by field, a cost on every keystroke's save.
      const [row] = await statement()({
        ...input,
        data,
        now: input.now.toISOString(),
        squashAfter: input.squashAfter.toISOString(),
      });
      if (!row) return undefined;
      return {
        version: row.version,
        fingerprint: row.fingerprint,
        updatedAt: new Date(row.updated_at),
        dataLength: data.length,
      };
    },
  };
}
