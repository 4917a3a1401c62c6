import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeUsccCheckCharacter } from '../../../shared/organizations/uscc.rules.js';
import type { App } from '../../app.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { createOffice, publishCall, registerEnterprise, submitComplete } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';

let app: App;
let close: () => Promise<void>;
const sessions: Record<string, Session> = {};
const calls: Record<'hubei' | 'wuxi', string> = { hubei: '', wuxi: '' };
const applications: Record<string, string> = {};

const get = (url: string, session: Session) => app.inject({ url, headers: asUser(session) });
const post = (url: string, session: Session, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

let serial = 0;
/** A valid 统一社会信用代码 registered in `regionCode`. */
const usccIn = (regionCode: string) => {
  const first17 = `91${regionCode}MA${String(++serial).padStart(7, '0')}`;
  return first17 + computeUsccCheckCharacter(first17);
};

const pass = async (unit: string, application: string) => {
  const sheet = (await get(`/api/applications/${application}/formal-review`, sessions[unit]!)).json();
  const items = sheet.items.map((item: { key: string }) => ({ key: item.key, passed: true, note: '' }));
  const passed = await post(`/api/applications/${application}/formal-review`, sessions[unit]!, {
    items,
    outcome: 'pass',
  });
  expect(passed.json()).toEqual({ status: 'review_passed' });
};

const recommend = (unit: string, call: string, ids: string[]) =>
  post(`/api/calls/${call}/recommendations`, sessions[unit]!, {
    items: ids.map((applicationId, index) => ({ applicationId, rank: index + 1 })),
  });

const queueIds = async (unit: string, call: string) =>
  (await get(`/api/reviews/queue?callId=${call}`, sessions[unit]!)).json().items.map((item: { id: string }) => item.id);

const received = async (unit: string, call: string) =>
  (await get(`/api/calls/${call}/recommendations`, sessions[unit]!))
    .json()
    .filter((list: { direction: string }) => list.direction === 'received');

/**
 * A provincial call run by Hubei's office and a city call run by Wuxi's office, with recommending units at every
 * level of both provinces: the chain must stop at each call's office.
 */
beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close } = test);
  sessions['hubei-office'] = await createOffice(app, test.handle.db, 'hubei-office', 'province', '420000');
  sessions['wuxi-office'] = await createOffice(app, test.handle.db, 'wuxi-office', 'city', '320200');
  for (const unit of [
    { username: 'hubei', level: 'province', regionCode: '420000' },
    { username: 'wuhan', level: 'city', regionCode: '420100' },
    { username: 'wuchang', level: 'district', regionCode: '420106' },
    { username: 'jiangsu', level: 'province', regionCode: '320000' },
    { username: 'wuxi', level: 'city', regionCode: '320200' },
    { username: 'binhu', level: 'district', regionCode: '320211' },
  ]) {
    await createOrganizationWithAdmin(test.handle.db, { ...unit, type: 'recommender', role: 'recommender' });
    sessions[unit.username] = await signIn(app, unit.username, testPassword);
  }
  const window = { opensAt: '2020-01-01T00:00:00+08:00', closesAt: '2099-12-31T17:00:00+08:00' };
  calls.hubei = await publishCall(app, sessions['hubei-office']!, { templateId: 'excellent-scenario', ...window });
  calls.wuxi = await publishCall(app, sessions['wuxi-office']!, { templateId: 'excellent-scenario', ...window });
  for (const [name, regionCode, call] of [
    ['wc-a', '420106', calls.hubei],
    ['wc-b', '420106', calls.hubei],
    ['bh-a', '320211', calls.wuxi],
  ] as const) {
    const enterprise = await registerEnterprise(app, { username: name, uscc: usccIn(regionCode), regionCode });
    const created = await post(`/api/calls/${call}/applications`, enterprise.session, { scenarioCodes: [] });
    applications[name] = created.json().id;
    await submitComplete(app, enterprise.session, applications[name]!, call);
  }
});
afterAll(() => close());

describe('a provincial call: district → city → the province office', () => {
  it('hides an application from the city while it is still at its district, and shows it once recommended', async () => {
    const id = applications['wc-a']!;
    expect(await queueIds('wuchang', calls.hubei)).toContain(id);
    for (const url of [`/api/applications/${id}`, `/api/applications/${id}/formal-review`])
      expect((await get(url, sessions.wuhan!)).statusCode).toBe(404);
    expect((await get(`/api/applications/${id}/formal-review/export`, sessions.wuhan!)).statusCode).toBe(404);
    await pass('wuchang', id);
    await pass('wuchang', applications['wc-b']!);
    expect((await get(`/api/applications/${id}`, sessions.wuhan!)).statusCode).toBe(404);
    expect((await recommend('wuchang', calls.hubei, [id, applications['wc-b']!])).statusCode).toBe(201);
    expect((await get(`/api/applications/${id}`, sessions.wuhan!)).statusCode).toBe(200);
    expect((await get(`/api/applications/${id}/formal-review`, sessions.wuhan!)).statusCode).toBe(200);
    // The district still sees what it passed on; the province unit, outside this call's chain, never does.
    expect((await get(`/api/applications/${id}`, sessions.wuchang!)).statusCode).toBe(200);
    expect((await get(`/api/applications/${id}`, sessions.hubei!)).statusCode).toBe(404);
  });

  it('sends the city’s list to the province office, not to the province unit', async () => {
    const ids = [applications['wc-a']!, applications['wc-b']!];
    expect((await queueIds('wuhan', calls.hubei)).sort()).toEqual([...ids].sort());
    const list = await recommend('wuhan', calls.hubei, ids);
    expect(list.statusCode).toBe(201);
    expect(list.json()).toMatchObject({ level: 'city', status: 'submitted' });
    expect(await queueIds('hubei', calls.hubei)).toEqual([]);
    expect(await received('hubei', calls.hubei)).toEqual([]);
    const atOffice = await received('hubei-office', calls.hubei);
    expect(
      atOffice.map((entry: { id: string; toOrganizationName: string }) => [entry.id, entry.toOrganizationName]),
    ).toEqual([[list.json().id, 'hubei-office 单位']]);
  });

  it('lets the office return one item of a list it received, with a reason, back to the city', async () => {
    const [list] = await received('hubei-office', calls.hubei);
    const url = `/api/recommendations/${list.id}/items/${applications['wc-b']}/return`;
    expect((await post(url, sessions['hubei-office']!, { reason: '' })).statusCode).toBe(400);
    const returned = await post(url, sessions['hubei-office']!, { reason: '场景材料与名单不符' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toEqual({ status: 'locked' });
    expect(await queueIds('wuhan', calls.hubei)).toEqual([applications['wc-b']]);
    const [after] = await received('hubei-office', calls.hubei);
    expect(after.status).toBe('locked');
    expect(after.items.map((item: { returned: boolean; returnReason: string | null }) => item.returnReason)).toEqual([
      null,
      '场景材料与名单不符',
    ]);
    const recall = await post(`/api/recommendations/${list.id}/recall`, sessions.wuhan!);
    expect(recall.statusCode).toBe(409);
    // Another office cannot act on a list it did not receive.
    expect((await post(url, sessions['wuxi-office']!, { reason: '场景材料与名单不符' })).statusCode).toBe(404);
  });

  it('locks a list the office accepted: the city’s recall is then 409', async () => {
    const list = await recommend('wuhan', calls.hubei, [applications['wc-b']!]);
    expect(list.statusCode).toBe(201);
    const id = list.json().id;
    expect((await post(`/api/recommendations/${id}/accept`, sessions['wuxi-office']!)).statusCode).toBe(404);
    expect((await post(`/api/recommendations/${id}/accept`, sessions.wuhan!)).statusCode).toBe(403);
    const accepted = await post(`/api/recommendations/${id}/accept`, sessions['hubei-office']!);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ status: 'locked' });
    expect((await post(`/api/recommendations/${id}/accept`, sessions['hubei-office']!)).json()).toEqual({
      status: 'locked',
    });
    const recall = await post(`/api/recommendations/${id}/recall`, sessions.wuhan!);
    expect(recall.statusCode).toBe(409);
    expect(recall.json().error.code).toBe('RECOMMENDATION_LOCKED');
    expect(await queueIds('wuhan', calls.hubei)).toEqual([]);
  });

  it('refuses to accept a list its unit recalled first (409)', async () => {
    const id = applications['wc-b']!;
    const office = sessions['hubei-office']!;
    const [list] = (await received('hubei-office', calls.hubei)).filter(
      (entry: { status: string; items: Array<{ applicationId: string }> }) =>
        entry.status === 'locked' && entry.items.some((item) => item.applicationId === id && entry.items.length === 1),
    );
    const returned = await post(`/api/recommendations/${list.id}/items/${id}/return`, office, { reason: '请补充说明' });
    expect(returned.statusCode).toBe(200);
    const again = (await recommend('wuhan', calls.hubei, [id])).json().id;
    expect((await post(`/api/recommendations/${again}/recall`, sessions.wuhan!)).statusCode).toBe(200);
    const late = await post(`/api/recommendations/${again}/accept`, office);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('RECOMMENDATION_RECALLED');
  });
});

describe('a city call: district → the city office', () => {
  it('sends the district’s list straight to the Wuxi office; the city and province units never see it', async () => {
    const id = applications['bh-a']!;
    expect(await queueIds('binhu', calls.wuxi)).toEqual([id]);
    await pass('binhu', id);
    const list = await recommend('binhu', calls.wuxi, [id]);
    expect(list.statusCode).toBe(201);
    expect(list.json()).toMatchObject({ level: 'district', status: 'submitted' });
    for (const unit of ['wuxi', 'jiangsu']) {
      expect(await queueIds(unit, calls.wuxi)).toEqual([]);
      expect((await get(`/api/applications/${id}`, sessions[unit]!)).statusCode).toBe(404);
    }
    expect((await received('wuxi-office', calls.wuxi)).map((entry: { id: string }) => entry.id)).toEqual([
      list.json().id,
    ]);
    expect((await get(`/api/applications/${id}`, sessions['wuxi-office']!)).statusCode).toBe(200);
  });
});
