import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { createOffice, publishCall, registerEnterprise, stampAndSubmit, submitComplete } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { enterprises as enterprisesTable } from '../organizations/organizations.tables.js';

let app: App;
let close: () => Promise<void>;
let handle: DatabaseHandle;
let office: Session;
let callId: string;
const units: Record<string, Session> = {};
const enterprises: Record<string, { session: Session; id: string; application: string }> = {};

const get = (url: string, session: Session) => app.inject({ url, headers: asUser(session) });
const post = (url: string, session: Session, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

/** Hubei: province, Wuhan city, Wuchang and Jianghan districts; Henan province; enterprises in three districts. */
beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close, handle } = test);
  office = await createOffice(app, test.handle.db, 'miit');
  for (const unit of [
    { username: 'hubei', level: 'province', regionCode: '420000' },
    { username: 'wuhan', level: 'city', regionCode: '420100' },
    { username: 'wuchang', level: 'district', regionCode: '420106' },
    { username: 'jianghan', level: 'district', regionCode: '420103' },
    { username: 'henan', level: 'province', regionCode: '410000' },
  ]) {
    await createOrganizationWithAdmin(test.handle.db, { ...unit, type: 'recommender', role: 'recommender' });
    units[unit.username] = await signIn(app, unit.username, testPassword);
  }
  callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    opensAt: '2020-01-01T00:00:00+08:00',
    closesAt: '2099-12-31T17:00:00+08:00',
    quotas: [
      { unit: 'city', max: 2 },
      { unit: 'province', max: 20 },
    ],
  } as never);
  const registrations = [
    { username: 'wc-1', uscc: '91350100M000100Y43', regionCode: '420106' },
    { username: 'wc-2', uscc: '91110000600037341L', regionCode: '420106' },
    { username: 'jh-1', uscc: '911100001000079554', regionCode: '420103' },
  ];
  for (const registration of registrations) {
    const enterprise = await registerEnterprise(app, registration);
    const created = await post(`/api/calls/${callId}/applications`, enterprise.session, { scenarioCodes: ['2024-11'] });
    const application = created.json().id;
    await submitComplete(app, enterprise.session, application, callId);
    enterprises[registration.username] = { ...enterprise, application };
  }
});
afterAll(() => close());

const queueIds = async (unit: string) =>
  (await get(`/api/reviews/queue?callId=${callId}`, units[unit]!)).json().items.map((item: { id: string }) => item.id);

const answersFor = async (unit: string, application: string, passed = true) =>
  (await get(`/api/applications/${application}/formal-review`, units[unit]!))
    .json()
    .items.map((item: { key: string }) => ({ key: item.key, passed, note: '' }));

describe('formal review', () => {
  it('puts each submission in the queue of the district that covers it, and nowhere else', async () => {
    expect((await queueIds('wuchang')).sort()).toEqual(
      [enterprises['wc-1']!.application, enterprises['wc-2']!.application].sort(),
    );
    expect(await queueIds('jianghan')).toEqual([enterprises['jh-1']!.application]);
    expect(await queueIds('wuhan')).toEqual([]);
    expect(await queueIds('henan')).toEqual([]);
  });

  it('filters the queue by stage, so each tab pages through its own applications', async () => {
    const review = (await get(`/api/reviews/queue?callId=${callId}&stage=review`, units.wuchang!)).json();
    expect(review.items.map((item: { stage: string }) => item.stage)).toEqual(['review', 'review']);
    const recommend = (await get(`/api/reviews/queue?callId=${callId}&stage=recommend`, units.wuchang!)).json();
    expect(recommend).toEqual({ items: [], nextCursor: null });
  });

  it('pre-judges what the data shows and hides other districts’ applications', async () => {
    const sheet = (
      await get(`/api/applications/${enterprises['wc-1']!.application}/formal-review`, units.wuchang!)
    ).json();
    const byKey = Object.fromEntries(sheet.items.map((item: { key: string }) => [item.key, item]));
    expect(byKey.registeredLegalEntity).toMatchObject({ passed: true });
    expect(byKey.inRecommenderRegion.evidence).toContain('武昌区');
    expect(byKey.stampedMatchesOnline).toMatchObject({ passed: true });
    expect(byKey.goodCreditRecord).toMatchObject({ passed: null });
    expect(sheet.canDecide).toBe(true);
    const outside = await get(`/api/applications/${enterprises['wc-1']!.application}/formal-review`, units.jianghan!);
    expect(outside.statusCode).toBe(404);
    const henan = await post(`/api/applications/${enterprises['wc-1']!.application}/formal-review`, units.henan!, {
      items: [],
      outcome: 'pass',
    });
    expect(henan.statusCode).toBe(404);
  });

  it('refuses missing items (400) and a pass with a failed item (422)', async () => {
    const url = `/api/applications/${enterprises['wc-1']!.application}/formal-review`;
    const answers = await answersFor('wuchang', enterprises['wc-1']!.application);
    expect((await post(url, units.wuchang!, { items: answers.slice(1), outcome: 'pass' })).statusCode).toBe(400);
    const failed = answers.map((item: { key: string }, index: number) => ({ ...item, passed: index !== 0 }));
    const refused = await post(url, units.wuchang!, { items: failed, outcome: 'pass' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CHECKLIST_FAILED');
  });

  it('returns for correction with field comments; the resubmission comes back to the district with the diff base', async () => {
    const { application, session } = enterprises['wc-1']!;
    const url = `/api/applications/${application}/formal-review`;
    const returned = await post(url, units.wuchang!, {
      items: await answersFor('wuchang', application),
      outcome: 'return',
      comment: '请补充实施成果的量化数据',
      fieldComments: [{ path: '/data/overview/introduction', comment: '简介过于简略' }],
    });
    expect(returned.json()).toEqual({ status: 'returned' });
    expect(await queueIds('wuchang')).not.toContain(application);
    const comments = (await get(`/api/applications/${application}/review-comments`, session)).json();
    expect(comments.fieldComments).toEqual([{ path: '/data/overview/introduction', comment: '简介过于简略' }]);
    expect(comments.unitName).toContain('wuchang');
    const current = (await get(`/api/applications/${application}`, session)).json();
    await app.inject({
      method: 'PATCH',
      url: `/api/applications/${application}`,
      headers: { ...asUser(session), 'if-match': String(current.version) },
      payload: { data: { overview: { introduction: '公司成立于2010年，专注智能装备，年营业收入5亿元。' } } },
    });
    await stampAndSubmit(app, session, application);
    expect(await queueIds('wuchang')).toContain(application);
    const sheet = (await get(url, units.wuchang!)).json();
    expect(sheet.lastReturn.data.overview.introduction).toBe(current.data.overview.introduction);
    expect(sheet.lastReturn.versionAt).toBe(current.version);
    expect(sheet.lastReturn.comment).toBe('请补充实施成果的量化数据');
  });

  it('exports the 形式审查表 as DOCX with the enterprise and the checklist', async () => {
    const exported = await app.inject({
      url: `/api/applications/${enterprises['wc-1']!.application}/formal-review/export`,
      headers: asUser(units.wuchang!),
    });
    expect(exported.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: exported.rawPayload })).value;
    expect(text).toContain('申报单位形式审查表');
    expect(text).toContain('wc-1 智能装备有限公司');
    expect(text).toContain('退回修改');
  });

  it('passes every application of both districts', async () => {
    for (const [unit, name] of [
      ['wuchang', 'wc-1'],
      ['wuchang', 'wc-2'],
      ['jianghan', 'jh-1'],
    ] as const) {
      const application = enterprises[name]!.application;
      const passed = await post(`/api/applications/${application}/formal-review`, units[unit]!, {
        items: await answersFor(unit, application),
        outcome: 'pass',
      });
      expect(passed.json()).toEqual({ status: 'review_passed' });
    }
  });
});

describe('recommendation up the chain', () => {
  let wuchangList: string;

  it('refuses ties and applications not passed up to the unit', async () => {
    const [a, b] = [enterprises['wc-1']!.application, enterprises['wc-2']!.application];
    const tie = await post(`/api/calls/${callId}/recommendations`, units.wuchang!, {
      items: [
        { applicationId: a, rank: 1 },
        { applicationId: b, rank: 1 },
      ],
    });
    expect(tie.json().error.code).toBe('INVALID_RANKING');
    const foreign = await post(`/api/calls/${callId}/recommendations`, units.wuchang!, {
      items: [{ applicationId: enterprises['jh-1']!.application, rank: 1 }],
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.code).toBe('NOT_PASSED_UP');
  });

  it('district lists go to the city; a recall before the city acts brings them back', async () => {
    const items = [
      { applicationId: enterprises['wc-2']!.application, rank: 1 },
      { applicationId: enterprises['wc-1']!.application, rank: 2 },
    ];
    const first = await post(`/api/calls/${callId}/recommendations`, units.wuchang!, { items });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ level: 'district', status: 'submitted' });
    expect((await queueIds('wuhan')).length).toBe(2);
    expect((await post(`/api/recommendations/${first.json().id}/recall`, units.wuchang!)).statusCode).toBe(200);
    expect(await queueIds('wuhan')).toEqual([]);
    const again = await post(`/api/calls/${callId}/recommendations`, units.wuchang!, { items });
    wuchangList = again.json().id;
    const jianghan = await post(`/api/calls/${callId}/recommendations`, units.jianghan!, {
      items: [{ applicationId: enterprises['jh-1']!.application, rank: 1 }],
    });
    expect(jianghan.statusCode).toBe(201);
    expect((await queueIds('wuhan')).length).toBe(3);
  });

  it('enforces the city quota: exactly at quota passes, one over is 422 naming the quota and the count', async () => {
    const all = [enterprises['wc-2']!, enterprises['jh-1']!, enterprises['wc-1']!].map((entry, index) => ({
      applicationId: entry.application,
      rank: index + 1,
    }));
    const over = await post(`/api/calls/${callId}/recommendations`, units.wuhan!, { items: all });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.code).toBe('QUOTA_EXCEEDED');
    expect(over.json().error.message).toContain('2');
    expect(over.json().error.message).toContain('3');
    const within = await post(`/api/calls/${callId}/recommendations`, units.wuhan!, { items: all.slice(0, 2) });
    expect(within.statusCode).toBe(201);
    expect(within.json().level).toBe('city');
  });

  it('locks the district list once the city acted: its recall is 409', async () => {
    const recall = await post(`/api/recommendations/${wuchangList}/recall`, units.wuchang!);
    expect(recall.statusCode).toBe(409);
    expect(recall.json().error.code).toBe('RECOMMENDATION_LOCKED');
  });

  it('shows each unit what it submitted and received', async () => {
    const lists = (await get(`/api/calls/${callId}/recommendations`, units.wuhan!)).json();
    expect(lists.filter((list: { direction: string }) => list.direction === 'received').length).toBeGreaterThanOrEqual(
      2,
    );
    const own = lists.find((list: { direction: string }) => list.direction === 'submitted');
    expect(own.items.map((item: { rank: number }) => item.rank)).toEqual([1, 2]);
    expect((await get(`/api/calls/${callId}/recommendations`, units.henan!)).json()).toEqual([]);
  });

  it('the province receives the city list and exports the summary table, ranked', async () => {
    expect((await queueIds('hubei')).length).toBe(2);
    const province = await post(`/api/calls/${callId}/recommendations`, units.hubei!, {
      items: [
        { applicationId: enterprises['jh-1']!.application, rank: 1 },
        { applicationId: enterprises['wc-2']!.application, rank: 2 },
      ],
    });
    expect(province.json().level).toBe('province');
    const xlsx = await app.inject({
      url: `/api/calls/${callId}/recommendations/summary?format=xlsx`,
      headers: asUser(units.hubei!),
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String).join('|');
    expect(cells.indexOf('jh-1 智能装备有限公司')).toBeLessThan(cells.indexOf('wc-2 智能装备有限公司'));
    // Scenarios as "环节序号.环节-场景序号.场景" (000_… 附件5; the examples choose the edition's first scenario).
    expect(cells).toContain('1.工厂建设-1.工厂数字化设计与交付');
    const docx = await app.inject({
      url: `/api/calls/${callId}/recommendations/summary?format=docx`,
      headers: asUser(units.hubei!),
    });
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('counts the jurisdiction by state, stage, industry and region', async () => {
    const dashboard = (await get(`/api/calls/${callId}/dashboard`, units.wuhan!)).json();
    expect(dashboard.total).toBe(3);
    expect(dashboard.byRegion.map((entry: { name: string }) => entry.name).sort()).toEqual(['武昌区', '江汉区'].sort());
    expect(dashboard.quota).toEqual({ unit: 'city', max: 2, used: 2 });
    const henan = (await get(`/api/calls/${callId}/dashboard`, units.henan!)).json();
    expect(henan.total).toBe(0);
  });
  it('sends a central enterprise’s subsidiary to its group, which recommends straight to the office', async () => {
    const group = await createOrganizationWithAdmin(handle.db, {
      type: 'recommender',
      level: 'central',
      regionCode: null,
      role: 'recommender',
      username: 'sinomach',
    });
    units.sinomach = await signIn(app, 'sinomach', testPassword);
    const subsidiary = await registerEnterprise(app, {
      username: 'cg-1',
      uscc: '91420100MA4K8D3X0K',
      regionCode: '420106',
    });
    await handle.db
      .update(enterprisesTable)
      .set({ centralGroupId: group.organizationId })
      .where(eq(enterprisesTable.organizationId, subsidiary.id));
    const created = await post(`/api/calls/${callId}/applications`, subsidiary.session, { scenarioCodes: [] });
    // The form asks a central enterprise's subsidiary for its group's consent (001_… 真实性承诺).
    await expect(submitComplete(app, subsidiary.session, created.json().id, callId)).rejects.toThrow(/集团同意/);
    await submitComplete(app, subsidiary.session, created.json().id, callId, {
      enterprise: { centralGroupConsent: true },
    });
    expect(await queueIds('sinomach')).toEqual([created.json().id]);
    expect(await queueIds('wuchang')).not.toContain(created.json().id);
    await post(`/api/applications/${created.json().id}/formal-review`, units.sinomach!, {
      items: await answersFor('sinomach', created.json().id),
      outcome: 'pass',
    });
    const list = await post(`/api/calls/${callId}/recommendations`, units.sinomach!, {
      items: [{ applicationId: created.json().id, rank: 1 }],
    });
    expect(list.json()).toMatchObject({ level: 'central', status: 'submitted' });
    const received = (await get(`/api/calls/${callId}/recommendations`, office)).json();
    expect(received.map((entry: { organizationName: string }) => entry.organizationName)).toContain('sinomach 单位');
  });
});
