import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import mammoth from 'mammoth';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FormVariant, fieldSchema, formVariantSchema } from '../../../shared/calls/template.schemas.js';
import {
  decodeQr,
  docxBodyImages,
  inkShare,
  pdfFonts,
  pdfPageCount,
  pdfQrCodes,
  pdfWords,
  renderPdfPage,
  run,
} from '../../test/read-back.js';
import { displayValue, type ExportInput, fieldLabel, imageInfo, splitFigures } from './applications.export.js';
import { renderApplicationDocx } from './applications.export-docx.js';
import { renderApplicationPdf, renderApplicationPdfWithReport } from './applications.export-pdf.js';
import { closingPunctuation, wrapParagraph } from './applications.export-pdf-layout.js';

const fingerprint = '7F3A-91C2-5D08-E4B6';
const verifyUrl = 'https://impilot.example.cn/verify';
/** What the QR codes must encode: the verification link with this exact version's fingerprint. */
const qrText = `${verifyUrl}?fp=${fingerprint}`;
const commitment =
  '我单位申报的所有材料，均真实、完整，如有不实，愿承担相应的责任。申报单位是中央企业子企业的，已经本单位所属中央企业集团同意。';

/** Every field needs an `example`; the export does not read them, so null will do. */
const withExamples = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withExamples);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, withExamples(inner)]);
  return 'type' in value && 'title' in value
    ? { example: null, ...Object.fromEntries(entries) }
    : Object.fromEntries(entries);
};

/** The 附件4 form in small: enterprise fields, a three-year table, scenarios with 附4-1 and 附4-2. */
const variant: FormVariant = formVariantSchema.parse(
  withExamples({
    key: 'national2021',
    title: '智能制造优秀场景申报书',
    version: 1,
    source: '001 附件4',
    commitment,
    summaryTable: { title: '推荐汇总表', columns: [] },
    sections: [
      {
        kind: 'fields',
        key: 'enterprise',
        title: '企业基本情况',
        fields: [
          { key: 'name', title: '企业名称', type: 'text', required: true },
          { key: 'foundedOn', title: '成立时间', type: 'date' },
          { key: 'employees', title: '从业人员', type: 'integer', unit: '人' },
          { key: 'isCentral', title: '是否中央企业子企业', type: 'boolean' },
          { key: 'fields', title: '所属领域', type: 'multiEnum', options: ['装备', '电子信息', '消费品'] },
          { key: 'contact', title: '联系人', type: 'text' },
          {
            key: 'profile',
            title: '企业简介',
            type: 'textarea',
            maxChars: 500,
            help: '发展历程、主营业务、市场销售等',
          },
        ],
      },
      {
        kind: 'table',
        key: 'finance',
        title: '近三年发展情况',
        yearRows: 3,
        columns: [
          { key: 'year', title: '年度', type: 'integer' },
          { key: 'assets', title: '资产总额', type: 'number', unit: '万元' },
          { key: 'profitRate', title: '利润率', type: 'number', unit: '%' },
        ],
      },
      {
        kind: 'scenarios',
        key: 'scenarios',
        title: '场景建设情况',
        maxChars: 3000,
        sections: [
          {
            kind: 'fields',
            key: 'description',
            title: '具体场景描述',
            fields: [
              {
                key: 'scene',
                title: '具体场景描述',
                type: 'textarea',
                maxChars: 150,
                required: true,
                help: '（结合要素条件进行描述）',
              },
              { key: 'painPoint', title: '解决的痛点问题描述', type: 'textarea', maxChars: 150, required: true },
              {
                key: 'solution',
                title: '采用的技术方案',
                type: 'textarea',
                maxChars: 300,
                required: true,
                images: true,
                help: '（包括供应商）',
              },
              {
                key: 'support',
                title: '保障要素',
                type: 'textarea',
                maxChars: 150,
                help: '（如人、管理机制、组织标准、培训等）',
              },
              { key: 'results', title: '实施成果', type: 'textarea', maxChars: 200, required: true },
              { key: 'other', title: '其他', type: 'textarea', maxChars: 150 },
            ],
          },
          {
            kind: 'table',
            key: 'equipment',
            title: '具体场景采用的关键装备、软件/系统及新技术情况',
            columns: [
              { key: 'equipmentName', title: '关键技术装备、软件/系统名称', type: 'text' },
              { key: 'brand', title: '品牌', type: 'text' },
              { key: 'supplier', title: '供应商', type: 'text' },
              { key: 'technology', title: '新技术名称', type: 'text' },
              { key: 'description', title: '应用描述', type: 'textarea', maxChars: 150 },
            ],
          },
        ],
      },
    ],
  }),
);

const sentence =
  '针对发动机壳体加工，搭建多台五轴机床与机器人组成的柔性加工单元（含三坐标测量仪），实现自动上下料、在线检测与预警。';
/** Text of exactly `length` characters ending in 。, as a form filled up to its printed limit. */
const textOf = (length: number) => `${sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1)}。`;

const equipmentRow = (name: string, description: string) => ({
  equipmentName: name,
  brand: '华数',
  supplier: '武汉华中数控股份有限公司',
  technology: '机器视觉',
  description,
});

function scenario(code: string | null, name: string, full: boolean, solution?: string) {
  const text = (limit: number, short: string) => (full ? textOf(limit) : short);
  return {
    code,
    name,
    description: {
      scene: text(150, `${name}：搭建多台五轴机床+多台机器人组成柔性加工单元。`),
      painPoint: text(150, '解决复杂壳体加工效率低、质量不高等突出问题。'),
      solution: solution ?? text(300, '配置上下料机器人、三坐标测量仪等。'),
      support: text(150, '编制集团发动机壳体加工标准。'),
      results: text(200, '操作人员从5人减少至2人，加工效率提升30%，产品不良品率降低10%。'),
      other: full ? textOf(150) : '',
    },
    equipment: full
      ? [1, 2, 3].map((n) => equipmentRow(`五轴加工中心${n}`, textOf(150)))
      : [equipmentRow(`${name}专用机器人`, '自动上下料，节拍缩短至45秒。')],
  };
}

let figure: Buffer;
let workDir: string;

function inputFor(scenarios: unknown[], profile: string): ExportInput {
  return {
    variant,
    data: {
      enterprise: {
        name: '重庆长江智能装备有限公司',
        foundedOn: '2008-03-15',
        employees: 1260,
        isCentral: false,
        fields: ['装备', '电子信息'],
        contact: '𠮷祥',
        profile,
      },
      finance: [
        { year: 2018, assets: 52000, profitRate: 8.5 },
        { year: 2019, assets: 56310.5, profitRate: 9.1 },
        { year: 2020, assets: 61200, profitRate: 10.2 },
      ],
      scenarios,
    },
    callTitle: '2021年度智能制造试点示范行动',
    callYear: 2021,
    enterpriseName: '重庆长江智能装备有限公司',
    fingerprint,
    verifyUrl,
    exportedAt: new Date('2021-11-20T06:30:00Z'),
    readFigure: async (id) => (id === 'fig-1' ? figure : undefined),
  };
}

const figureText =
  '在已有五轴数控机床的基础上，配置上下料机器人。\n![柔性加工单元布局](attachment:fig-1)\n这一解决方案由***公司实施。';
const sample = () =>
  inputFor(
    [scenario('12', '人机协同作业', false, figureText), scenario(null, '机器视觉在线检测', false)],
    '公司成立于2008年，主营数控机床与工业机器人集成，产品销往全国二十余个省市。',
  );

beforeAll(async () => {
  figure = await QRCode.toBuffer('figure', { type: 'png', width: 320, margin: 2 });
  workDir = mkdtempSync(join(tmpdir(), 'export-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** What both documents must show, in this order. */
const expectedInOrder = [
  '智能制造优秀场景申报书',
  '一、企业基本情况',
  '重庆长江智能装备有限公司',
  '2008年3月15日',
  '1260人',
  '装备、电子信息',
  '二、近三年发展情况',
  '资产总额（万元）',
  '56310.5',
  '三、场景建设情况',
  '（一）人机协同作业（场景编号：12）',
  '1. 具体场景描述',
  '解决复杂壳体加工效率低',
  '图1 柔性加工单元布局',
  '2. 具体场景采用的关键装备',
  '人机协同作业专用机器人',
  '（二）机器视觉在线检测',
  '真实性承诺',
  '法定代表人签章：',
];

function expectInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `“${part}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe('display values', () => {
  it('prints booleans, options, numbers with units, dates and empty values as the forms do', () => {
    const field = (type: string, unit?: string) =>
      fieldSchema.parse({ key: 'f', title: '资产总额', type, unit, example: null });
    const [number, bool, multi, date] = [field('number', '万元'), field('boolean'), field('multiEnum'), field('date')];
    expect(displayValue(number, 1200.5)).toBe('1200.5万元');
    expect(displayValue(number, 1200.5, { withUnit: false })).toBe('1200.5');
    expect(displayValue(bool, true)).toBe('是');
    expect(displayValue(bool, false)).toBe('否');
    expect(displayValue(multi, ['装备', '消费品'])).toBe('装备、消费品');
    expect(displayValue(date, '2008-03-15')).toBe('2008年3月15日');
    for (const empty of [undefined, null, '', []]) expect(displayValue(number, empty)).toBe('');
    expect(fieldLabel(number, { unit: true })).toBe('资产总额（万元）');
  });

  it('splits figures out of text and reads PNG sizes', () => {
    expect(splitFigures(figureText).map((part) => ('caption' in part ? part.fileId : part.text))).toEqual([
      '在已有五轴数控机床的基础上，配置上下料机器人。',
      'fig-1',
      '这一解决方案由***公司实施。',
    ]);
    expect(imageInfo(figure)).toMatchObject({ type: 'png', width: 320, height: 320 });
    // JPEG: SOI, an APP0 segment, then the SOF0 frame with height 480 and width 640.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0xe0, 0x02, 0x80, 3, 0, 0,
    ]);
    expect(imageInfo(jpeg)).toEqual({ type: 'jpg', width: 640, height: 480 });
    expect(imageInfo(Buffer.from('GIF89a'))).toBeNull();
  });
});

describe('DOCX export', () => {
  it('holds the headings, values, table cells, figure caption, commitment and fingerprint in the seed order, and the QR codes', async () => {
    const bytes = await renderApplicationDocx(sample());
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expectInOrder(value, expectedInOrder);
    expect(value).toContain('具体场景描述（结合要素条件进行描述）（150字以内）');
    expect(value).toContain('采用的技术方案（包括供应商）（300字以内，可以配图）');
    expect(value).toContain('保障要素（如人、管理机制、组织标准、培训等）（150字以内，选填）');
    expect(value).toContain('序号');
    expect(value).toContain(commitment);
    expect(value).toContain(`文档指纹：${fingerprint}`);
    const path = join(workDir, 'sample.docx');
    writeFileSync(path, bytes);
    const footer = run('unzip', ['-p', path, 'word/footer*.xml']);
    expect(footer).toContain(`文档指纹 ${fingerprint} · 导出于 2021-11-20 14:30 · 第 `);
    expect(footer).toContain('PAGE');
    // The images placed in the body, decoded: the QR code on the cover, the figure (itself a QR code of "figure"),
    // the QR code again under the 真实性承诺.
    expect(docxBodyImages(path).map((image) => decodeQr(image))).toEqual([qrText, 'figure', qrText]);
  });
});

describe('PDF export', () => {
  let samplePath: string;
  let missingGlyphs: string[];
  beforeAll(async () => {
    const report = await renderApplicationPdfWithReport(sample());
    missingGlyphs = report.missingGlyphs;
    samplePath = join(workDir, 'sample.pdf');
    writeFileSync(samplePath, report.bytes);
  });

  it('holds the same content, the fingerprint footer on every page, and reports characters the font lacks', () => {
    expect(missingGlyphs).toEqual(['𠮷']);
    const pages = pdfPageCount(samplePath);
    expect(pages).toBeGreaterThanOrEqual(3);
    const layout = run('pdftotext', ['-layout', samplePath, '-']);
    const pageTexts = layout.split('\f').filter((text) => text.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    for (const [index, text] of pageTexts.entries()) {
      expect(text).toContain(`文档指纹 ${fingerprint} · 导出于 2021-11-20 14:30 · 第 ${index + 1} 页`);
    }
    // Content-stream order: every cell comes out whole, in the order it was drawn.
    const flat = run('pdftotext', ['-raw', samplePath, '-']).replace(/\s+/g, '');
    expectInOrder(
      flat,
      expectedInOrder.map((part) => part.replace(/\s+/g, '')),
    );
    expect(flat).toContain(commitment);
    expect(flat).toContain('具体场景描述（结合要素条件进行描述）（150字以内）');
    expect(flat).toContain('□祥');
  });

  it('cuts a value taller than a page between lines and loses none of it', async () => {
    const profile = textOf(3000);
    const path = join(workDir, 'long.pdf');
    writeFileSync(path, await renderApplicationPdf(inputFor([], profile)));
    const raw = run('pdftotext', ['-raw', path, '-'])
      .replace(/文档指纹 \S+ · 导出于 [\d-]+ [\d:]+ · 第 \d+ 页/g, '')
      .replace(/\s+/g, '');
    expect(raw).toContain(profile);
    expect(raw).toContain('（未填报场景）');
    expect(pdfPageCount(path)).toBeGreaterThanOrEqual(4);
  });

  it('embeds Noto Sans Hans and draws the Chinese cover title with it, not as blanks or boxes', () => {
    const fonts = pdfFonts(samplePath);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansHans-Bold',
      'NotoSansHans-Regular',
    ]);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    // Extracted whole: a character drawn as the font's .notdef (a crossed box) maps to no character and drops out.
    const title = pdfWords(samplePath, 1).find((word) => word.text === variant.title);
    expect(title, `“${variant.title}” on page 1`).toBeDefined();
    const dpi = 150;
    const page = renderPdfPage(samplePath, 1, dpi);
    // A4 at 150 dpi: about 1240 × 1754 pixels.
    expect(Math.abs(page.width - 1240)).toBeLessThanOrEqual(2);
    expect(Math.abs(page.height - 1754)).toBeLessThanOrEqual(2);
    // The title's box cut into one square per character (bold 22 pt hanzi, each a full em wide).
    const { xMin, yMin, xMax, yMax } = title!.box;
    const chars = Array.from(variant.title);
    const em = (xMax - xMin) / chars.length;
    const ink = chars.map((_, i) =>
      inkShare(page, { xMin: xMin + i * em, xMax: xMin + (i + 1) * em, yMin, yMax }, dpi),
    );
    // These glyphs darken 35–50 % of their square; blank paper 0 %, a filled box 100 %. The crossed .notdef box
    // darkens about 25 %, the same in every square: drawn characters differ from one another.
    for (const share of ink) expect(share).toBeGreaterThan(0.2);
    for (const share of ink) expect(share).toBeLessThan(0.75);
    expect(Math.max(...ink) - Math.min(...ink)).toBeGreaterThan(0.05);
  });

  it('draws a QR code of the verification link with the fingerprint on the cover and on the last page', () => {
    const pages = pdfPageCount(samplePath);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Every image drawn, read off the rendered page: the figure is itself a QR code of "figure".
    expect(pdfQrCodes(samplePath)).toEqual([
      { page: 1, text: qrText },
      { page: expect.any(Number), text: 'figure' },
      { page: pages, text: qrText },
    ]);
  });
});

describe('export speed', () => {
  it('renders five scenarios filled to every limit: DOCX < 500 ms, PDF < 1.5 s (asserted with 3× headroom)', async () => {
    const scenarios = [1, 2, 3, 4, 5].map((n) => scenario(String(n), `典型场景${n}`, true));
    const input = inputFor(scenarios, textOf(500));
    const time = async (render: () => Promise<Buffer>) => {
      const start = performance.now();
      const bytes = await render();
      return { ms: Math.round(performance.now() - start), bytes };
    };
    const docx = await time(() => renderApplicationDocx(input));
    const pdf = await time(() => renderApplicationPdf(input));
    const path = join(workDir, 'full.pdf');
    writeFileSync(path, pdf.bytes);
    const pages = pdfPageCount(path);
    console.log(
      `five full scenarios: DOCX ${docx.ms} ms (${docx.bytes.length} B), PDF ${pdf.ms} ms (${pdf.bytes.length} B, ${pages} pages)`,
    );
    const layout = run('pdftotext', ['-layout', path, '-'])
      .split('\f')
      .filter((text) => text.trim() !== '');
    expect(layout).toHaveLength(pages);
    for (const text of layout) expect(text).toContain(`文档指纹 ${fingerprint}`);
    expect(docx.ms).toBeLessThan(1500);
    expect(pdf.ms).toBeLessThan(4500);
  });
});

describe('Chinese line breaking', () => {
  const alphabet = Array.from('智能制造场景，。、；：？！）】》”（【《“ABCxyz 123𠮷');
  const measure = (char: string) => (/[\x20-\x7e]/.test(char) ? 0.55 : 1);

  it('never starts a line with closing punctuation and loses no character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((chars) => chars.join('')),
        fc.integer({ min: 1, max: 30 }),
        (text, width) => {
          const lines = wrapParagraph(text, width, measure);
          expect(lines.join('')).toBe(text);
          for (const line of lines.slice(1)) expect(closingPunctuation.has(Array.from(line)[0]!)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('moves the character before a closing mark down rather than starting a line with the mark', () => {
    expect(wrapParagraph('智能制造。场景', 4, measure)).toEqual(['智能制', '造。场景']);
    expect(wrapParagraph('智能（制造）', 3, measure)).toEqual(['智能', '（制', '造）']);
  });
});
