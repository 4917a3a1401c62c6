import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { type DatabaseKind, databaseKinds, isPostgresAvailable } from '../../test/databases.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { sessions } from '../auth/auth.tables.js';
import { users } from '../users/users.tables.js';
import { applications } from './applications.tables.js';

/**
 * The autosave answers from what this instance last wrote and from its recent sessions, and its one statement checks
 * in the database that none of it moved. These tests move each thing behind its back, from another instance or in
 * the database, and expect the next save to notice.
 */
const kinds = databaseKinds.filter((kind) => kind === 'pglite' || isPostgresAvailable());
const window = { opensAt: '2020-01-01T00:00:00+08:00', closesAt: '2099-12-31T17:00:00+08:00' };

async function setUp(kind: DatabaseKind, name: string, uscc: string) {
  const test = await createTestApp(kind);
  const office = await createOffice(test.app, test.handle.db, `${name}-office`);
  const enterprise = await registerEnterprise(test.app, { username: `${name}-ent`, uscc, regionCode: '420106' });
  const callId = await publishCall(test.app, office, { templateId: 'excellent-scenario', ...window });
  const draft = await createDraft(test.app, enterprise.session, callId);
  return { ...test, enterprise, draft };
}

/** An editor of one draft that remembers the version it last saw, as the UI does. */
function editorOf(app: App, session: Session, draft: { id: string; version: number }) {
  const save = (text: string, target: App = app) =>
    target.inject({
      method: 'PATCH',
      url: `/api/applications/${draft.id}`,
      headers: { ...asUser(session), 'if-match': String(draft.version) },
      payload: { data: { overview: { introduction: text } } },
    });
  return {
    save,
    async saved(text: string, target: App = app) {
      const response = await save(text, target);
      expect(response.statusCode, response.body).toBe(200);
      draft.version = response.json().version;
      return response;
    },
  };
}

describe.each(kinds)('autosave over cached state (%s)', (kind: DatabaseKind) => {
  let test: Awaited<ReturnType<typeof setUp>>;
  let other: App;
  const stored = async () =>
    (await test.handle.db.select().from(applications).where(eq(applications.id, test.draft.id)))[0]!;

  beforeAll(async () => {
    test = await setUp(kind, `cache-${kind}`, '91350100M000100Y43');
    other = await test.otherInstance();
  });
  // Each test starts from the stored version, whatever the one before it left.
  beforeEach(async () => {
    test.draft.version = (await stored()).version;
  });
  afterAll(() => test?.close());

  it('a session signed out on another instance cannot save on this one: 401, and nothing is written', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const editor = editorOf(test.app, session, test.draft);
    await editor.saved('登录后第一稿');
    await editor.saved('登录后第二稿');
    const signedOut = await other.inject({ method: 'POST', url: '/api/auth/logout', headers: asUser(session) });
    expect(signedOut.statusCode).toBeLessThan(300);
    const before = await stored();
    const refused = await editor.save('退出后还想保存');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('UNAUTHENTICATED');
    const after = await stored();
    expect(after.version).toBe(before.version);
    expect(JSON.stringify(after.data)).not.toContain('退出后还想保存');
  });

  it('after a sign-out elsewhere, a bad body or a stale version still answers 401 first', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const editor = editorOf(test.app, session, test.draft);
    await editor.saved('校验前');
    await editor.saved('校验前第二稿');
    await other.inject({
      method: 'POST',
      url: '/api/me/sessions/revoke-others',
      headers: asUser(test.enterprise.session),
    });
    const badBody = await test.app.inject({
      method: 'PATCH',
      url: `/api/applications/${test.draft.id}`,
      headers: { ...asUser(session), 'if-match': String(test.draft.version) },
      payload: { data: { overview: { introduction: 12 } } },
    });
    expect(badBody.statusCode).toBe(401);
    const stale = await test.app.inject({
      method: 'PATCH',
      url: `/api/applications/${test.draft.id}`,
      headers: { ...asUser(session), 'if-match': String(test.draft.version - 1) },
      payload: { data: { overview: { introduction: '旧版本' } } },
    });
    expect(stale.statusCode).toBe(401);
  });

  it('saves with an API token (no session to check) and refuses a revoked one', async () => {
    const created = await test.app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: asUser(test.enterprise.session),
      payload: { name: '脚本' },
    });
    const bearer = { authorization: `Bearer ${created.json().token}` };
    const saveWith = (text: string) =>
      test.app.inject({
        method: 'PATCH',
        url: `/api/applications/${test.draft.id}`,
        headers: { ...bearer, 'if-match': String(test.draft.version) },
        payload: { data: { overview: { introduction: text } } },
      });
    for (const text of ['脚本第一稿', '脚本第二稿']) {
      const response = await saveWith(text);
      expect(response.statusCode, response.body).toBe(200);
      test.draft.version = response.json().version;
    }
    const revoked = await other.inject({
      method: 'DELETE',
      url: `/api/me/tokens/${created.json().id}`,
      headers: asUser(test.enterprise.session),
    });
    expect(revoked.statusCode).toBeLessThan(300);
    expect((await saveWith('吊销后')).statusCode).toBe(401);
  });

  it('a user moved out of the enterprise meanwhile gets 401 on the next save, not a write', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const editor = editorOf(test.app, session, test.draft);
    await editor.saved('移出前');
    await editor.saved('移出前第二稿');
    await test.handle.db.update(users).set({ organizationId: null }).where(eq(users.id, session.userId));
    try {
      const refused = await editor.save('移出后');
      expect(refused.statusCode).toBe(401);
      expect(JSON.stringify((await stored()).data)).not.toContain('移出后');
    } finally {
      await test.handle.db
        .update(users)
        .set({ organizationId: test.enterprise.id })
        .where(eq(users.id, session.userId));
    }
  });

  it('a session that expired since it was cached gets 401', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const editor = editorOf(test.app, session, test.draft);
    await editor.saved('过期前');
    await editor.saved('过期前第二稿');
    await test.handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, session.userId));
    expect((await editor.save('过期后')).statusCode).toBe(401);
  });

  it('a profile changed on another instance reaches the prefilled fields on the next save here', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const editor = editorOf(test.app, session, test.draft);
    await editor.saved('改资料前');
    await editor.saved('改资料前第二稿');
    const profile = await other.inject({
      method: 'GET',
      url: `/api/enterprises/${test.enterprise.id}`,
      headers: asUser(session),
    });
    const changed = await other.inject({
      method: 'PATCH',
      url: `/api/enterprises/${test.enterprise.id}`,
      headers: { ...asUser(session), 'if-match': String(profile.json().version) },
      payload: { contactName: '王新联' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await editor.saved('改资料后');
    const after = await stored();
    expect(JSON.stringify(after.data)).toContain('王新联');
    expect(JSON.stringify(after.data)).toContain('改资料后');
  });

  it('a save that another instance overtook is a VERSION_CONFLICT here, with the version that won', async () => {
    const session = await signIn(test.app, `cache-${kind}-ent`, 'A-good-password-1');
    const stale = { ...test.draft };
    const here = editorOf(test.app, session, stale);
    await here.saved('本实例');
    const elsewhere = editorOf(other, session, { ...stale });
    const overtaking = await elsewhere.saved('另一实例抢先');
    const refused = await here.save('本实例晚到');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('VERSION_CONFLICT');
    expect(JSON.stringify(refused.json())).toContain(String(overtaking.json().version));
    test.draft.version = overtaking.json().version;
  });
});

/** Statements node-postgres sends while `work` runs. */
async function statementsDuring(work: () => Promise<unknown>) {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string; name?: string };
    sent.push(typeof config === 'string' ? config : (config.name ?? config.text ?? ''));
    return (original as (...values: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent;
}

describe.skipIf(!isPostgresAvailable())('autosave round trips on PostgreSQL', () => {
  let test: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    test = await setUp('postgres', 'trips', '91110000600037341L');
  });
  afterAll(() => test?.close());

  it('after the first save, each save is one statement: no session, profile or row read', async () => {
    const editor = editorOf(test.app, test.enterprise.session, test.draft);
    await editor.saved('第一稿');
    const sent = await statementsDuring(async () => {
      for (const text of ['第二稿', '第三稿', '第四稿']) await editor.saved(text);
    });
    expect(sent).toEqual(['application_save_content', 'application_save_content', 'application_save_content']);
  });

  it('other requests of the same session still read it on every request', async () => {
    const sent = await statementsDuring(() =>
      test.app.inject({
        method: 'GET',
        url: `/api/applications/${test.draft.id}`,
        headers: asUser(test.enterprise.session),
      }),
    );
    expect(sent).toContain('session_with_user');
  });
});
