import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createOffice, dataFromExamples, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';

let app: App;
let close: () => Promise<void>;
let clock = new Date('2026-12-01T10:00:00+08:00');
let office: Session;
let enterprise: { session: Session; id: string };
let other: { session: Session; id: string };
let scenarioCall: string;
let factoryCall: string;
const samplePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 0)]);

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => clock });
  ({ app, close } = test);
  office = await createOffice(app, test.handle.db, 'miit-office');
  enterprise = await registerEnterprise(app, { username: 'ent-a', uscc: '91350100M000100Y43', regionCode: '420106' });
  other = await registerEnterprise(app, { username: 'ent-b', uscc: '91110000600037341L', regionCode: '420103' });
  const window = { opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-31T17:00:00+08:00' };
  scenarioCall = await publishCall(app, office, { templateId: 'excellent-scenario', ...window });
  factoryCall = await publishCall(app, office, { templateId: 'demo-factory', ...window });
});
afterAll(() => close());

const get = (url: string, session?: Session) => app.inject({ url, headers: session ? asUser(session) : {} });
const post = (url: string, session: Session, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });
const patch = (id: string, session: Session, version: number | string, data: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/applications/${id}`,
    headers: { ...asUser(session), 'if-match': String(version) },
    payload: { data },
  });
const upload = (url: string, session: Session, fields: Record<string, string>, bytes: Buffer, type: string) => {
  const body = multipartBody(fields, { field: 'file', name: 'scan.pdf', type, bytes });
  return app.inject({ method: 'POST', url, headers: { ...asUser(session), ...body.headers }, payload: body.payload });
};

describe('call templates and calls', () => {
  it('lists the four templates', async () => {
    const ids = (await get('/api/call-templates')).json().map((template: { id: string }) => template.id);
    expect(ids).toEqual(['excellent-scenario', 'demo-factory', 'hubei-pilot', 'wuxi-benchmark']);
  });

  it('creates a draft, publishes it, and lists only published calls publicly', async () => {
    const created = await post('/api/calls', office, {
      templateId: 'hubei-pilot',
      title: '2026年湖北省智能制造试点示范申报',
      year: 2026,
      catalogEdition: '2024',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-31T17:00:00+08:00',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft' });
    const id = created.json().id;
    expect((await get('/api/calls')).json().map((call: { id: string }) => call.id)).not.toContain(id);
    expect((await get(`/api/calls/${id}`)).statusCode).toBe(404);
    expect((await post(`/api/calls/${id}/publish`, office)).json()).toEqual({ status: 'published' });
    expect((await get('/api/calls')).json().map((call: { id: string }) => call.id)).toContain(id);
    expect((await post(`/api/calls/${id}/publish`, office)).statusCode).toBe(409);
  });

  it('refuses calls from enterprises, unknown templates and a deadline before the opening', async () => {
    const body = { templateId: 'excellent-scenario', title: '测试通知', year: 2026, catalogEdition: '2024' };
    const window = { opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-31T17:00:00+08:00' };
    expect((await post('/api/calls', enterprise.session, { ...body, ...window })).statusCode).toBe(403);
    expect((await post('/api/calls', office, { ...body, ...window, templateId: 'nope' })).json().error.code).toBe(
      'TEMPLATE_NOT_FOUND',
    );
    const reversed = await post('/api/calls', office, { ...body, opensAt: window.closesAt, closesAt: window.opensAt });
    expect(reversed.statusCode).toBe(400);
  });
});

describe('form schema', () => {
  it('is JSON Schema 2020-12 with the printed limits, read-only prefills and attachments', async () => {
    const schema = (await get(`/api/calls/${scenarioCall}/form-schema`)).json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const description = schema.properties.scenarios.items.properties.description.properties;
    expect(Object.values(description).map((field) => (field as { maxLength?: number }).maxLength)).toEqual(
      expect.arrayContaining([150, 150, 300, 150, 200, 150]),
    );
    expect(schema.properties.enterprise.properties.name.readOnly).toBe(true);
    expect(schema['x-attachments'].length).toBeGreaterThan(0);
    expect(schema['x-attachments'][0]).toMatchObject({ kind: expect.any(String), accept: expect.any(Array) });
  });
});

describe('an application from draft to submission', () => {
  let id: string;
  let version: number;

  it('creates a draft with the chosen scenarios, prefilled from the profile', async () => {
    const created = await post(`/api/calls/${scenarioCall}/applications`, enterprise.session, {
      scenarioCodes: ['2024-01', '2024-05'],
      customScenarios: ['基于大模型的工艺参数推荐'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', version: 1 });
    ({ id, version } = created.json());
    const application = (await get(`/api/applications/${id}`, enterprise.session)).json();
    expect(application.data.enterprise.name).toBe('ent-a 智能装备有限公司');
    expect(application.data.scenarios.map((entry: { code: string | null }) => entry.code)).toEqual([
      '2024-01',
      '2024-05',
      null,
    ]);
    expect(application.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  it('refuses a second application in the call and the other national direction the same year', async () => {
    const again = await post(`/api/calls/${scenarioCall}/applications`, enterprise.session, { scenarioCodes: [] });
    expect(again.json().error.code).toBe('APPLICATION_EXISTS');
    const factory = await post(`/api/calls/${factoryCall}/applications`, enterprise.session, { scenarioCodes: [] });
    expect(factory.statusCode).toBe(409);
    expect(factory.json().error.code).toBe('CONFLICTING_APPLICATION');
    const unknown = await post(`/api/calls/${scenarioCall}/applications`, other.session, {
      scenarioCodes: ['2021-01'],
    });
    expect(unknown.json().error.code).toBe('INVALID_SCENARIO');
  });

  it('saves partial updates with If-Match and answers a stale version with 409', async () => {
    const saved = await patch(id, enterprise.session, version, { overview: { introduction: '公司成立于2010年。' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(version + 1);
    const stale = await patch(id, enterprise.session, version, { overview: { introduction: '旧版本上的修改' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    version = saved.json().version;
    const current = (await get(`/api/applications/${id}`, enterprise.session)).json();
    expect(current.data.overview.introduction).toBe('公司成立于2010年。');
  });

  it('saves an over-limit text untruncated and flags it', async () => {
    const scenarios = (await get(`/api/applications/${id}`, enterprise.session)).json().data.scenarios;
    const long = '超'.repeat(151);
    scenarios[0].description = { ...scenarios[0].description, description: long };
    const saved = await patch(id, enterprise.session, version, { scenarios });
    expect(saved.statusCode).toBe(200);
    version = saved.json().version;
    const problem = saved.json().problems.find((item: { path: string }) => item.path.includes('description'));
    expect(problem?.message).toContain('151/150');
    const stored = (await get(`/api/applications/${id}`, enterprise.session)).json();
    expect(stored.data.scenarios[0].description.description).toBe(long);
  });

  it('ignores read-only fields and refuses content outside the form with 400', async () => {
    const saved = await patch(id, enterprise.session, version, { enterprise: { name: '改名公司' } });
    version = saved.json().version;
    expect((await get(`/api/applications/${id}`, enterprise.session)).json().data.enterprise.name).toBe(
      'ent-a 智能装备有限公司',
    );
    const bad = await patch(id, enterprise.session, version, { nonsense: { a: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_INPUT');
    const wrongType = await patch(id, enterprise.session, version, { overview: { introduction: 42 } });
    expect(wrongType.statusCode).toBe(400);
  });

  it('answers bad uploads and headers with 4xx, never 500', async () => {
    const url = `/api/applications/${id}/attachments`;
    const json = await app.inject({ method: 'POST', url, headers: asUser(enterprise.session), payload: { kind: 'x' } });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    const unknownKind = await upload(url, enterprise.session, { kind: 'nonsense' }, samplePdf, 'application/pdf');
    expect(unknownKind.json().error.code).toBe('UNKNOWN_ATTACHMENT_KIND');
    const noFile = multipartBody({ kind: 'businessLicence' });
    const missing = await app.inject({
      method: 'POST',
      url,
      headers: { ...asUser(enterprise.session), ...noFile.headers },
      payload: noFile.payload,
    });
    expect(missing.statusCode).toBe(400);
    const noIfMatch = await app.inject({
      method: 'PATCH',
      url: `/api/applications/${id}`,
      headers: asUser(enterprise.session),
      payload: { data: {} },
    });
    expect(noIfMatch.statusCode).toBe(400);
  });

  it('hides the application from another enterprise (404)', async () => {
    expect((await get(`/api/applications/${id}`, other.session)).statusCode).toBe(404);
    expect((await patch(id, other.session, version, { overview: { introduction: 'x' } })).statusCode).toBe(404);
  });

  it('refuses submission while problems remain, naming them', async () => {
    const submitted = await post(`/api/applications/${id}/submit`, enterprise.session);
    expect(submitted.statusCode).toBe(422);
    expect(submitted.json().error.code).toBe('VALIDATION_FAILED');
    const paths = submitted.json().error.details.map((problem: { path: string }) => problem.path);
    expect(paths).toContain('/stamped');
    expect(paths.some((path: string) => path.startsWith('/attachments/'))).toBe(true);
  });

  it('accepts the complete example application, attachments and the stamped scan, then submits', async () => {
    const schema = (await get(`/api/calls/${scenarioCall}/form-schema`)).json();
    const saved = await patch(id, enterprise.session, version, dataFromExamples(schema));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().problems).toEqual([]);
    version = saved.json().version;
    for (const attachment of schema['x-attachments'].filter((item: { required: boolean }) => item.required)) {
      const stored = await upload(
        `/api/applications/${id}/attachments`,
        enterprise.session,
        { kind: attachment.kind },
        samplePdf,
        'application/pdf',
      );
      expect(stored.statusCode).toBe(201);
      expect(stored.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const notPdf = await upload(
      `/api/applications/${id}/stamped`,
      enterprise.session,
      { fingerprint: 'x' },
      samplePng,
      'application/pdf',
    );
    expect(notPdf.statusCode).toBe(415);
    const wrong = await upload(
      `/api/applications/${id}/stamped`,
      enterprise.session,
      { fingerprint: '0000-0000-0000-0000' },
      samplePdf,
      'application/pdf',
    );
    expect(wrong.json().error.code).toBe('FINGERPRINT_MISMATCH');
    const { fingerprint } = (await get(`/api/applications/${id}`, enterprise.session)).json();
    const stamped = await upload(
      `/api/applications/${id}/stamped`,
      enterprise.session,
      { fingerprint },
      samplePdf,
      'application/pdf',
    );
    expect(stamped.statusCode).toBe(201);
    expect((await get(`/api/applications/${id}/validation`, enterprise.session)).json()).toEqual({
      valid: true,
      problems: [],
    });
    expect((await post(`/api/applications/${id}/submit`, enterprise.session)).json()).toEqual({ status: 'submitted' });
  });

  it('locks the submitted record; a withdrawal with a reason reopens it and a change needs a new stamped scan', async () => {
    const locked = await patch(id, enterprise.session, version, { overview: { introduction: '提交后修改' } });
    expect(locked.json().error.code).toBe('NOT_EDITABLE');
    expect((await post(`/api/applications/${id}/withdraw`, enterprise.session, { reason: '' })).statusCode).toBe(400);
    const withdrawn = await post(`/api/applications/${id}/withdraw`, enterprise.session, {
      reason: '补充实施成果数据',
    });
    expect(withdrawn.json()).toEqual({ status: 'withdrawn' });
    const edited = await patch(id, enterprise.session, version, { overview: { introduction: '撤回后补充的简介。' } });
    expect(edited.statusCode).toBe(200);
    const problems = (await get(`/api/applications/${id}/validation`, enterprise.session)).json().problems;
    expect(problems.map((problem: { path: string }) => problem.path)).toEqual(['/stamped']);
  });

  it('keeps a version history with attribution and restores an earlier version as a new one', async () => {
    const versions = (await get(`/api/applications/${id}/versions`, enterprise.session)).json();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions[0].savedByName).toBe('ent-a');
    const first = (await get(`/api/applications/${id}/versions/1`, enterprise.session)).json();
    expect(first.data.scenarios).toHaveLength(3);
    const current = (await get(`/api/applications/${id}`, enterprise.session)).json();
    const restored = await app.inject({
      method: 'POST',
      url: `/api/applications/${id}/restore`,
      headers: { ...asUser(enterprise.session), 'if-match': String(current.version) },
      payload: { version: 1 },
    });
    expect(restored.statusCode).toBe(200);
    expect((await get(`/api/applications/${id}`, enterprise.session)).json().data.scenarios).toHaveLength(3);
  });

  it('exports DOCX and PDF', async () => {
    const docx = await get(`/api/applications/${id}/export?format=docx`, enterprise.session);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await get(`/api/applications/${id}/export?format=pdf`, enterprise.session);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`/api/applications/${id}/export?format=txt`, enterprise.session)).statusCode).toBe(400);
  });
});

describe('the deadline', () => {
  it('answers 409 CALL_CLOSED after the deadline, until the office grants this enterprise an extension', async () => {
    const shortCall = await publishCall(app, office, {
      templateId: 'wuxi-benchmark',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-01T12:00:00+08:00',
    });
    const created = await post(`/api/calls/${shortCall}/applications`, other.session, { scenarioCodes: [] });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    clock = new Date('2026-12-01T13:00:00+08:00');
    const late = await post(`/api/applications/${id}/submit`, other.session);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CALL_CLOSED');
    const earlier = await post(`/api/calls/${shortCall}/extensions`, office, {
      enterpriseId: other.id,
      closesAt: '2026-12-01T11:00:00+08:00',
      reason: '系统故障导致无法按时上传',
    });
    expect(earlier.json().error.code).toBe('EXTENSION_NOT_LATER');
    const extension = await post(`/api/calls/${shortCall}/extensions`, office, {
      enterpriseId: other.id,
      closesAt: '2026-12-02T17:00:00+08:00',
      reason: '系统故障导致无法按时上传',
    });
    expect(extension.statusCode).toBe(201);
    const retried = await post(`/api/applications/${id}/submit`, other.session);
    expect(retried.json().error.code).toBe('VALIDATION_FAILED');
    clock = new Date('2026-12-01T10:00:00+08:00');
  });

  it('counts applications by state and region for the office (a withdrawn one by state only)', async () => {
    const stats = (await get(`/api/calls/${scenarioCall}/stats`, office)).json();
    expect(stats.total).toBe(1);
    expect(stats.byStatus).toEqual({ withdrawn: 1 });
    expect(stats.byRegion).toEqual([]);
  });
});
