import { and, asc, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { createOffice, publishCall, registerEnterprise, submitComplete } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { auditLog } from '../audit/audit.tables.js';

let app: App;
let close: () => Promise<void>;
let handle: DatabaseHandle;
let district: Session;
const applications: Record<string, { id: string; session: Session }> = {};

const get = (url: string, session: Session) => app.inject({ url, headers: asUser(session) });
const post = (url: string, session: Session, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

/** A provincial call on 000_…'s form; the Wuchang district reviews three of its enterprises' applications. */
beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close, handle } = test);
  const office = await createOffice(app, handle.db, 'hubei-office', 'province', '420000');
  await createOrganizationWithAdmin(handle.db, {
    username: 'wuchang',
    level: 'district',
    regionCode: '420106',
    type: 'recommender',
    role: 'recommender',
  });
  district = await signIn(app, 'wuchang', testPassword);
  const callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    variant: 'provincial2023',
    opensAt: '2020-01-01T00:00:00+08:00',
    closesAt: '2099-12-31T17:00:00+08:00',
  });
  for (const registration of [
    { username: 'rejected', uscc: '91350100M000100Y43' },
    { username: 'returned', uscc: '91110000600037341L' },
    { username: 'passed', uscc: '911100001000079554' },
  ]) {
    const enterprise = await registerEnterprise(app, { ...registration, regionCode: '420106' });
    const created = await post(`/api/calls/${callId}/applications`, enterprise.session, { scenarioCodes: ['2024-11'] });
    await submitComplete(app, enterprise.session, created.json().id, callId);
    applications[registration.username] = { id: created.json().id, session: enterprise.session };
  }
});
afterAll(() => close());

const answers = async (application: string) =>
  (await get(`/api/applications/${application}/formal-review`, district)).json().items.map((item: { key: string }) => ({
    key: item.key,
    passed: true,
    note: '',
  }));

const decide = async (application: string, body: Record<string, unknown>) =>
  post(`/api/applications/${application}/formal-review`, district, { items: await answers(application), ...body });

const auditOf = (application: string) =>
  handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'application'), eq(auditLog.targetId, application)))
    .orderBy(asc(auditLog.id));

describe('formal review outcomes', () => {
  it('refuses a rejection without a written reason, even with field comments (400), and changes nothing', async () => {
    const { id } = applications.rejected!;
    const fieldComments = [{ path: '/data/overview/introduction', comment: '简介与营业执照不符' }];
    for (const body of [
      { outcome: 'reject' },
      { outcome: 'reject', comment: '   ' },
      { outcome: 'reject', comment: '', fieldComments },
    ]) {
      const refused = await decide(id, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'INVALID_INPUT', message: '不通过须在审查意见中填写理由' });
    }
    expect((await get(`/api/applications/${id}/formal-review`, district)).json()).toMatchObject({
      status: 'submitted',
      canDecide: true,
    });
    expect((await auditOf(id)).map((row) => row.action)).not.toContain('application.review_failed');
  });

  it('rejects with a reason: review_failed, out of the queue, and an audit row carrying the reason', async () => {
    const { id } = applications.rejected!;
    const rejected = await decide(id, { outcome: 'reject', comment: '申报内容涉密，不予推荐' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toEqual({ status: 'review_failed' });
    const queue = (await get(`/api/reviews/queue?callId=${await callOf(id)}`, district)).json();
    expect(queue.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const rows = (await auditOf(id)).filter((row) => row.action === 'application.review_failed');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUsername: 'wuchang',
      oldValue: { status: 'submitted' },
      newValue: { status: 'review_failed', reason: '申报内容涉密，不予推荐' },
    });
    // A decided application takes no second decision.
    expect((await decide(id, { outcome: 'pass' })).statusCode).toBe(409);
  });

  it('a return with field comments alone is enough, and is audited as returned', async () => {
    const { id, session } = applications.returned!;
    const returned = await decide(id, {
      outcome: 'return',
      fieldComments: [{ path: '/data/overview/introduction', comment: '请补充主营业务' }],
    });
    expect(returned.json()).toEqual({ status: 'returned' });
    expect((await get(`/api/applications/${id}/review-comments`, session)).json().fieldComments).toEqual([
      { path: '/data/overview/introduction', comment: '请补充主营业务' },
    ]);
    const rows = (await auditOf(id)).filter((row) => row.action === 'application.returned');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUsername: 'wuchang', newValue: { status: 'returned' } });
  });

  it('a pass needs no comment and is audited as review_passed', async () => {
    const { id } = applications.passed!;
    expect((await decide(id, { outcome: 'pass' })).json()).toEqual({ status: 'review_passed' });
    const actions = (await auditOf(id)).map((row) => row.action);
    expect(actions.filter((action) => action.startsWith('application.review_'))).toEqual(['application.review_passed']);
    expect(actions.at(-1)).toBe('application.review_passed');
  });

  it('exports the provincial 形式审查表 in 000_… 附件4’s wording with the decision ticked', async () => {
    const exported = await get(`/api/applications/${applications.rejected!.id}/formal-review/export`, district);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment;');
    const { value } = await mammoth.extractRawText({ buffer: exported.rawPayload });
    for (const text of [
      '申报单位形式审查表（各区填报）',
      '企业名称：rejected 智能装备有限公司',
      '企业所在区（开发区）经信部门（盖章）：wuchang 单位',
      '形式审查主要内容',
      '申报内容是否涉密',
      '☐通过　☐退回修改　☑不通过',
      '申报内容涉密，不予推荐',
    ])
      expect(value).toContain(text);
  });
});

async function callOf(application: string): Promise<string> {
  return (await get(`/api/applications/${application}`, applications.rejected!.session)).json().callId;
}
