import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countChars } from '../../../shared/applications/text-count.rules.js';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { createDraft, createOffice, dataFromExamples, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';

/** The template rules (word limits, CMMM level, Wuxi eligibility) as the API applies them to saved drafts. */
let app: App;
let close: () => Promise<void>;
let office: Session;
const window = { opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-31T17:00:00+08:00' };
type Problem = { path: string; message: string };
type Entry = Record<string, unknown> & {
  description: Record<string, unknown>;
  equipment: Array<Record<string, unknown>>;
};

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  office = await createOffice(app, test.handle.db, 'rules-office');
});
afterAll(() => close());

const get = (url: string, session: Session) => app.inject({ url, headers: asUser(session) });
const patch = (id: string, session: Session, version: number, data: unknown) =>
  app.inject({
    method: 'PATCH',
    url: `/api/applications/${id}`,
    headers: { ...asUser(session), 'if-match': String(version) },
    payload: { data },
  });

/** A published call of the template and an application in it filled with the form's examples. */
async function exampleApplication(templateId: string, username: string, uscc: string) {
  const callId = await publishCall(app, office, { templateId, ...window });
  const enterprise = await registerEnterprise(app, { username, uscc, regionCode: '420106' });
  const created = await createDraft(app, enterprise.session, callId);
  const schema = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json();
  const examples = dataFromExamples(schema);
  const saved = await patch(created.id, enterprise.session, created.version, examples);
  expect(saved.statusCode).toBe(200);
  expect(saved.json().problems).toEqual([]);
  return { id: created.id, version: saved.json().version as number, session: enterprise.session };
}

describe('the whole scenario description limit (每个场景字数请控制在3000字以内)', () => {
  let application: { id: string; version: number; session: Session };
  let entry: Entry;
  /** Characters the other fields of the example scenario already count (whitespace excluded). */
  let others: number;

  beforeAll(async () => {
    application = await exampleApplication('excellent-scenario', 'long-ent', '91350100M000100Y43');
    entry = (await get(`/api/applications/${application.id}`, application.session)).json().data.scenarios[0];
    const strings = [
      ...Object.entries(entry.description).filter(([key]) => key !== 'remarks'),
      ...entry.equipment.flatMap((row) => Object.entries(row)),
    ].map(([, value]) => value);
    others = strings.reduce<number>((sum, value) => sum + (typeof value === 'string' ? countChars(value) : 0), 0);
    expect(others).toBeGreaterThan(500);
  });

  const saveRemarks = async (remarks: string) => {
    const scenarios = [{ ...entry, description: { ...entry.description, remarks } }];
    const saved = await patch(application.id, application.session, application.version, { scenarios });
    expect(saved.statusCode).toBe(200);
    application.version = saved.json().version;
    return saved.json().problems as Problem[];
  };

  it('does not count whitespace: exactly 3,000 characters plus spaces and line breaks is within the limit', async () => {
    const allowed = 3000 - others;
    const remarks = `${Array.from({ length: allowed }, () => '备').join(' ')}\n`;
    expect(countChars(remarks)).toBe(allowed);
    expect(remarks.length).toBe(allowed * 2);
    expect(await saveRemarks(remarks)).toEqual([]);
  });

  it('saves a scenario one character over 3,000 untruncated, flags it naming the scenario, and refuses submission', async () => {
    const remarks = '超'.repeat(3001 - others);
    const problems = await saveRemarks(remarks);
    expect(problems).toEqual([
      { path: '/data/scenarios/0', message: `场景1「${entry.name}」全文超出字数限制：3001/3000字` },
    ]);
    const stored = (await get(`/api/applications/${application.id}`, application.session)).json();
    expect(stored.data.scenarios[0].description.remarks).toBe(remarks);
    expect(stored.version).toBe(application.version);
    const validation = (await get(`/api/applications/${application.id}/validation`, application.session)).json();
    expect(validation.problems).toContainEqual(problems[0]);
    const submitted = await app.inject({
      method: 'POST',
      url: `/api/applications/${application.id}/submit`,
      headers: asUser(application.session),
    });
    expect(submitted.statusCode).toBe(422);
    expect(submitted.json().error.code).toBe('VALIDATION_FAILED');
    expect(submitted.json().error.details).toContainEqual(problems[0]);
  });
});

describe('the demo factory CMMM level (GB/T 39116-2020 二级及以上)', () => {
  it('flags level 一级 on the level field and accepts 二级', async () => {
    const application = await exampleApplication('demo-factory', 'cmmm-ent', '91110000600037341L');
    const cmmm = (await get(`/api/applications/${application.id}`, application.session)).json().data.cmmm;
    const low = await patch(application.id, application.session, application.version, {
      cmmm: { ...cmmm, level: '一级' },
    });
    expect(low.json().problems).toEqual([
      { path: '/data/cmmm/level', message: '申报示范工厂须达到智能制造能力成熟度二级及以上' },
    ]);
    const two = await patch(application.id, application.session, low.json().version, {
      cmmm: { ...cmmm, level: '二级' },
    });
    expect(two.json().problems).toEqual([]);
  });
});

describe('the Wuxi benchmark eligibility (003_… 基本要求)', () => {
  let application: { id: string; version: number; session: Session };
  let eligibility: Record<string, unknown>;

  beforeAll(async () => {
    application = await exampleApplication('wuxi-benchmark', 'wuxi-ent', '911100001000079554');
    eligibility = (await get(`/api/applications/${application.id}`, application.session)).json().data.eligibility;
  });

  const problemsWith = async (data: Record<string, unknown>) => {
    const saved = await patch(application.id, application.session, application.version, data);
    expect(saved.statusCode).toBe(200);
    application.version = saved.json().version;
    return saved.json().problems as Problem[];
  };

  it('needs registration in the city at least a year before the call opened (2026-11-01)', async () => {
    const late = await problemsWith({ eligibility: { ...eligibility, registeredInWuxiOn: '2025-11-02' } });
    expect(late).toHaveLength(1);
    expect(late[0]!.path).toBe('/data/eligibility/registeredInWuxiOn');
    expect(late[0]!.message).toContain('在无锡市内注册满一周年');
    expect(late[0]!.message).toContain('至少一年');
    expect(await problemsWith({ eligibility: { ...eligibility, registeredInWuxiOn: '2025-11-01' } })).toEqual([]);
  });

  it.each(['C+', 'C', 'C-'])('bars the credit rating %s and explains the threshold', async (creditGrade) => {
    const problems = await problemsWith({ eligibility: { ...eligibility, creditGrade } });
    expect(problems).toEqual([
      {
        path: '/data/eligibility/creditGrade',
        message: '基本要求：社会法人公共信用评价报告等级不得为C+及以下（C+、C、C-不得申报）',
      },
    ]);
  });

  it('accepts the rating B-, just above the bar', async () => {
    expect(await problemsWith({ eligibility: { ...eligibility, creditGrade: 'B-' } })).toEqual([]);
  });

  it('excludes a factory already awarded, but only when applying as 智能工厂', async () => {
    const awarded = { eligibility: { ...eligibility, factoryAlreadyDemo: true } };
    const asFactory = await problemsWith({ ...awarded, type: { type: '智能工厂' } });
    expect(asFactory).toHaveLength(1);
    expect(asFactory[0]!.path).toBe('/data/eligibility/factoryAlreadyDemo');
    expect(asFactory[0]!.message).toContain('已获评的市级及以上智能制造示范工厂不再申报市级智能工厂');
    const asScenario = await problemsWith({ ...awarded, type: { type: '智能场景' } });
    expect(asScenario.map((problem) => problem.path)).not.toContain('/data/eligibility/factoryAlreadyDemo');
  });

  it('excludes a scenario already rated nationally when applying as 智能场景', async () => {
    const problems = await problemsWith({
      eligibility: { ...eligibility, factoryAlreadyDemo: false, scenarioAlreadyNational: true },
      type: { type: '智能场景' },
    });
    const excluded = problems.find((problem) => problem.path === '/data/eligibility/scenarioAlreadyNational');
    expect(excluded?.message).toContain('已获评的国家级智能制造优秀场景不再申报市级智能场景');
  });
});
