import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { asUser, type Session, sessionFrom, signIn } from '../../test/sessions.js';
import { createUsersService } from '../users/users.service.js';

let app: App;
let handle: DatabaseHandle;
let close: () => Promise<void>;
let admin: Session;
let hubei: Session;
let hubeiOrganizationId: string;
let henanOrganizationId: string;

const validUscc = '91350100M000100Y43';
const registration = (overrides: Record<string, unknown> = {}, enterprise: Record<string, unknown> = {}) => ({
  username: 'ent-user',
  password: 'A-good-password-1',
  enterprise: {
    uscc: validUscc,
    name: '武汉智造装备有限公司',
    regionCode: '420102',
    industryCode: '374',
    employees: 500,
    revenue: 30000,
    ...enterprise,
  },
  ...overrides,
});

beforeAll(async () => {
  ({ app, handle, close } = await createTestApp());
  await createUsersService({ db: handle.db }).createUser({ username: 'admin', password: testPassword, role: 'admin' });
  ({ organizationId: hubeiOrganizationId } = await createOrganizationWithAdmin(handle.db, {
    type: 'recommender',
    level: 'province',
    regionCode: '420000',
    role: 'recommender',
    username: 'hubei-admin',
  }));
  ({ organizationId: henanOrganizationId } = await createOrganizationWithAdmin(handle.db, {
    type: 'recommender',
    level: 'province',
    regionCode: '410000',
    role: 'recommender',
    username: 'henan-admin',
  }));
  admin = await signIn(app, 'admin', testPassword);
  hubei = await signIn(app, 'hubei-admin', testPassword);
});
afterAll(() => close());

describe('enterprise registration', () => {
  it('registers account and enterprise in one step, computes the size class and signs in', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/enterprises/register', payload: registration() });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'ent-user', role: 'enterprise' });
    expect(body.enterprise).toMatchObject({ uscc: validUscc, name: '武汉智造装备有限公司', size: 'medium' });
    const session = sessionFrom(response);
    const me = (await app.inject({ url: '/api/me', headers: asUser(session) })).json();
    expect(me.organization).toMatchObject({ id: body.enterprise.id, type: 'enterprise', regionCode: '420102' });
  });

  it('refuses a second registration of the same credit code with 409 naming whom to contact', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: registration({ username: 'someone-else' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('DUPLICATE_USCC');
    expect(response.json().error.message).toContain('en***');
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'someone-else', password: 'A-good-password-1' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it.each([
    [{ uscc: '91350100M000100Y44' }, 400, 'INVALID_USCC'],
    [{ uscc: '123' }, 400, 'INVALID_USCC'],
    [{ regionCode: '420100' }, 400, 'INVALID_REGION'],
    [{ regionCode: '999999' }, 400, 'INVALID_REGION'],
    [{ industryCode: '3741' }, 400, 'INVALID_INDUSTRY'],
  ])('rejects enterprise %o with %i %s and writes nothing', async (enterprise, status, code) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: registration({ username: 'bad-input' }, { uscc: '91110000600037341L', ...enterprise }),
    });
    expect([response.statusCode, response.json().error.code]).toEqual([status, code]);
  });

  it('rejects a weak password and a taken username without creating the enterprise', async () => {
    const weak = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: registration({ username: 'weakling', password: 'short' }, { uscc: '91110000600037341L' }),
    });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const taken = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: registration({}, { uscc: '91110000600037341L' }),
    });
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'DUPLICATE_USERNAME']);
    const retry = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: registration({ username: 'ent-two' }, { uscc: '91110000600037341L' }),
    });
    expect(retry.statusCode).toBe(201);
  });

  it('classifies the size class through the reference endpoint', async () => {
    const answer = (await app.inject('/api/reference/enterprise-size?employees=1500&revenue=1000')).json();
    expect(answer).toEqual({ size: 'small', label: '小型企业' });
  });
});

describe('organisations and users by level', () => {
  it('lets an administrator create a province unit and a province administrator create a city inside it', async () => {
    const province = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(admin),
      payload: { type: 'recommender', name: '湖南省工业和信息化厅', level: 'province', regionCode: '430000' },
    });
    expect(province.statusCode).toBe(201);
    const city = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(hubei),
      payload: { type: 'recommender', name: '武汉市经济和信息化局', level: 'city', regionCode: '420100' },
    });
    expect(city.statusCode).toBe(201);
    const listed = (await app.inject({ url: '/api/admin/organizations', headers: asUser(hubei) })).json();
    expect(listed.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [hubeiOrganizationId, city.json().id].sort(),
    );
  });

  it('refuses a unit outside the creator’s region, at its own level, or with a mismatched region', async () => {
    const outside = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(hubei),
      payload: { type: 'recommender', name: '郑州', level: 'city', regionCode: '410100' },
    });
    expect(outside.statusCode).toBe(403);
    const sameLevel = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(hubei),
      payload: { type: 'recommender', name: '另一个省', level: 'province', regionCode: '420000' },
    });
    expect(sameLevel.statusCode).toBe(403);
    const mismatch = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(admin),
      payload: { type: 'recommender', name: '错级', level: 'city', regionCode: '420000' },
    });
    expect(mismatch.json().error.code).toBe('INVALID_REGION');
    const central = await app.inject({
      method: 'POST',
      url: '/api/admin/organizations',
      headers: asUser(admin),
      payload: { type: 'recommender', name: '中国某集团', level: 'central', regionCode: '110000' },
    });
    expect(central.statusCode).toBe(400);
  });

  it('creates users in one’s own organisation, answers 404 for another province’s, and checks the role', async () => {
    const own = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: asUser(hubei),
      payload: {
        username: 'hubei-reviewer',
        password: 'Reviewer-password-1',
        role: 'recommender',
        organizationId: hubeiOrganizationId,
      },
    });
    expect(own.statusCode).toBe(201);
    const other = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: asUser(hubei),
      payload: {
        username: 'sneaky',
        password: 'Reviewer-password-1',
        role: 'recommender',
        organizationId: henanOrganizationId,
      },
    });
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const wrongRole = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: asUser(hubei),
      payload: {
        username: 'wrong-role',
        password: 'Reviewer-password-1',
        role: 'office',
        organizationId: hubeiOrganizationId,
      },
    });
    expect(wrongRole.json().error.code).toBe('ROLE_MISMATCH');
    const reviewer = await signIn(app, 'hubei-reviewer', 'Reviewer-password-1');
    const notAdmin = await app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: asUser(reviewer),
      payload: {
        username: 'x-user',
        password: 'Reviewer-password-1',
        role: 'recommender',
        organizationId: hubeiOrganizationId,
      },
    });
    expect(notAdmin.statusCode).toBe(403);
  });

  it('decides access before validating the body: anonymous with a bad body is 401', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/admin/users', payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });

  it('pages and searches users within the caller’s subtree only', async () => {
    const page = (await app.inject({ url: '/api/admin/users?limit=1', headers: asUser(hubei) })).json();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const all = (await app.inject({ url: '/api/admin/users?limit=200', headers: asUser(hubei) })).json();
    expect(all.items.every((user: { organizationId: string }) => user.organizationId === hubeiOrganizationId)).toBe(
      true,
    );
    const search = (await app.inject({ url: '/api/admin/users?q=reviewer', headers: asUser(admin) })).json();
    expect(search.items.map((user: { username: string }) => user.username)).toEqual(['hubei-reviewer']);
    expect(
      (await app.inject({ url: `/api/admin/users?organizationId=${henanOrganizationId}`, headers: asUser(hubei) }))
        .statusCode,
    ).toBe(404);
  });
});

describe('changing accounts', () => {
  it('makes a user an organisation administrator, refuses a stale version, and audits old and new values', async () => {
    const listed = (await app.inject({ url: '/api/admin/users?q=hubei-reviewer', headers: asUser(hubei) })).json()
      .items[0];
    const patch = (version: number, payload: Record<string, unknown>, session = hubei) =>
      app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${listed.id}`,
        headers: { ...asUser(session), 'if-match': String(version) },
        payload,
      });
    const promoted = await patch(listed.version, { isOrganizationAdmin: true, email: 'reviewer@hubei.gov.cn' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().version).toBe(listed.version + 1);
    const stale = await patch(listed.version, { displayName: '覆盖' });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await patch(listed.version + 1, { role: 'office' })).json().error.code).toBe('ROLE_MISMATCH');
    const audit = (await app.inject({ url: '/api/admin/audit?action=user.updated', headers: asUser(admin) })).json();
    expect(audit.items[0]).toMatchObject({
      targetId: listed.id,
      oldValue: { isOrganizationAdmin: false, email: null },
      newValue: { isOrganizationAdmin: true, email: 'reviewer@hubei.gov.cn' },
    });
    const henan = await signIn(app, 'henan-admin', testPassword);
    expect((await patch(listed.version + 1, { displayName: 'x' }, henan)).statusCode).toBe(404);
  });
});

describe('invitations and password resets', () => {
  it('turns a one-time invitation into a signed-in account, and refuses it the second time', async () => {
    const invitation = await app.inject({
      method: 'POST',
      url: '/api/admin/invitations',
      headers: asUser(hubei),
      payload: { organizationId: hubeiOrganizationId, role: 'recommender' },
    });
    expect(invitation.statusCode).toBe(201);
    const { token, url } = invitation.json();
    expect(url).toBe(`/invite/${token}`);
    expect((await app.inject(`/api/invitations/${token}`)).json()).toMatchObject({
      role: 'recommender',
      organizationName: 'hubei-admin 单位',
    });
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { username: 'invited-one', password: 'Invited-password-1', displayName: '张三' },
    });
    expect(accepted.statusCode).toBe(201);
    const me = (await app.inject({ url: '/api/me', headers: asUser(sessionFrom(accepted)) })).json();
    expect(me.organization.id).toBe(hubeiOrganizationId);
    const again = await app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { username: 'invited-two', password: 'Invited-password-1', displayName: '李四' },
    });
    expect([again.statusCode, again.json().error.code]).toEqual([410, 'INVITATION_EXPIRED']);
    expect((await app.inject('/api/invitations/not-a-real-token-xyz')).statusCode).toBe(404);
  });

  it('lets an administrator issue a reset link that sets a new password once and ends old sessions', async () => {
    const before = await signIn(app, 'hubei-reviewer', 'Reviewer-password-1');
    const users = (await app.inject({ url: '/api/admin/users?q=hubei-reviewer', headers: asUser(hubei) })).json();
    const issued = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${users.items[0].id}/password-reset`,
      headers: asUser(hubei),
    });
    expect(issued.statusCode).toBe(201);
    const { token } = issued.json();
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'Brand-new-password-2' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: asUser(before) })).statusCode).toBe(401);
    await signIn(app, 'hubei-reviewer', 'Brand-new-password-2');
    const reuse = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'Another-password-3' },
    });
    expect(reuse.json().error.code).toBe('TOKEN_EXPIRED');
    const henan = await signIn(app, 'henan-admin', testPassword);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/admin/users/${users.items[0].id}/password-reset`,
          headers: asUser(henan),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('changes one’s own password only with the current one', async () => {
    const session = await signIn(app, 'henan-admin', testPassword);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: asUser(session),
      payload: { currentPassword: 'nope-nope-nope', newPassword: 'Henan-new-password-1' },
    });
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    const right = await app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers: asUser(session),
      payload: { currentPassword: testPassword, newPassword: 'Henan-new-password-1' },
    });
    expect(right.statusCode).toBe(200);
    await signIn(app, 'henan-admin', 'Henan-new-password-1');
  });
});
