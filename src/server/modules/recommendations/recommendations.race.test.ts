import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { isPostgresAvailable } from '../../test/databases.js';
import { createOffice, publishCall, registerEnterprise, submitComplete } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { applications } from '../applications/applications.tables.js';
import { recommendationItems, recommendations } from './recommendations.tables.js';

/** PGlite is one connection and never contends, so races run on PostgreSQL (STYLE.md §7). */
describe.skipIf(!isPostgresAvailable())('recall races on PostgreSQL', () => {
  let app: App;
  let handle: DatabaseHandle;
  let close: () => Promise<void>;
  let callId: string;
  const units: Record<string, Session> = {};
  const ids: string[] = [];

  const post = (url: string, session: Session, payload?: unknown) =>
    app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

  beforeAll(async () => {
    ({ app, handle, close } = await createTestApp('postgres'));
    const office = await createOffice(app, handle.db, 'race-miit');
    for (const unit of [
      { username: 'race-wuhan', level: 'city', regionCode: '420100' },
      { username: 'race-wuchang', level: 'district', regionCode: '420106' },
    ]) {
      await createOrganizationWithAdmin(handle.db, { ...unit, type: 'recommender', role: 'recommender' });
      units[unit.username] = await signIn(app, unit.username, testPassword);
    }
    callId = await publishCall(app, office, {
      templateId: 'excellent-scenario',
      opensAt: '2020-01-01T00:00:00+08:00',
      closesAt: '2099-12-31T17:00:00+08:00',
    });
    const enterprise = await registerEnterprise(app, {
      username: 'race-ent',
      uscc: '91350100M000100Y43',
      regionCode: '420106',
    });
    const created = await post(`/api/calls/${callId}/applications`, enterprise.session, { scenarioCodes: [] });
    ids.push(created.json().id);
    await submitComplete(app, enterprise.session, ids[0]!, callId);
    const sheet = (
      await app.inject({ url: `/api/applications/${ids[0]}/formal-review`, headers: asUser(units['race-wuchang']!) })
    ).json();
    const items = sheet.items.map((item: { key: string }) => ({ key: item.key, passed: true, note: '' }));
    await post(`/api/applications/${ids[0]}/formal-review`, units['race-wuchang']!, { items, outcome: 'pass' });
  });
  afterAll(() => close?.());

  it('a district recall and the city acting at once: one wins, the other gets 409, nothing half-written', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const list = await post(`/api/calls/${callId}/recommendations`, units['race-wuchang']!, {
        items: [{ applicationId: ids[0], rank: 1 }],
      });
      expect(list.statusCode).toBe(201);
      const [recall, city] = await Promise.all([
        post(`/api/recommendations/${list.json().id}/recall`, units['race-wuchang']!),
        post(`/api/calls/${callId}/recommendations`, units['race-wuhan']!, {
          items: [{ applicationId: ids[0], rank: 1 }],
        }),
      ]);
      const codes = [recall.statusCode, city.statusCode];
      expect(codes.filter((code) => code === 409 || code === 422)).toHaveLength(1);
      const [application] = await handle.db.select().from(applications).where(eq(applications.id, ids[0]!));
      const [lower] = await handle.db.select().from(recommendations).where(eq(recommendations.id, list.json().id));
      if (recall.statusCode === 200) {
        outcomes.push('recall');
        expect(lower!.status).toBe('recalled');
        expect(application!.holderOrgId).toBe(lower!.organizationId);
        expect(application!.status).toBe('review_passed');
      } else {
        outcomes.push('city');
        expect(city.statusCode).toBe(201);
        expect(lower!.status).toBe('locked');
        expect(application!.status).toBe('recommended');
        expect(application!.recommendedLevel).toBe('city');
        return;
      }
    }
    expect(outcomes.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!isPostgresAvailable())('quota races on PostgreSQL', () => {
  let app: App;
  let handle: DatabaseHandle;
  let close: () => Promise<void>;
  let callId: string;
  let district: Session;
  let districtId: string;
  const ids: string[] = [];

  const post = (url: string, session: Session, payload?: unknown) =>
    app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

  /** Items of the district's lists that use a slot: not recalled, not returned. */
  const counted = async () => {
    const lists = await handle.db.select().from(recommendations).where(eq(recommendations.organizationId, districtId));
    const live = lists.filter((list) => list.status !== 'recalled').map((list) => list.id);
    if (live.length === 0) return 0;
    const items = await handle.db
      .select()
      .from(recommendationItems)
      .where(inArray(recommendationItems.recommendationId, live));
    return items.filter((item) => !item.returnedAt).length;
  };

  beforeAll(async () => {
    ({ app, handle, close } = await createTestApp('postgres'));
    const office = await createOffice(app, handle.db, 'quota-miit');
    ({ organizationId: districtId } = await createOrganizationWithAdmin(handle.db, {
      username: 'quota-wuchang',
      level: 'district',
      regionCode: '420106',
      type: 'recommender',
      role: 'recommender',
    }));
    district = await signIn(app, 'quota-wuchang', testPassword);
    callId = await publishCall(app, office, {
      templateId: 'excellent-scenario',
      opensAt: '2020-01-01T00:00:00+08:00',
      closesAt: '2099-12-31T17:00:00+08:00',
      quotas: [{ unit: 'district', max: 1 }],
    } as never);
    for (const [username, uscc] of [
      ['quota-a', '91350100M000100Y43'],
      ['quota-b', '91110000600037341L'],
    ] as const) {
      const enterprise = await registerEnterprise(app, { username, uscc, regionCode: '420106' });
      const created = await post(`/api/calls/${callId}/applications`, enterprise.session, { scenarioCodes: [] });
      const id = created.json().id as string;
      ids.push(id);
      await submitComplete(app, enterprise.session, id, callId);
      const sheet = (
        await app.inject({ url: `/api/applications/${id}/formal-review`, headers: asUser(district) })
      ).json();
      const items = sheet.items.map((item: { key: string }) => ({ key: item.key, passed: true, note: '' }));
      await post(`/api/applications/${id}/formal-review`, district, { items, outcome: 'pass' });
    }
  });
  afterAll(() => close?.());

  it('two lists submitted at once that do not both fit the quota: one 201, one 422, never over quota', async () => {
    for (let round = 0; round < 4; round++) {
      const responses = await Promise.all(
        ids.map((applicationId) =>
          post(`/api/calls/${callId}/recommendations`, district, { items: [{ applicationId, rank: 1 }] }),
        ),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 422]);
      expect(responses.find((response) => response.statusCode === 422)!.json().error.code).toBe('QUOTA_EXCEEDED');
      expect(await counted()).toBe(1);
      const winner = responses.find((response) => response.statusCode === 201)!.json().id;
      expect((await post(`/api/recommendations/${winner}/recall`, district)).statusCode).toBe(200);
      expect(await counted()).toBe(0);
    }
  });
});
