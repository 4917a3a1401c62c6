import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { Database } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createOffice, dataFromExamples, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';
import { auditLog } from '../audit/audit.tables.js';

/** The deadline on the server: per-enterprise extensions, and withdrawal and resubmission around the deadline. */
let app: App;
let db: Database;
let close: () => Promise<void>;
let clock = new Date('2026-12-01T10:00:00+08:00');
let office: Session;
let first: { session: Session; id: string };
let second: { session: Session; id: string };

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => clock });
  ({ app, close } = test);
  db = test.handle.db;
  office = await createOffice(app, db, 'deadline-office');
  first = await registerEnterprise(app, { username: 'first-ent', uscc: '91350100M000100Y43', regionCode: '420106' });
  second = await registerEnterprise(app, { username: 'second-ent', uscc: '91110000600037341L', regionCode: '420103' });
});
afterAll(() => close());

const get = (url: string, session: Session) => app.inject({ url, headers: asUser(session) });
const post = (url: string, session: Session, payload?: object) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload });
const upload = (url: string, session: Session, fields: Record<string, string>) => {
  const body = multipartBody(fields, { field: 'file', name: 'scan.pdf', type: 'application/pdf', bytes: samplePdf });
  return app.inject({ method: 'POST', url, headers: { ...asUser(session), ...body.headers }, payload: body.payload });
};
const stamp = async (id: string, session: Session) => {
  const { fingerprint } = (await get(`/api/applications/${id}`, session)).json();
  const stamped = await upload(`/api/applications/${id}/stamped`, session, { fingerprint });
  expect(stamped.statusCode).toBe(201);
  return fingerprint as string;
};

/** An application complete in every respect (examples, required attachments, stamped scan) but not submitted. */
async function readyApplication(callId: string, session: Session) {
  const created = await post(`/api/calls/${callId}/applications`, session, { scenarioCodes: ['2024-01'] });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const schema = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json();
  const saved = await app.inject({
    method: 'PATCH',
    url: `/api/applications/${id}`,
    headers: { ...asUser(session), 'if-match': String(created.json().version) },
    payload: { data: dataFromExamples(schema) },
  });
  expect(saved.json().problems).toEqual([]);
  for (const attachment of schema['x-attachments'].filter((item: { required: boolean }) => item.required))
    expect((await upload(`/api/applications/${id}/attachments`, session, { kind: attachment.kind })).statusCode).toBe(
      201,
    );
  await stamp(id, session);
  expect((await get(`/api/applications/${id}/validation`, session)).json()).toEqual({ valid: true, problems: [] });
  return id;
}

describe('a deadline extension for one enterprise', () => {
  let callId: string;
  let firstApplication: string;
  let secondApplication: string;
  const reason = '企业所在园区停电，未能在截止前上传盖章扫描件';

  beforeAll(async () => {
    clock = new Date('2026-12-01T10:00:00+08:00');
    callId = await publishCall(app, office, {
      templateId: 'wuxi-benchmark',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-01T12:00:00+08:00',
    });
    firstApplication = await readyApplication(callId, first.session);
    secondApplication = await readyApplication(callId, second.session);
    clock = new Date('2026-12-01T13:00:00+08:00');
  });

  it('refuses both complete applications after the deadline with 409 CALL_CLOSED', async () => {
    for (const [id, enterprise] of [
      [firstApplication, first],
      [secondApplication, second],
    ] as const) {
      const late = await post(`/api/applications/${id}/submit`, enterprise.session);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('CALL_CLOSED');
    }
  });

  it('is refused to an enterprise user and needs a reason', async () => {
    const body = { enterpriseId: first.id, closesAt: '2026-12-02T17:00:00+08:00', reason };
    expect((await post(`/api/calls/${callId}/extensions`, first.session, body)).statusCode).toBe(403);
    expect((await post(`/api/calls/${callId}/extensions`, office, { ...body, reason: '' })).statusCode).toBe(400);
  });

  it('lets only that enterprise submit late, and records the grant with its reason in the audit log', async () => {
    const granted = await post(`/api/calls/${callId}/extensions`, office, {
      enterpriseId: first.id,
      closesAt: '2026-12-02T17:00:00+08:00',
      reason,
    });
    expect(granted.statusCode).toBe(201);
    expect((await get(`/api/applications/${firstApplication}`, first.session)).json()).toMatchObject({
      deadline: '2026-12-02T09:00:00.000Z',
      can: { submit: true },
    });
    expect((await get(`/api/applications/${secondApplication}`, second.session)).json()).toMatchObject({
      deadline: '2026-12-01T04:00:00.000Z',
      can: { submit: false },
    });
    expect((await post(`/api/applications/${firstApplication}/submit`, first.session)).json()).toEqual({
      status: 'submitted',
    });
    const refused = await post(`/api/applications/${secondApplication}/submit`, second.session);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CALL_CLOSED');
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'call.extension_granted'), eq(auditLog.targetId, callId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUsername: 'deadline-office',
      targetType: 'call',
      oldValue: { closesAt: '2026-12-01T04:00:00.000Z' },
      newValue: { enterpriseId: first.id, closesAt: '2026-12-02T09:00:00.000Z', reason },
    });
  });

  it('ends with the extended deadline: withdrawal after it is 409 CALL_CLOSED and the record stays submitted', async () => {
    clock = new Date('2026-12-02T17:00:01+08:00');
    const late = await post(`/api/applications/${firstApplication}/withdraw`, first.session, { reason: '补充材料' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CALL_CLOSED');
    expect((await get(`/api/applications/${firstApplication}`, first.session)).json().status).toBe('submitted');
  });
});

describe('withdrawal and resubmission', () => {
  let callId: string;
  let id: string;

  beforeAll(async () => {
    clock = new Date('2026-12-01T10:00:00+08:00');
    callId = await publishCall(app, office, {
      templateId: 'excellent-scenario',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-31T17:00:00+08:00',
    });
    id = await readyApplication(callId, first.session);
    expect((await post(`/api/applications/${id}/submit`, first.session)).json()).toEqual({ status: 'submitted' });
  });

  it('needs a reason: none or blanks is 400 and the record stays submitted', async () => {
    for (const payload of [{}, { reason: '' }, { reason: '   ' }]) {
      const refused = await post(`/api/applications/${id}/withdraw`, first.session, payload);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('INVALID_INPUT');
    }
    expect((await get(`/api/applications/${id}`, first.session)).json().status).toBe('submitted');
  });

  it('withdraws before the deadline, recording the reason', async () => {
    const withdrawn = await post(`/api/applications/${id}/withdraw`, first.session, { reason: '补充实施成果数据' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toEqual({ status: 'withdrawn' });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.withdrawn'), eq(auditLog.targetId, id)));
    expect(rows.map((row) => row.newValue)).toEqual([expect.objectContaining({ reason: '补充实施成果数据' })]);
  });

  it('after a change, refuses the old stamped scan and resubmits with a new one for the new fingerprint', async () => {
    const before = (await get(`/api/applications/${id}`, first.session)).json();
    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/applications/${id}`,
      headers: { ...asUser(first.session), 'if-match': String(before.version) },
      payload: { data: { overview: { introduction: '撤回后补充：2026年新增两条智能产线。' } } },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().fingerprint).not.toBe(before.fingerprint);
    const stale = await post(`/api/applications/${id}/submit`, first.session);
    expect(stale.statusCode).toBe(422);
    expect(stale.json().error.code).toBe('VALIDATION_FAILED');
    expect(stale.json().error.details).toEqual([{ path: '/stamped', message: expect.stringContaining('内容已修改') }]);
    const oldScan = await upload(`/api/applications/${id}/stamped`, first.session, {
      fingerprint: before.fingerprint,
    });
    expect(oldScan.json().error.code).toBe('FINGERPRINT_MISMATCH');
    expect(await stamp(id, first.session)).toBe(edited.json().fingerprint);
    expect((await post(`/api/applications/${id}/submit`, first.session)).json()).toEqual({ status: 'submitted' });
    const resubmitted = (await get(`/api/applications/${id}`, first.session)).json();
    expect(resubmitted.data.overview.introduction).toBe('撤回后补充：2026年新增两条智能产线。');
    expect(resubmitted.stamped).toMatchObject({ fingerprint: edited.json().fingerprint, isCurrent: true });
  });

  it('refuses withdrawal after the deadline with 409 CALL_CLOSED', async () => {
    clock = new Date('2026-12-31T17:00:00+08:00');
    // A month later the morning's session has expired; sign in again.
    const session = await signIn(app, 'first-ent', 'A-good-password-1');
    const late = await post(`/api/applications/${id}/withdraw`, session, { reason: '再次补充材料' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CALL_CLOSED');
    expect((await get(`/api/applications/${id}`, session)).json()).toMatchObject({
      status: 'submitted',
      can: { withdraw: false },
    });
  });
});
