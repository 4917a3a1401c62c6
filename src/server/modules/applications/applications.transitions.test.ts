import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../plugins/access.js';
import { createTestApp } from '../../test/app.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';
import { createApplicationsRepository } from './applications.repository.js';
import { applications } from './applications.tables.js';
import { moveApplicationState } from './applications.transitions.js';

/**
 * A submission is decided on what it read (validation, the stamped scan's fingerprint); the move itself must not
 * apply to content or files that changed after that read. The read and the move are run apart here, as a save
 * landing between them would.
 */
let app: App;
let db: Database;
let close: () => Promise<void>;
let enterprise: { session: Session; id: string };
let callId: string;

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  db = test.handle.db;
  const office = await createOffice(app, db, 'guard-office');
  enterprise = await registerEnterprise(app, {
    username: 'guard-ent',
    uscc: '91350100M000100Y43',
    regionCode: '420106',
  });
  callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2026-12-31T17:00:00+08:00',
  });
});
afterAll(() => close());

const actorOf = async (): Promise<Actor> => {
  const me = (await app.inject({ url: '/api/me', headers: asUser(enterprise.session) })).json();
  return {
    userId: me.user.id,
    username: me.user.username,
    role: 'enterprise',
    organizationId: enterprise.id,
    isOrganizationAdmin: true,
    sessionId: null,
    csrfToken: null,
  };
};
const context = { actorUserId: null, actorUsername: 'guard-ent', ip: null };

describe('the fingerprint guard on a move', () => {
  it('refuses a submission whose content changed after it was checked, and applies it to unchanged content', async () => {
    const draft = await createDraft(app, enterprise.session, callId, ['2024-01']);
    const repository = createApplicationsRepository({ db });
    const checked = (await repository.findById(draft.id))!;
    const saved = await app.inject({
      method: 'PATCH',
      url: `/api/applications/${draft.id}`,
      headers: { ...asUser(enterprise.session), 'if-match': String(draft.version) },
      payload: { data: { overview: { introduction: '保存于校验之后' } } },
    });
    expect(saved.statusCode).toBe(200);
    const actor = await actorOf();
    const move = { event: 'submit' as const, by: 'enterprise' as const, expectedFingerprint: checked.fingerprint };
    await expect(moveApplicationState(db, actor, context, { ...move, row: checked })).rejects.toMatchObject({
      statusCode: 409,
      code: 'INVALID_TRANSITION',
    });
    const [after] = await db.select().from(applications).where(eq(applications.id, draft.id));
    expect(after?.status).toBe('draft');

    const current = (await repository.findById(draft.id))!;
    const moved = await moveApplicationState(db, actor, context, {
      ...move,
      row: current,
      expectedFingerprint: current.fingerprint,
    });
    expect(moved.status).toBe('submitted');
  });
});
