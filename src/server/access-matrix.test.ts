import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app.js';
import { createUsersService } from './modules/users/users.service.js';
import type { Role } from './plugins/access.js';
import { createOrganizationWithAdmin, testPassword } from './test/accounts.js';
import { createTestApp } from './test/app.js';
import { asUser, type Session, signIn } from './test/sessions.js';

/**
 * Walks every recorded route × every role (and anonymous): the route gate must answer 401 to anonymous
 * callers of non-public routes, 403 to roles the route does not list, and let listed roles through.
 * A new route is covered automatically; one without `config.access` stops the server from starting.
 */
const roles: Role[] = ['admin', 'office', 'recommender', 'enterprise', 'expert'];
let app: App;
let close: () => Promise<void>;
const sessions = new Map<Role, Session>();
/** Bearer tokens per role: the walk calls logout and revoke-others, which would end cookie sessions mid-walk. */
const tokens = new Map<Role, Record<string, string>>();
const others = new Map<Role, { organizationId: string; userId: string }>();

const organizationOf: Record<
  Exclude<Role, 'admin'>,
  { type: 'office' | 'recommender' | 'enterprise'; level: string | null; regionCode: string }
> = {
  office: { type: 'office', level: 'province', regionCode: '420000' },
  recommender: { type: 'recommender', level: 'city', regionCode: '420100' },
  enterprise: { type: 'enterprise', level: null, regionCode: '420102' },
  expert: { type: 'office', level: 'province', regionCode: '320000' },
};

beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close } = test);
  await createUsersService({ db: test.handle.db }).createUser({
    username: 'matrix-admin',
    password: testPassword,
    role: 'admin',
  });
  sessions.set('admin', await signIn(app, 'matrix-admin', testPassword));
  for (const [role, organization] of Object.entries(organizationOf) as Array<
    [Exclude<Role, 'admin'>, (typeof organizationOf)['office']]
  >) {
    await createOrganizationWithAdmin(test.handle.db, { ...organization, role, username: `matrix-${role}` });
    sessions.set(role, await signIn(app, `matrix-${role}`, testPassword));
    others.set(
      role,
      await createOrganizationWithAdmin(test.handle.db, {
        ...organization,
        regionCode: '410000',
        level: organization.level ? 'province' : null,
        role,
        username: `other-${role}`,
      }),
    );
  }
  for (const role of roles) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      headers: asUser(sessions.get(role)!),
      payload: { name: 'matrix' },
    });
    tokens.set(role, { authorization: `Bearer ${created.json().token}` });
  }
});
afterAll(() => close());

const concreteUrl = (url: string) =>
  url.replace(/:(\w+)/g, (_match, name: string) =>
    name === 'token' ? 'x'.repeat(20) : '00000000-0000-4000-8000-000000000000',
  );

describe('route × role matrix', () => {
  it('answers every route as its declaration says, for anonymous callers and each role', async () => {
    const failures: string[] = [];
    const apiRoutes = app.routeRegistry.filter((route) => route.url.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const route of apiRoutes) {
      const request = {
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        payload: route.method === 'GET' ? undefined : {},
      };
      const anonymous = await app.inject(request);
      const expectedAnonymous = route.access === 'public' ? 'not 401/403' : 401;
      const anonymousOk =
        route.access === 'public' ? ![401, 403].includes(anonymous.statusCode) : anonymous.statusCode === 401;
      if (!anonymousOk)
        failures.push(`${route.method} ${route.url} anonymous: ${anonymous.statusCode}, expected ${expectedAnonymous}`);
      expect(anonymous.statusCode).toBeLessThan(500);
      if (route.access === 'public') continue;
      for (const role of roles) {
        const response = await app.inject({ ...request, headers: tokens.get(role)! });
        const isAllowed = route.access === 'authenticated' || route.access.includes(role);
        const ok = isAllowed ? ![401, 403].includes(response.statusCode) : response.statusCode === 403;
        if (!ok) failures.push(`${route.method} ${route.url} as ${role}: ${response.statusCode}`);
        expect(response.statusCode).toBeLessThan(500);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('own versus other organisation', () => {
  it.each(['office', 'recommender', 'enterprise'] as const)(
    'a %s organisation administrator manages its own users and sees another organisation as not found',
    async (role) => {
      const headers = tokens.get(role)!;
      const me = (await app.inject({ url: '/api/me', headers })).json();
      const own = await app.inject({
        url: `/api/admin/users?organizationId=${me.organization.id}`,
        headers,
      });
      expect(own.statusCode).toBe(200);
      expect(own.json().items.map((user: { username: string }) => user.username)).toEqual([`matrix-${role}`]);
      const other = others.get(role)!;
      expect(
        (await app.inject({ url: `/api/admin/users?organizationId=${other.organizationId}`, headers })).statusCode,
      ).toBe(404);
      const reset = await app.inject({
        method: 'POST',
        url: `/api/admin/users/${other.userId}/password-reset`,
        headers,
      });
      expect(reset.statusCode).toBe(404);
      const invite = await app.inject({
        method: 'POST',
        url: '/api/admin/invitations',
        headers,
        payload: { organizationId: other.organizationId, role },
      });
      expect(invite.statusCode).toBe(404);
      const listed = (await app.inject({ url: '/api/admin/organizations?limit=200', headers })).json();
      expect(listed.items.map((item: { id: string }) => item.id)).toEqual([me.organization.id]);
    },
  );
});

describe('answers from recent sessions', () => {
  it('only the autosave, whose one statement checks the session itself, may skip reading it', () => {
    const skipping = app.routeRegistry
      .filter((route) => route.sessionCheckedByWrite)
      .map((route) => `${route.method} ${route.url}`);
    expect(skipping).toEqual(['PATCH /api/applications/:id']);
  });
});
