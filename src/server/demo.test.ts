import { describe, expect, it } from 'vitest';
import { checkUscc } from '../shared/organizations/uscc.rules.js';
import { demoLogins, demoUscc } from './demo.js';
import { seedUsers } from './seed.js';
import { createTestApp } from './test/app.js';
import { asUser, signIn } from './test/sessions.js';

describe('demo data', () => {
  it('signs in every printed demo login, each in its organisation, and seeds only once', async () => {
    const { app, handle, close } = await createTestApp();
    try {
      await seedUsers(handle.db, { demo: true, adminPassword: undefined });
      await seedUsers(handle.db, { demo: true, adminPassword: undefined });
      expect(checkUscc(demoUscc)).toBeNull();
      for (const login of demoLogins) {
        const session = await signIn(app, login.username, login.password);
        const me = (await app.inject({ url: '/api/me', headers: asUser(session) })).json();
        expect(me.user.role).toBe(login.role);
        if (login.role !== 'admin') expect(me.organization).not.toBeNull();
      }
      const district = await signIn(app, 'demo-recommender', 'Demo-recommender-2026');
      const me = (await app.inject({ url: '/api/me', headers: asUser(district) })).json();
      expect(me.organization).toMatchObject({ level: 'district', regionCode: '420106' });
    } finally {
      await close();
    }
  });
});
