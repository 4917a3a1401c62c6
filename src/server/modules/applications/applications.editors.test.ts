import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { Database } from '../../db/client.js';
import { testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { type DatabaseKind, databaseKinds, isPostgresAvailable } from '../../test/databases.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { createUsersService } from '../users/users.service.js';
import { filesDigestOf, fingerprintOf, squashWindowMs } from './applications.rules.js';
import { applications } from './applications.tables.js';

/** Two users of one enterprise on one application: attributed saves, no silent overwrite, no merged history. */
const kinds = databaseKinds.filter((kind) => kind === 'pglite' || isPostgresAvailable());

describe.each(kinds)('two editors of one enterprise (%s)', (kind: DatabaseKind) => {
  let app: App;
  let close: () => Promise<void>;
  let clock = new Date('2026-12-01T10:00:00+08:00');
  let owner: Session;
  let colleague: Session;
  let id: string;
  let callId: string;
  let db: Database;
  const minutes = (count: number) => {
    clock = new Date(clock.getTime() + count * 60_000);
  };

  beforeAll(async () => {
    const test = await createTestApp(kind, { now: () => clock });
    ({ app, close } = test);
    db = test.handle.db;
    const office = await createOffice(app, test.handle.db, 'editors-office');
    const enterprise = await registerEnterprise(app, {
      username: 'editor-owner',
      uscc: '91350100M000100Y43',
      regionCode: '420106',
    });
    owner = enterprise.session;
    await createUsersService({ db: test.handle.db }).createUser({
      username: 'editor-colleague',
      password: testPassword,
      role: 'enterprise',
      organizationId: enterprise.id,
    });
    colleague = await signIn(app, 'editor-colleague', testPassword);
    callId = await publishCall(app, office, {
      templateId: 'excellent-scenario',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-31T17:00:00+08:00',
    });
    const created = await createDraft(app, owner, callId, ['2024-01']);
    expect(created.version).toBe(1);
    id = created.id;
  });
  afterAll(() => close?.());

  const save = (session: Session, version: number, introduction: string) =>
    app.inject({
      method: 'PATCH',
      url: `/api/applications/${id}`,
      headers: { ...asUser(session), 'if-match': String(version) },
      payload: { data: { overview: { introduction } } },
    });
  const view = async (session: Session) =>
    (await app.inject({ url: `/api/applications/${id}`, headers: asUser(session) })).json();
  const history = async () =>
    (await app.inject({ url: `/api/applications/${id}/versions`, headers: asUser(owner) }))
      .json()
      .map((entry: { version: number; savedByName: string; reason: string }) => [
        entry.version,
        entry.savedByName,
        entry.reason,
      ]);

  it('answers the colleague’s write over a version the owner has since replaced with 409, keeping the owner’s text', async () => {
    minutes(1);
    expect((await save(owner, 1, '甲：公司成立于2010年。')).json().version).toBe(2);
    const seenByColleague = await view(colleague);
    expect(seenByColleague.version).toBe(2);
    minutes(1);
    expect((await save(owner, 2, '甲：公司成立于2010年，主营减速器。')).json().version).toBe(3);
    minutes(1);
    const stale = await save(colleague, seenByColleague.version, '乙：覆盖甲的内容');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(stale.json().error.message).toContain('当前版本 3');
    const current = await view(colleague);
    expect(current.data.overview.introduction).toBe('甲：公司成立于2010年，主营减速器。');
    expect(current).toMatchObject({ version: 3, updatedByName: 'editor-owner' });
  });

  it('attributes each save to its user and never squashes one user’s save into another’s', async () => {
    // The owner's two saves within the window became one entry; the colleague's save must not join it.
    expect(await history()).toEqual([
      [3, 'editor-owner', 'save'],
      [1, 'editor-owner', 'create'],
    ]);
    minutes(1);
    expect((await save(colleague, 3, '乙：合并甲的修改后补充了产品介绍。')).json().version).toBe(4);
    expect((await view(owner)).updatedByName).toBe('editor-colleague');
    minutes(1);
    expect((await save(owner, 4, '甲：在乙的基础上修改。')).json().version).toBe(5);
    minutes(1);
    expect((await save(owner, 5, '甲：在乙的基础上再次修改。')).json().version).toBe(6);
    expect(await history()).toEqual([
      [6, 'editor-owner', 'save'],
      [4, 'editor-colleague', 'save'],
      [3, 'editor-owner', 'save'],
      [1, 'editor-owner', 'create'],
    ]);
    const colleagueEntry = (
      await app.inject({ url: `/api/applications/${id}/versions/4`, headers: asUser(owner) })
    ).json();
    expect(colleagueEntry).toMatchObject({ savedByName: 'editor-colleague' });
    expect(colleagueEntry.data.overview.introduction).toBe('乙：合并甲的修改后补充了产品介绍。');
  });

  it('starts a new entry for the same user once the squash window has passed', async () => {
    clock = new Date(clock.getTime() + squashWindowMs + 1000);
    owner = await signIn(app, 'editor-owner', 'A-good-password-1');
    expect((await save(owner, 6, '甲：十分钟后的修改。')).json().version).toBe(7);
    expect((await history()).slice(0, 2)).toEqual([
      [7, 'editor-owner', 'save'],
      [6, 'editor-owner', 'save'],
    ]);
  });

  it('keeps every entry’s own content: the ones a newer entry followed, and the latest one', async () => {
    const contentOf = async (version: number) =>
      (await app.inject({ url: `/api/applications/${id}/versions/${version}`, headers: asUser(owner) })).json().data
        .overview.introduction;
    expect(await contentOf(3)).toBe('甲：公司成立于2010年，主营减速器。');
    expect(await contentOf(6)).toBe('甲：在乙的基础上再次修改。');
    expect(await contentOf(7)).toBe('甲：十分钟后的修改。');
    const restored = await app.inject({
      method: 'POST',
      url: `/api/applications/${id}/restore`,
      headers: { ...asUser(owner), 'if-match': '7' },
      payload: { version: 3 },
    });
    expect(restored.statusCode).toBe(200);
    expect((await view(owner)).data.overview.introduction).toBe('甲：公司成立于2010年，主营减速器。');
    expect(await contentOf(7)).toBe('甲：十分钟后的修改。');
    expect(await contentOf(8)).toBe('甲：公司成立于2010年，主营减速器。');
  });

  // The server skips re-reading a row it has just written; these are the changes that do not move the version.
  it('fingerprints an autosave after an upload with the files as they are now', async () => {
    const saved = await save(owner, 8, '甲：上传附件前的修改。');
    expect(saved.json().version).toBe(9);
    const kind = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json()['x-attachments'][0].kind;
    const body = multipartBody(
      { kind },
      { field: 'file', name: 'proof.pdf', type: 'application/pdf', bytes: samplePdf },
    );
    const uploaded = await app.inject({
      method: 'POST',
      url: `/api/applications/${id}/attachments`,
      headers: { ...asUser(owner), ...body.headers },
      payload: body.payload,
    });
    expect(uploaded.statusCode).toBe(201);
    const afterUpload = await save(owner, 9, '甲：上传附件后的修改。');
    expect(afterUpload.statusCode).toBe(200);
    const current = await view(owner);
    expect(current.attachments).toHaveLength(1);
    expect(afterUpload.json().fingerprint).toBe(fingerprintOf(id, current.data, filesDigestOf(current.attachments)));
    expect(current.fingerprint).toBe(afterUpload.json().fingerprint);
  });

  it('refuses an autosave over a version that was submitted meanwhile (as through another server instance)', async () => {
    const { version } = await view(owner);
    await db.update(applications).set({ status: 'submitted' }).where(eq(applications.id, id));
    const refused = await save(owner, version, '甲：提交之后的修改。');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NOT_EDITABLE');
    await db.update(applications).set({ status: 'draft' }).where(eq(applications.id, id));
    expect((await save(owner, version, '甲：撤回之后的修改。')).json().version).toBe(version + 1);
  });
});
