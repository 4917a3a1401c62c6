import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { isPostgresAvailable } from '../../test/databases.js';
import { users } from '../users/users.tables.js';
import { enterprises, organizations } from './organizations.tables.js';

/** PGlite is one connection and never contends, so races run on PostgreSQL (STYLE.md §7). */
describe.skipIf(!isPostgresAvailable())('registration races on PostgreSQL', () => {
  let app: App;
  let handle: DatabaseHandle;
  let close: () => Promise<void>;
  let winner = '';
  beforeAll(async () => {
    ({ app, handle, close } = await createTestApp('postgres'));
  });
  afterAll(() => close?.());

  it('two registrations of one credit code at once: one wins, the other gets 409, nothing half-written', async () => {
    const register = (username: string) =>
      app.inject({
        method: 'POST',
        url: '/api/enterprises/register',
        payload: {
          username,
          password: 'A-good-password-1',
          enterprise: {
            uscc: '91350100M000100Y43',
            name: '并发测试企业',
            regionCode: '420102',
            industryCode: '374',
            employees: 50,
            revenue: 500,
          },
        },
      });
    const responses = await Promise.all([register('racer-one'), register('racer-two'), register('racer-three')]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    winner = responses.find((response) => response.statusCode === 201)!.json().user.username;
    for (const response of responses.filter((r) => r.statusCode === 409))
      expect(response.json().error.code).toBe('DUPLICATE_USCC');
    const [enterpriseCount] = await handle.db.select({ value: count() }).from(enterprises);
    const [organizationCount] = await handle.db.select({ value: count() }).from(organizations);
    const [userCount] = await handle.db.select({ value: count() }).from(users);
    expect([enterpriseCount!.value, organizationCount!.value, userCount!.value]).toEqual([1, 1, 1]);
  });

  it('counts concurrent failed sign-ins without losing one: five at once lock the account', async () => {
    const attempt = (password: string) =>
      app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: winner, password } });
    expect((await attempt('A-good-password-1')).statusCode).toBe(200);
    await Promise.all(Array.from({ length: 5 }, () => attempt('wrong-password-x')));
    const locked = await attempt('A-good-password-1');
    expect([locked.statusCode, locked.json().error.code]).toEqual([429, 'ACCOUNT_LOCKED']);
  });
});
