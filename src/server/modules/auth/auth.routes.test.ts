import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { asUser, signIn } from '../../test/sessions.js';
import { createUsersService } from '../users/users.service.js';
import { createAuthRepository } from './auth.repository.js';

let app: App;
let handle: DatabaseHandle;
let close: () => Promise<void>;
let clock = new Date('2026-11-23T08:00:00Z');

beforeAll(async () => {
  ({ app, handle, close } = await createTestApp('pglite', { now: () => clock }));
  await createOrganizationWithAdmin(handle.db, {
    type: 'enterprise',
    level: null,
    regionCode: '420102',
    role: 'enterprise',
    username: 'alice',
  });
  await createOrganizationWithAdmin(handle.db, {
    type: 'enterprise',
    level: null,
    regionCode: '420102',
    role: 'enterprise',
    username: 'lockme',
  });
  await createUsersService({ db: handle.db }).createUser({ username: 'admin', password: testPassword, role: 'admin' });
});
afterAll(() => close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and a readable csrf cookie, Secure only over HTTPS', async () => {
    const response = await login('alice', testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ username: 'alice', role: 'enterprise' });
    const cookies = response.cookies as Array<{
      name: string;
      httpOnly?: boolean;
      sameSite?: string;
      secure?: boolean;
    }>;
    expect(cookies.find((cookie) => cookie.name === 'impilot_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(cookies.find((cookie) => cookie.name === 'impilot_session')?.secure).toBeFalsy();
    expect(cookies.find((cookie) => cookie.name === 'csrf')?.httpOnly).toBeFalsy();
    const overHttps = await login('alice', testPassword, { 'x-forwarded-proto': 'https' });
    expect((overHttps.cookies as Array<{ secure?: boolean }>).every((cookie) => cookie.secure)).toBe(true);
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login('alice', 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after 5 consecutive failures, even for the right password, until 15 minutes pass', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await login('lockme', 'wrong-password-x')).statusCode).toBe(401);
    const locked = await login('lockme', testPassword);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    clock = new Date(clock.getTime() + 15 * 60 * 1000 + 1000);
    expect((await login('lockme', testPassword)).statusCode).toBe(200);
  });

  it('answers 429 TOO_MANY_ATTEMPTS after 100 failures from one address in 15 minutes', async () => {
    const repository = createAuthRepository({ db: handle.db });
    for (let index = 0; index < 100; index++)
      await repository.insertSignInFailure(`seeded-${index}`, '10.9.9.9', clock);
    const response = await login('alice', testPassword, { 'x-forwarded-for': '10.9.9.9' });
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login('alice', testPassword, { 'x-forwarded-for': '10.9.9.10' })).statusCode).toBe(200);
  });
});

describe('sessions, CSRF and tokens', () => {
  it('answers /api/me with 401 when anonymous and with the user and organisation when signed in', async () => {
    expect((await app.inject('/api/me')).json().error.code).toBe('UNAUTHENTICATED');
    const session = await signIn(app, 'alice', testPassword);
    const me = (await app.inject({ url: '/api/me', headers: asUser(session) })).json();
    expect(me.user).toMatchObject({ username: 'alice', role: 'enterprise', isOrganizationAdmin: true });
    expect(me.organization).toMatchObject({ type: 'enterprise', regionCode: '420102' });
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await signIn(app, 'alice', testPassword);
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: { cookie: session.cookie },
      payload: {},
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x' },
      payload: {},
    });
    expect(wrongToken.statusCode).toBe(403);
  });

  it('issues a personal token once that works as Bearer without CSRF, and stops working when revoked', async () => {
    const session = await signIn(app, 'alice', testPassword);
    const created = await app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: asUser(session),
      payload: { name: '脚本' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/me', headers: bearer })).json().user.username).toBe('alice');
    const listed = (await app.inject({ url: '/api/me/tokens', headers: bearer })).json();
    expect(listed.find((item: { id: string }) => item.id === id)).not.toHaveProperty('token');
    expect((await app.inject({ method: 'DELETE', url: `/api/me/tokens/${id}`, headers: bearer })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it('signs out one session, and signs out everywhere else', async () => {
    const first = await signIn(app, 'alice', testPassword);
    const second = await signIn(app, 'alice', testPassword);
    const third = await signIn(app, 'alice', testPassword);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: asUser(first) })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ url: '/api/me', headers: asUser(first) })).statusCode).toBe(401);
    const sessions = (await app.inject({ url: '/api/me/sessions', headers: asUser(second) })).json();
    expect(sessions.filter((session: { isCurrent: boolean }) => session.isCurrent)).toHaveLength(1);
    await app.inject({ method: 'POST', url: '/api/me/sessions/revoke-others', headers: asUser(second) });
    expect((await app.inject({ url: '/api/me', headers: asUser(third) })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/me', headers: asUser(second) })).statusCode).toBe(200);
  });
});

describe('audit log', () => {
  it('records sign-ins and failed sign-ins with the address, searchable by the administrator', async () => {
    const admin = await signIn(app, 'admin', testPassword);
    const failures = (
      await app.inject({ url: '/api/admin/audit?action=auth.sign_in_failed&limit=3', headers: asUser(admin) })
    ).json();
    expect(failures.items).toHaveLength(3);
    expect(failures.items[0]).toMatchObject({ action: 'auth.sign_in_failed', ip: expect.any(String) });
    expect(failures.nextCursor).not.toBeNull();
    const next = (
      await app.inject({
        url: `/api/admin/audit?action=auth.sign_in_failed&limit=3&cursor=${failures.nextCursor}`,
        headers: asUser(admin),
      })
    ).json();
    expect(Number(next.items[0].id)).toBeLessThan(Number(failures.items[2].id));
    const alice = await signIn(app, 'alice', testPassword);
    expect((await app.inject({ url: '/api/admin/audit', headers: asUser(alice) })).statusCode).toBe(403);
  });

  it('refuses to change or delete audit rows', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(handle.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
