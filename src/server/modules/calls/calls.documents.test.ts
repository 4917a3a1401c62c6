import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { createOffice, registerEnterprise } from '../../test/programme.js';
import { asUser, type Session } from '../../test/sessions.js';
import { auditLog } from '../audit/audit.tables.js';

let app: App;
let handle: DatabaseHandle;
let close: () => Promise<void>;
let office: Session;
let otherOffice: Session;
let enterprise: Session;
let callId: string;
let docx: Buffer;

beforeAll(async () => {
  const test = await createTestApp();
  ({ app, handle, close } = test);
  office = await createOffice(app, handle.db, 'notice-office');
  otherOffice = await createOffice(app, handle.db, 'notice-other-office');
  enterprise = (
    await registerEnterprise(app, { username: 'notice-ent', uscc: '91350100M000100Y43', regionCode: '420106' })
  ).session;
  const created = await app.inject({
    method: 'POST',
    url: '/api/calls',
    headers: asUser(office),
    payload: {
      templateId: 'excellent-scenario',
      title: '2026年智能制造优秀场景申报',
      year: 2026,
      catalogEdition: '2024',
      opensAt: '2026-11-01T00:00:00+08:00',
      closesAt: '2026-12-31T17:00:00+08:00',
    },
  });
  callId = created.json().id;
  docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('附件1：申报书模板')] }] }));
});
afterAll(() => close());

const upload = (session: Session, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) => {
  const body = multipartBody(fields, { field: 'file', type: 'application/octet-stream', ...file });
  return app.inject({
    method: 'POST',
    url: `/api/calls/${callId}/documents`,
    headers: { ...asUser(session), ...body.headers },
    payload: body.payload,
  });
};
const list = (session?: Session) =>
  app.inject({ url: `/api/calls/${callId}/documents`, headers: session ? asUser(session) : {} });

describe('call documents (通知文件)', () => {
  it('lets the owning office attach a PDF notice and a Word form, recognised by content, with their hashes', async () => {
    const pdf = await upload(office, { name: '通知.pdf', bytes: samplePdf }, { title: '关于开展2026年申报工作的通知' });
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      title: '关于开展2026年申报工作的通知',
      fileName: '通知.pdf',
      mediaType: 'application/pdf',
      size: samplePdf.length,
      sha256: createHash('sha256').update(samplePdf).digest('hex'),
    });
    // Named .pdf, but the content is a Word document: the content decides, and the title falls back to the name.
    const word = await upload(office, { name: '申报书模板.pdf', bytes: docx });
    expect(word.statusCode).toBe(201);
    expect(word.json()).toMatchObject({
      title: '申报书模板',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect((await list(office)).json().map((document: { title: string }) => document.title)).toEqual([
      '关于开展2026年申报工作的通知',
      '申报书模板',
    ]);
  });

  it('refuses other content, other offices and enterprises, and a file over 20 MB', async () => {
    const text = await upload(office, { name: 'notice.pdf', bytes: Buffer.from('只是一段文字，不是PDF') });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 0)]);
    expect((await upload(office, { name: 'a.docx', bytes: zip })).statusCode).toBe(415);
    expect((await upload(otherOffice, { name: 'a.pdf', bytes: samplePdf })).statusCode).toBe(404);
    expect((await upload(enterprise, { name: 'a.pdf', bytes: samplePdf })).statusCode).toBe(403);
    const huge = Buffer.concat([samplePdf, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
    expect((await upload(office, { name: 'big.pdf', bytes: huge })).statusCode).toBe(413);
    expect((await list(office)).json()).toHaveLength(2);
  });

  it('keeps the documents of a draft call to its office, and serves them to anyone once published', async () => {
    expect((await list()).statusCode).toBe(404);
    expect((await list(enterprise)).statusCode).toBe(404);
    // The office opens its own draft through the public address; others and anonymous readers do not see it.
    const detail = (session?: Session) =>
      app.inject({ url: `/api/calls/${callId}`, headers: session ? asUser(session) : {} });
    expect((await detail(office)).json()).toMatchObject({ id: callId, status: 'draft' });
    expect((await detail(otherOffice)).statusCode).toBe(404);
    expect((await detail()).statusCode).toBe(404);
    await app.inject({ method: 'POST', url: `/api/calls/${callId}/publish`, headers: asUser(office) });
    const documents = (await list()).json() as Array<{ id: string; sha256: string; mediaType: string }>;
    expect(documents).toHaveLength(2);
    const download = await app.inject({ url: `/api/calls/${callId}/documents/${documents[1]!.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain(documents[1]!.mediaType);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('申报书模板.pdf'));
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(documents[1]!.sha256);
    expect((await app.inject({ url: `/api/calls/${callId}/documents/nope` })).statusCode).toBe(404);
  });

  it('removes a document for the owning office only, and audits both the upload and the removal', async () => {
    const [first] = (await list()).json() as Array<{ id: string }>;
    const remove = (session: Session) =>
      app.inject({ method: 'DELETE', url: `/api/calls/${callId}/documents/${first!.id}`, headers: asUser(session) });
    expect((await remove(otherOffice)).statusCode).toBe(404);
    expect((await remove(office)).json()).toEqual({ id: first!.id });
    expect((await remove(office)).statusCode).toBe(404);
    expect((await list()).json()).toHaveLength(1);
    const rows = await handle.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, callId), like(auditLog.action, 'call.document%')))
      .orderBy(asc(auditLog.id));
    expect(rows.map((row) => row.action)).toEqual([
      'call.document_added',
      'call.document_added',
      'call.document_removed',
    ]);
  });
});
