import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeUsccCheckCharacter } from '../../../shared/organizations/uscc.rules.js';
import type { App } from '../../app.js';
import type { Database } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { createDraft, createOffice, publishCall, registerEnterprise, submitComplete } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';
import { auditLog } from '../audit/audit.tables.js';
import { applicationVersions } from './applications.tables.js';

/** 删除草稿: a draft started by mistake must not hold the year's scenario/factory exclusivity for good. */
let app: App;
let db: Database;
let close: () => Promise<void>;
let office: Session;
let enterprise: { session: Session; id: string };
let other: { session: Session; id: string };
let scenarioCall: string;
let factoryCall: string;

const uscc = (head: string) => head + computeUsccCheckCharacter(head);

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  db = test.handle.db;
  office = await createOffice(app, db, 'delete-office');
  enterprise = await registerEnterprise(app, {
    username: 'del-a',
    uscc: uscc('91420106MA4K8DEL0'),
    regionCode: '420106',
  });
  other = await registerEnterprise(app, { username: 'del-b', uscc: uscc('91420106MA4K8DEL1'), regionCode: '420106' });
  const window = { opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-31T17:00:00+08:00' };
  scenarioCall = await publishCall(app, office, { templateId: 'excellent-scenario', ...window });
  factoryCall = await publishCall(app, office, { templateId: 'demo-factory', ...window });
});
afterAll(() => close());

const remove = (id: string, session: Session, version: number | string) =>
  app.inject({
    method: 'DELETE',
    url: `/api/applications/${id}`,
    headers: { ...asUser(session), 'if-match': String(version) },
  });

describe('deleting a draft', () => {
  it('frees the year for the other national direction, with its history gone and the deletion audited', async () => {
    const draft = await createDraft(app, enterprise.session, scenarioCall, ['2024-01']);
    const blocked = await app.inject({
      method: 'POST',
      url: `/api/calls/${factoryCall}/applications`,
      headers: asUser(enterprise.session),
      payload: { scenarioCodes: [] },
    });
    expect(blocked.json().error.code).toBe('CONFLICTING_APPLICATION');

    expect((await remove(draft.id, other.session, draft.version)).statusCode).toBe(404);
    const stale = await remove(draft.id, enterprise.session, draft.version + 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await remove(draft.id, office, draft.version)).statusCode).toBe(403);

    const deleted = await remove(draft.id, enterprise.session, draft.version);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    const read = await app.inject({ url: `/api/applications/${draft.id}`, headers: asUser(enterprise.session) });
    expect(read.statusCode).toBe(404);
    expect(await db.select().from(applicationVersions).where(eq(applicationVersions.applicationId, draft.id))).toEqual(
      [],
    );
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.deleted'), eq(auditLog.targetId, draft.id)));
    expect(entry?.oldValue).toMatchObject({ callId: scenarioCall, version: draft.version });

    await createDraft(app, enterprise.session, factoryCall);
    expect((await remove(draft.id, enterprise.session, draft.version)).statusCode).toBe(404);
  });

  it('keeps anything once submitted: submitted and withdrawn records answer 409 NOT_DELETABLE', async () => {
    const { id } = await createDraft(app, other.session, scenarioCall, ['2024-01']);
    await submitComplete(app, other.session, id, scenarioCall);
    const submitted = (await app.inject({ url: `/api/applications/${id}`, headers: asUser(other.session) })).json();
    const refused = await remove(id, other.session, submitted.version);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NOT_DELETABLE');
    const withdrawn = await app.inject({
      method: 'POST',
      url: `/api/applications/${id}/withdraw`,
      headers: asUser(other.session),
      payload: { reason: '补充材料' },
    });
    expect(withdrawn.json()).toEqual({ status: 'withdrawn' });
    const again = (await app.inject({ url: `/api/applications/${id}`, headers: asUser(other.session) })).json();
    expect((await remove(id, other.session, again.version)).json().error.code).toBe('NOT_DELETABLE');
    expect((await app.inject({ url: `/api/applications/${id}`, headers: asUser(other.session) })).statusCode).toBe(200);
  });
});
