import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { isPostgresAvailable } from '../../test/databases.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';
import { applicationAttachmentBudget } from './applications.rules.js';
import { applicationAttachments, applications, applicationVersions } from './applications.tables.js';

/** PGlite is one connection and never contends, so races run on PostgreSQL (STYLE.md §7). */
describe.skipIf(!isPostgresAvailable())('application races on PostgreSQL', () => {
  let app: App;
  let handle: DatabaseHandle;
  let close: () => Promise<void>;
  let enterprise: { session: Session; id: string };
  let scenarioCall: string;
  let factoryCall: string;

  beforeAll(async () => {
    ({ app, handle, close } = await createTestApp('postgres'));
    const office = await createOffice(app, handle.db, 'race-office');
    enterprise = await registerEnterprise(app, {
      username: 'race-ent',
      uscc: '91350100M000100Y43',
      regionCode: '420106',
    });
    const window = { opensAt: '2020-01-01T00:00:00+08:00', closesAt: '2099-12-31T17:00:00+08:00' };
    scenarioCall = await publishCall(app, office, { templateId: 'excellent-scenario', ...window });
    factoryCall = await publishCall(app, office, { templateId: 'demo-factory', ...window });
  });
  afterAll(() => close?.());

  const create = (callId: string) =>
    app.inject({
      method: 'POST',
      url: `/api/calls/${callId}/applications`,
      headers: asUser(enterprise.session),
      payload: { scenarioCodes: [] },
    });

  it('scenario and factory applications created at once: one wins, the other gets 409, nothing half-written', async () => {
    const responses = await Promise.all([create(scenarioCall), create(factoryCall), create(scenarioCall)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    const [counted] = await handle.db.select({ value: count() }).from(applications);
    expect(counted?.value).toBe(1);
  });

  it('five editors saving over the same version: exactly one write lands, the others get VERSION_CONFLICT', async () => {
    const [row] = await handle.db.select().from(applications);
    // Whichever direction won the race above: 企业简介 sits in a different section of each form.
    const section = row!.callId === scenarioCall ? 'overview' : 'background';
    const save = (text: string) =>
      app.inject({
        method: 'PATCH',
        url: `/api/applications/${row!.id}`,
        headers: { ...asUser(enterprise.session), 'if-match': String(row!.version) },
        payload: { data: { [section]: { introduction: text } } },
      });
    const responses = await Promise.all(['甲', '乙', '丙', '丁', '戊'].map(save));
    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409]);
    const winner = responses.find((response) => response.statusCode === 200)!;
    const [stored] = await handle.db.select().from(applications).where(eq(applications.id, row!.id));
    expect(stored!.version).toBe(row!.version + 1);
    expect(winner.json().version).toBe(stored!.version);
    const versions = await handle.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, row!.id));
    expect(versions.map((version) => version.version).sort()).toEqual([1, 2]);
  });

  it('two uploads that each fit but not both: one is stored, the other gets 413 (the total is checked under a lock)', async () => {
    const second = await registerEnterprise(app, {
      username: 'race-files',
      uscc: '91110000600037341L',
      regionCode: '420106',
    });
    const { id } = await createDraft(app, second.session, scenarioCall);
    const megabytes = (count: number) => count * 1024 * 1024;
    // Rows only: the budget is counted from recorded sizes, so the application need not hold 197 MB of bytes.
    await handle.db.insert(applicationAttachments).values({
      id: crypto.randomUUID(),
      applicationId: id,
      kind: 'supportingMaterials',
      fileId: 'filler',
      sha256: '0'.repeat(64),
      size: applicationAttachmentBudget - megabytes(3),
      mediaType: 'application/pdf',
      originalName: 'filler.pdf',
      uploadedBy: 'race-files',
    });
    const bytes = Buffer.concat([samplePdf, Buffer.alloc(megabytes(2) - samplePdf.length, 0x20)]);
    const upload = () => {
      const body = multipartBody(
        { kind: 'supportingMaterials' },
        { field: 'file', name: 'a.pdf', type: 'application/pdf', bytes },
      );
      return app.inject({
        method: 'POST',
        url: `/api/applications/${id}/attachments`,
        headers: { ...asUser(second.session), ...body.headers },
        payload: body.payload,
      });
    };
    const responses = await Promise.all([upload(), upload()]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 413]);
    const sizes = (
      await handle.db.select().from(applicationAttachments).where(eq(applicationAttachments.applicationId, id))
    ).map((row) => row.size);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(applicationAttachmentBudget);
    expect(sizes).toHaveLength(2);
  });
});
