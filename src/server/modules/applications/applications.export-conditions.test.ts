import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleApplicationData } from '../../../shared/applications/form-normalize.js';
import type { FormContext } from '../../../shared/applications/form-walk.js';
import { callTemplateSchema } from '../../../shared/calls/template.schemas.js';
import { buildExportModel, type ExportInput } from './applications.export.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const hubei = callTemplateSchema.parse(
  JSON.parse(fs.readFileSync(path.join(root, 'data/templates/hubei-pilot.json'), 'utf8')),
).variants[0]!;
const context: FormContext = { callYear: 2026, callOpensAt: '2026-11-01T00:00:00+08:00', scenarios: [], profile: {} };

const exportOf = (data: Record<string, unknown>) =>
  buildExportModel({
    variant: hubei,
    data,
    callTitle: '2026年湖北省智能制造试点示范',
    callYear: 2026,
    enterpriseName: '武汉示例智能装备有限公司',
    fingerprint: '7F3A-91C2-5D08-E4B6',
    verifyUrl: 'https://example.test/verify',
    exportedAt: new Date('2026-11-20T02:00:00Z'),
    readFigure: async () => undefined,
  } satisfies ExportInput);

const headingsOf = async (data: Record<string, unknown>) =>
  (await exportOf(data)).blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));

describe("export of sections shown by the applicant's choice", () => {
  const example = exampleApplicationData(hubei, context);

  it("prints only the chosen mode's 要素条件, numbering the printed sections without gaps", async () => {
    const data = {
      ...example,
      mode: { mode: '流程型智能制造模式', appliesIndustrialInternet: false, appliesArtificialIntelligence: false },
    };
    const headings = await headingsOf(data);
    expect(headings.filter((text) => text.includes('模式'))).toEqual([
      '四、试点示范模式',
      '七、三、项目实施现状：模式二：流程型智能制造试点示范项目',
    ]);
    expect(headings.some((text) => text.includes('新技术'))).toBe(false);
    expect(headings).toHaveLength(hubei.sections.length - 6);
  });

  it('omits what was typed in a hidden section, and prints a new-technology section once it applies', async () => {
    const marker = '仅在离散型模式中填写的说明文字';
    const data = {
      ...example,
      discrete: { ...(example.discrete as object), digitalFactoryModel: marker },
      mode: { mode: '远程运维服务模式', appliesIndustrialInternet: true, appliesArtificialIntelligence: false },
    };
    const model = await exportOf(data);
    expect(JSON.stringify(model.blocks)).not.toContain(marker);
    const headings = await headingsOf(data);
    expect(headings.some((text) => text.includes('新技术一：工业互联网创新应用'))).toBe(true);
    expect(headings.some((text) => text.includes('新技术二'))).toBe(false);
    expect(headings.some((text) => text.includes('模式五：远程运维服务'))).toBe(true);
  });
});
