import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createDraft, createOffice, publishCall, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';
import { figureKind } from './applications.files.js';
import { applicationAttachmentBudget } from './applications.rules.js';

/** Attachments are judged by their bytes, limited per file and per application, and hashed as stored. */
let app: App;
let close: () => Promise<void>;
let enterprise: { session: Session; id: string };
let id: string;
let attachments: Array<{ kind: string; accept: string[]; maxBytes: number }>;

beforeAll(async () => {
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  const office = await createOffice(app, test.handle.db, 'files-office');
  enterprise = await registerEnterprise(app, {
    username: 'files-ent',
    uscc: '91350100M000100Y43',
    regionCode: '420106',
  });
  const callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2026-12-31T17:00:00+08:00',
  });
  const created = await createDraft(app, enterprise.session, callId);
  id = created.id;
  attachments = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json()['x-attachments'];
});
afterAll(() => close());

const upload = (kind: string, bytes: Buffer, name = 'file.pdf', type = 'application/pdf') => {
  const body = multipartBody({ kind }, { field: 'file', name, type, bytes });
  return app.inject({
    method: 'POST',
    url: `/api/applications/${id}/attachments`,
    headers: { ...asUser(enterprise.session), ...body.headers },
    payload: body.payload,
  });
};
/** A PDF by its first bytes, padded to `size`. */
const pdfOf = (size: number, fill = 0x20) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, fill)]);
const listed = async () =>
  (await app.inject({ url: `/api/applications/${id}`, headers: asUser(enterprise.session) })).json()
    .attachments as Array<{
    kind: string;
    size: number;
  }>;

describe('type by content', () => {
  it('refuses a text file named .pdf and declared application/pdf with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const text = Buffer.from('这是一个文本文件，不是营业执照扫描件。\n'.repeat(20));
    const refused = await upload('businessLicence', text, '营业执照.pdf', 'application/pdf');
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await listed()).toEqual([]);
  });

  it('refuses a PDF as a figure (配图 are PNG or JPEG) even when named .png', async () => {
    const refused = await upload(figureKind.kind, samplePdf, 'figure.png', 'image/png');
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts a PNG named .pdf as the licence, recording the type it is, and returns the SHA-256 of the bytes', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 7)]);
    const stored = await upload('businessLicence', png, 'licence.pdf', 'application/pdf');
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({
      kind: 'businessLicence',
      mediaType: 'image/png',
      size: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    const downloaded = await app.inject({
      url: `/api/applications/${id}/attachments/${stored.json().id}`,
      headers: asUser(enterprise.session),
    });
    expect(downloaded.statusCode).toBe(200);
    expect(createHash('sha256').update(downloaded.rawPayload).digest('hex')).toBe(stored.json().sha256);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/applications/${id}/attachments/${stored.json().id}`,
      headers: asUser(enterprise.session),
    });
    expect(removed.statusCode).toBe(200);
  });
});

describe('size limits', () => {
  it('refuses a file one byte over the kind’s limit with 413, and accepts one at the limit', async () => {
    const licence = attachments.find((attachment) => attachment.kind === 'businessLicence')!;
    expect(licence.maxBytes).toBe(20 * 1024 * 1024);
    const over = await upload('businessLicence', pdfOf(licence.maxBytes + 1));
    expect(over.statusCode).toBe(413);
    expect(over.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(over.json().error.message).toContain('20 MB');
    const atLimit = await upload('businessLicence', pdfOf(licence.maxBytes, 0x41));
    expect(atLimit.statusCode).toBe(201);
    expect(atLimit.json().sha256).toBe(createHash('sha256').update(pdfOf(licence.maxBytes, 0x41)).digest('hex'));
  });

  it('refuses the upload that would take the application past its 200 MB total with 413', async () => {
    const materials = attachments.find((attachment) => attachment.kind === 'supportingMaterials')!;
    const bytes = pdfOf(materials.maxBytes);
    // The licence at the limit is stored already; fill up to exactly the budget with supporting materials.
    const fillers = applicationAttachmentBudget / materials.maxBytes - 1;
    expect(Number.isInteger(fillers)).toBe(true);
    for (let index = 0; index < fillers; index += 1) expect((await upload(materials.kind, bytes)).statusCode).toBe(201);
    const total = (await listed()).reduce((sum, attachment) => sum + attachment.size, 0);
    expect(total).toBe(applicationAttachmentBudget);
    const over = await upload(materials.kind, samplePdf);
    expect(over.statusCode).toBe(413);
    expect(over.json().error.message).toContain('总大小');
    expect((await listed()).length).toBe(fillers + 1);
  }, 120_000);
});
