import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeUsccCheckCharacter } from '../../../shared/organizations/uscc.rules.js';
import { type App, buildApp } from '../../app.js';
import type { Database } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { dataDir } from '../../test/seed-documents.js';
import { asUser, type Session } from '../../test/sessions.js';
import { auditLog } from '../audit/audit.tables.js';
import { createLocalFileStore } from '../files/files.store.js';

/** A call's reach (region scope), its end (结束申报), and the form version it keeps once published. */
let app: App;
let db: Database;
let close: () => Promise<void>;
let hubeiOffice: Session;
let wuhan: { session: Session; id: string };
let nanjing: { session: Session; id: string };
const scratchDirs: string[] = [];

const uscc = (head: string) => head + computeUsccCheckCharacter(head);
const window = { opensAt: '2026-11-01T00:00:00+08:00', closesAt: '2026-12-31T17:00:00+08:00' };

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  db = test.handle.db;
  hubeiOffice = await createOffice(app, db, 'hubei-office', 'province', '420000');
  wuhan = await registerEnterprise(app, {
    username: 'wuhan-ent',
    uscc: uscc('91420106MA4K8QC00'),
    regionCode: '420106',
  });
  nanjing = await registerEnterprise(app, {
    username: 'nanjing-ent',
    uscc: uscc('91320102MA1X8QC01'),
    regionCode: '320102',
  });
});
afterAll(async () => {
  await close();
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, session: Session, payload?: object) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload });
const createCall = (session: Session, body: Record<string, unknown>, on: App = app) =>
  on.inject({
    method: 'POST',
    url: '/api/calls',
    headers: asUser(session),
    payload: {
      templateId: 'hubei-pilot',
      title: '湖北省智能制造试点示范申报',
      year: 2026,
      catalogEdition: '2024',
      ...window,
      ...body,
    },
  });

describe('region scope', () => {
  it('keeps a province office’s call inside its province: 422 REGION_OUT_OF_SCOPE for another province', async () => {
    const outside = await createCall(hubeiOffice, { regionPrefix: '32' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('REGION_OUT_OF_SCOPE');
    const wuhanOnly = await createCall(hubeiOffice, { regionPrefix: '4201' });
    expect(wuhanOnly.statusCode).toBe(201);
    const call = await app.inject({ url: `/api/calls/${wuhanOnly.json().id}`, headers: asUser(hubeiOffice) });
    expect(call.json().regionPrefix).toBe('4201');
    // Absent, the scope is the office's whole jurisdiction.
    const whole = await createCall(hubeiOffice, {});
    const wholeCall = await app.inject({ url: `/api/calls/${whole.json().id}`, headers: asUser(hubeiOffice) });
    expect(wholeCall.json().regionPrefix).toBe('42');
  });

  it('refuses an enterprise registered outside the call’s region, to apply or to be granted an extension', async () => {
    const callId = await publishCall(app, hubeiOffice, { templateId: 'hubei-pilot', ...window });
    const refused = await post(`/api/calls/${callId}/applications`, nanjing.session, { scenarioCodes: [] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('ENTERPRISE_OUT_OF_SCOPE');
    const extension = await post(`/api/calls/${callId}/extensions`, hubeiOffice, {
      enterpriseId: nanjing.id,
      closesAt: '2027-01-05T17:00:00+08:00',
      reason: '核实后同意延期提交',
    });
    expect(extension.statusCode).toBe(422);
    expect(extension.json().error.code).toBe('ENTERPRISE_OUT_OF_SCOPE');
    expect((await post(`/api/calls/${callId}/applications`, wuhan.session, { scenarioCodes: [] })).statusCode).toBe(
      201,
    );
  });
});

describe('closing a call (结束申报)', () => {
  it('stops new applications and submissions at once, stays public as closed, and is audited', async () => {
    const callId = await publishCall(app, hubeiOffice, { templateId: 'wuxi-benchmark', ...window, regionPrefix: '42' });
    const draft = await createDraft(app, wuhan.session, callId);
    const otherOffice = await createOffice(app, db, 'other-province-office', 'province', '320000');
    expect((await post(`/api/calls/${callId}/close`, otherOffice)).statusCode).toBe(404);
    expect((await post(`/api/calls/${callId}/close`, wuhan.session)).statusCode).toBe(403);

    const closed = await post(`/api/calls/${callId}/close`, hubeiOffice);
    expect(closed.json()).toEqual({ status: 'closed' });
    expect((await post(`/api/calls/${callId}/close`, hubeiOffice)).json().error.code).toBe('CALL_NOT_PUBLISHED');

    const submit = await post(`/api/applications/${draft.id}/submit`, wuhan.session);
    expect(submit.statusCode).toBe(409);
    expect(submit.json().error.code).toBe('CALL_CLOSED');
    const view = await app.inject({ url: `/api/applications/${draft.id}`, headers: asUser(wuhan.session) });
    expect(view.json().can).toMatchObject({ submit: false });
    const publicList = (await app.inject({ url: '/api/calls' })).json() as Array<{ id: string; status: string }>;
    expect(publicList.find((call) => call.id === callId)?.status).toBe('closed');
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'call.closed'), eq(auditLog.targetId, callId)));
    expect(entry).toMatchObject({ actorUsername: 'hubei-office', newValue: { status: 'closed' } });
  });
});

/** The reference data with the 优秀场景 template's national form at version 2: 企业简介 up to 800 characters. */
function revisedReferenceData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-templates-'));
  scratchDirs.push(dir);
  fs.cpSync(dataDir, dir, { recursive: true });
  const file = path.join(dir, 'templates', 'excellent-scenario.json');
  const template = JSON.parse(fs.readFileSync(file, 'utf8'));
  const variant = template.variants.find((entry: { key: string }) => entry.key === template.defaultVariant);
  variant.version = 2;
  for (const section of variant.sections)
    for (const field of section.fields ?? []) if (field.key === 'introduction') field.maxChars = 800;
  fs.writeFileSync(file, JSON.stringify(template));
  return dir;
}

const introductionLimit = async (on: App, callId: string) =>
  (await on.inject({ url: `/api/calls/${callId}/form-schema` })).json().properties.overview.properties.introduction
    .maxLength;

describe('template versions', () => {
  it('keeps a published call on the form it was published with when the template is revised', async () => {
    const national = await createOffice(app, db, 'national-office');
    const before = await publishCall(app, national, { templateId: 'excellent-scenario', ...window });
    expect(await introductionLimit(app, before)).toBe(500);

    const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-files-'));
    scratchDirs.push(filesDir);
    const revised = await buildApp({
      db,
      logger: false,
      clientDir: '/nonexistent',
      now: () => new Date('2026-12-01T10:00:00+08:00'),
      fileStore: createLocalFileStore(filesDir),
      publicUrl: 'http://impilot.test',
      referenceDataDir: revisedReferenceData(),
    });
    try {
      const after = await publishCall(revised, national, { templateId: 'excellent-scenario', ...window });
      const read = (id: string) => revised.inject({ url: `/api/calls/${id}`, headers: asUser(national) });
      expect((await read(before)).json().templateVersion).toBe(1);
      expect((await read(after)).json().templateVersion).toBe(2);
      expect(await introductionLimit(revised, before)).toBe(500);
      expect(await introductionLimit(revised, after)).toBe(800);

      // The earlier call's drafts are still checked against its own limit.
      const draft = await createDraft(revised, wuhan.session, before, ['2024-01']);
      const saved = await revised.inject({
        method: 'PATCH',
        url: `/api/applications/${draft.id}`,
        headers: { ...asUser(wuhan.session), 'if-match': String(draft.version) },
        payload: { data: { overview: { introduction: '字'.repeat(600) } } },
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().problems).toContainEqual({
        path: '/data/overview/introduction',
        message: '“企业安全环境情况及简介 › 企业简介”超出字数限制：600/500字',
      });
    } finally {
      await revised.close();
    }
  });
});
