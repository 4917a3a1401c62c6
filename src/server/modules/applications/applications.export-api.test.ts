import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createTestApp } from '../../test/app.js';
import { createDraft, createOffice, dataFromExamples, publishCall, registerEnterprise } from '../../test/programme.js';
import { decodeQr, docxBodyImages, pdfFonts, pdfPageCount, pdfQrCodes, run } from '../../test/read-back.js';
import { dataDir } from '../../test/seed-documents.js';
import { asUser, type Session } from '../../test/sessions.js';

/**
 * The official form of a real template (excellent-scenario, 001_… 附件4) exported through the API, read back:
 * the DOCX with mammoth, the PDF with poppler. applications.export.test.ts covers the renderer on a small form.
 */
let app: App;
let close: () => Promise<void>;
let enterprise: { session: Session; id: string };
let id: string;
let fingerprint: string;
let sectionTitles: string[];
/** 附4-1's field titles and the full values entered, each at its printed limit. */
let descriptionFields: Array<{ title: string; value: string }>;
let workDir: string;
const template = JSON.parse(readFileSync(join(dataDir, 'templates', 'excellent-scenario.json'), 'utf8'));
const commitment: string = template.variants.find(
  (variant: { key: string }) => variant.key === template.defaultVariant,
).commitment;
const flat = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'impilot-export-api-'));
  const test = await createTestApp('pglite', { now: () => new Date('2026-12-01T10:00:00+08:00') });
  ({ app, close } = test);
  const office = await createOffice(app, test.handle.db, 'export-office');
  enterprise = await registerEnterprise(app, {
    username: 'export-ent',
    uscc: '91350100M000100Y43',
    regionCode: '420106',
  });
  const callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    opensAt: '2026-11-01T00:00:00+08:00',
    closesAt: '2026-12-31T17:00:00+08:00',
  });
  const created = await createDraft(app, enterprise.session, callId, ['2024-01']);
  id = created.id;
  const schema = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json();
  sectionTitles = Object.values(schema.properties as Record<string, { title: string }>).map((section) => section.title);
  const description = schema.properties.scenarios.items.properties.description.properties as Record<
    string,
    { title: string; maxLength?: number }
  >;
  const data = dataFromExamples(schema) as { scenarios: Array<{ description: Record<string, string> }> };
  descriptionFields = Object.entries(description)
    .filter(([, field]) => field.maxLength)
    .map(([key, field], index) => {
      // Distinct text per field, exactly at the field's limit, so a lost or cut character shows.
      const value = `${'甲乙丙丁戊己'[index]}${'智能制造场景建设'.repeat(40)}`.slice(0, field.maxLength);
      data.scenarios[0]!.description[key] = value;
      return { title: field.title, value };
    });
  expect(descriptionFields.map((field) => field.value.length)).toEqual([150, 150, 300, 150, 200, 150]);
  const saved = await app.inject({
    method: 'PATCH',
    url: `/api/applications/${id}`,
    headers: { ...asUser(enterprise.session), 'if-match': String(created.version) },
    payload: { data },
  });
  expect(saved.json().problems).toEqual([]);
  fingerprint = saved.json().fingerprint;
});
afterAll(async () => {
  await close();
  rmSync(workDir, { recursive: true, force: true });
});

const exported = async (format: 'docx' | 'pdf') => {
  const response = await app.inject({
    url: `/api/applications/${id}/export?format=${format}`,
    headers: asUser(enterprise.session),
  });
  expect(response.statusCode).toBe(200);
  return response.rawPayload;
};

/** The QR codes link to the application's page with the fingerprint of the version exported (test app's public URL). */
const qrText = () => `http://impilot.test/applications/${id}?fp=${fingerprint}`;

describe('the exported official form of excellent-scenario', () => {
  it('DOCX: the section headings, the 附4-1 field titles and values, the 真实性承诺, the fingerprint and both QR codes', async () => {
    const bytes = await exported('docx');
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(sectionTitles).toContain('场景建设情况');
    for (const title of sectionTitles) expect(value).toContain(title);
    for (const field of descriptionFields) {
      expect(value).toContain(field.title);
      expect(value).toContain(field.value);
    }
    expect(value).toContain(commitment);
    expect(value).toContain(`文档指纹：${fingerprint}`);
    expect(value).toContain('export-ent 智能装备有限公司');
    const path = join(workDir, 'application.docx');
    writeFileSync(path, bytes);
    expect(docxBodyImages(path).map((image) => decodeQr(image))).toEqual([qrText(), qrText()]);
  });

  it('PDF: the same content, the Chinese font embedded, and the QR codes on the cover and the last page', async () => {
    const path = join(workDir, 'application.pdf');
    writeFileSync(path, await exported('pdf'));
    const text = flat(run('pdftotext', ['-raw', path, '-']));
    for (const title of sectionTitles) expect(text).toContain(flat(title));
    for (const field of descriptionFields) {
      expect(text).toContain(flat(field.title));
      expect(text).toContain(field.value);
    }
    expect(text).toContain(commitment);
    expect(text).toContain(`文档指纹${fingerprint}`);
    // Every font embedded, a CJK one among them.
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded).toBe(true);
    expect(fonts.some((font) => /Noto\S*(Hans|SC|CJK)/i.test(font.name))).toBe(true);
    // The only images: a QR code on the cover and one on the last page, read off the rendered pages.
    expect(pdfQrCodes(path)).toEqual([
      { page: 1, text: qrText() },
      { page: pdfPageCount(path), text: qrText() },
    ]);
  });
});
