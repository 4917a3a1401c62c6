import QRCode from 'qrcode';
import { shownSections } from '../../../shared/applications/form-walk.js';
import type { FieldDefinition, FormVariant, LeafSection } from '../../../shared/calls/template.schemas.js';

/**
 * Export of an application to its official form (申报书). The walker below turns the variant and the data into a
 * renderer-neutral model (numbered headings, label/value tables, data tables, figures) so the DOCX and the PDF print
 * the same content in the same order; the renderers only decide how it looks.
 */

export type ExportInput = {
  variant: FormVariant;
  /** data[fieldsSection.key] = {field: value}; data[tableSection.key] = [row]; data[scenariosSection.key] = [scenario]. */
  data: Record<string, unknown>;
  callTitle: string;
  callYear: number;
  enterpriseName: string;
  /** Printed in every page footer and encoded in the QR code, e.g. "7F3A-91C2-5D08-E4B6". */
  fingerprint: string;
  verifyUrl: string;
  exportedAt: Date;
  /** Bytes of a figure embedded in a textarea as ![说明](attachment:<id>): PNG or JPEG. */
  readFigure: (fileId: string) => Promise<Buffer | undefined>;
};

/** A figure as both renderers need it; `image` is missing when the file is gone or not PNG/JPEG. */
export type ExportFigure = {
  number: number;
  caption: string;
  image?: { bytes: Buffer; type: 'png' | 'jpg'; width: number; height: number };
};
export type RichPart = { kind: 'text'; text: string } | { kind: 'figure'; figure: ExportFigure };
export type RichText = RichPart[];
export type LabelledRow = { label: string; value: RichText; wide: boolean };

export type ExportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'fields'; rows: LabelledRow[] }
  /** `headers` start with 序号; `widths` are relative; an empty table has no rows and is printed as 无. */
  | { kind: 'table'; headers: string[]; widths: number[]; rows: RichText[][] };

export type ExportModel = {
  title: string;
  enterpriseName: string;
  callTitle: string;
  /** Label and value under the cover title: 申报单位, 申报批次, 申报日期 (e.g. 2026年11月23日). */
  coverLines: Array<[string, string]>;
  fingerprint: string;
  qrPayload: string;
  /** The QR code of `qrPayload`, as PNG. */
  qrPng: Buffer;
  /** Footer text around the page number: `${footerPrefix}N${footerSuffix}`. */
  footerPrefix: string;
  footerSuffix: string;
  blocks: ExportBlock[];
  commitment: string;
};

/** The signature lines printed under the 真实性承诺 on every seed form. */
export const signatureLines = ['法定代表人签章：', '公章：', '年  月  日'] as const;

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (forms number sections 一、二、…; 99 is plenty). */
export function chineseNumeral(n: number): string {
  if (n < 10) return digits[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digits[tens]}十${digits[n % 10]}`;
}

/** Dates in China time: the server may run in UTC, the printed date must be the applicant's. */
const chinaTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const chinaParts = (date: Date) =>
  Object.fromEntries(chinaTime.formatToParts(date).map((part) => [part.type, part.value])) as Record<string, string>;

/** YYYY-MM-DD HH:mm, as printed in the footer. */
export function formatExportStamp(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function formatChineseDate(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A value as printed: 是/否, options joined by 、, numbers with their unit (unless the header carries it). */
export function displayValue(field: FieldDefinition, value: unknown, options: { withUnit?: boolean } = {}): string {
  if (isEmpty(value)) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((item) => String(item)).join('、');
  if (field.type === 'date' && typeof value === 'string') {
    const match = isoDate.exec(value);
    if (match) return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
  }
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const numeric = field.type === 'number' || field.type === 'integer';
  return numeric && field.unit && options.withUnit !== false ? `${text}${field.unit}` : text;
}

/** The printed notes after a label: （150字以内，可以配图，选填）. */
function limitNote(field: FieldDefinition): string {
  const notes = [
    field.maxChars ? `${field.maxChars}字以内` : null,
    field.images ? '可以配图' : null,
    field.required || field.type !== 'textarea' ? null : '选填',
  ].filter(Boolean);
  return notes.length > 0 ? `（${notes.join('，')}）` : '';
}

const bracketed = (text: string) => (/^[（(]/.test(text) ? text : `（${text}）`);

/** A label as the seed prints it, e.g. 具体场景描述（结合要素条件进行描述）（150字以内）. */
export function fieldLabel(field: FieldDefinition, options: { unit?: boolean } = {}): string {
  const help = field.type === 'textarea' && field.help ? bracketed(field.help) : '';
  const unit = options.unit && field.unit ? `（${field.unit}）` : '';
  return `${field.title}${unit}${help}${limitNote(field)}`;
}

const figurePattern = /!\[([^\]]*)\]\(attachment:([^)\s]+)\)/g;

/** Splits a textarea at its figures; text without `images` is taken literally. */
export function splitFigures(text: string): Array<{ text: string } | { caption: string; fileId: string }> {
  const parts: Array<{ text: string } | { caption: string; fileId: string }> = [];
  let last = 0;
  for (const match of text.matchAll(figurePattern)) {
    const before = text.slice(last, match.index).replace(/\n+$/, '');
    if (before) parts.push({ text: before });
    parts.push({ caption: match[1]!.trim(), fileId: match[2]! });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).replace(/^\n+/, '');
  if (rest) parts.push({ text: rest });
  return parts;
}

/** Width and height from the PNG header or the JPEG frame marker; null for anything else. */
export function imageInfo(bytes: Buffer): { type: 'png' | 'jpg'; width: number; height: number } | null {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { type: 'jpg', height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return null;
}

type FigureLoader = (caption: string, fileId: string) => Promise<ExportFigure>;

/** Numbers figures in reading order (图1, 图2 …) so both renderers caption them alike. */
function createFigureLoader(readFigure: ExportInput['readFigure']): FigureLoader {
  let count = 0;
  return async (caption, fileId) => {
    const number = ++count;
    const bytes = await readFigure(fileId);
    const info = bytes ? imageInfo(bytes) : null;
    return { number, caption, image: bytes && info ? { bytes, ...info } : undefined };
  };
}

async function richValue(field: FieldDefinition, value: unknown, load: FigureLoader, withUnit: boolean) {
  const text = displayValue(field, value, { withUnit });
  if (!(field.type === 'textarea' && field.images)) return text ? [{ kind: 'text' as const, text }] : [];
  const parts: RichText = [];
  for (const part of splitFigures(text)) {
    parts.push(
      'text' in part
        ? { kind: 'text', text: part.text }
        : { kind: 'figure', figure: await load(part.caption, part.fileId) },
    );
  }
  return parts;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asRows = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.map(asRecord) : []);

/** Relative column width: prose columns get the room, numbers and dates stay narrow. */
const columnWeight = (column: FieldDefinition) =>
  column.type === 'textarea' ? 3 : ['text', 'enum', 'multiEnum'].includes(column.type) ? 1.5 : 1.1;

async function leafBlock(section: LeafSection, value: unknown, load: FigureLoader): Promise<ExportBlock> {
  if (section.kind === 'fields') {
    const values = asRecord(value);
    const rows: LabelledRow[] = [];
    for (const field of section.fields) {
      const wide = field.type === 'textarea';
      rows.push({ label: fieldLabel(field), value: await richValue(field, values[field.key], load, true), wide });
    }
    return { kind: 'fields', rows };
  }
  const headers = ['序号', ...section.columns.map((column) => fieldLabel(column, { unit: true }))];
  const rows: RichText[][] = [];
  for (const [index, row] of asRows(value).entries()) {
    const cells: RichText[] = [[{ kind: 'text', text: String(index + 1) }]];
    for (const column of section.columns) cells.push(await richValue(column, row[column.key], load, false));
    rows.push(cells);
  }
  return { kind: 'table', headers, widths: [0.8, ...section.columns.map(columnWeight)], rows };
}

/** Scenario heading: its name, and its catalogue code when it was chosen from the catalogue. */
export function scenarioHeading(index: number, scenario: Record<string, unknown>): string {
  const name = typeof scenario.name === 'string' && scenario.name ? scenario.name : '（未命名场景）';
  const code = typeof scenario.code === 'string' && scenario.code ? `（场景编号：${scenario.code}）` : '';
  return `（${chineseNumeral(index + 1)}）${name}${code}`;
}

type ScenariosSection = Extract<FormVariant['sections'][number], { kind: 'scenarios' }>;

/** （一）（二）… one per scenario, each with its sub-sections numbered 1. 2. …. */
async function scenarioBlocks(section: ScenariosSection, value: unknown, load: FigureLoader): Promise<ExportBlock[]> {
  const scenarios = asRows(value);
  const blocks: ExportBlock[] = scenarios.length === 0 ? [{ kind: 'note', text: '（未填报场景）' }] : [];
  for (const [index, scenario] of scenarios.entries()) {
    blocks.push({ kind: 'heading', level: 2, text: scenarioHeading(index, scenario) });
    for (const [k, sub] of section.sections.entries()) {
      blocks.push({ kind: 'heading', level: 3, text: `${k + 1}. ${sub.title}` });
      if (sub.help) blocks.push({ kind: 'note', text: sub.help });
      blocks.push(await leafBlock(sub, scenario[sub.key], load));
    }
  }
  return blocks;
}

/**
 * Walks the variant in printed order: sections numbered 一、二、…, figures numbered as they come. Sections hidden by
 * their `showIf` (another mode's 要素条件) are not printed, whatever they hold.
 */
export async function buildExportModel(input: ExportInput): Promise<ExportModel> {
  const load = createFigureLoader(input.readFigure);
  const blocks: ExportBlock[] = [];
  for (const [index, section] of shownSections(input.variant, input.data).entries()) {
    blocks.push({ kind: 'heading', level: 1, text: `${chineseNumeral(index + 1)}、${section.title}` });
    if (section.help) blocks.push({ kind: 'note', text: section.help });
    const value = input.data[section.key];
    if (section.kind === 'scenarios') blocks.push(...(await scenarioBlocks(section, value, load)));
    else blocks.push(await leafBlock(section, value, load));
  }
  const separator = input.verifyUrl.includes('?') ? '&' : '?';
  const qrPayload = `${input.verifyUrl}${separator}fp=${encodeURIComponent(input.fingerprint)}`;
  return {
    title: input.variant.title,
    enterpriseName: input.enterpriseName,
    callTitle: input.callTitle,
    coverLines: [
      ['申报单位：', input.enterpriseName],
      ['申报批次：', input.callTitle],
      ['申报日期：', formatChineseDate(input.exportedAt)],
    ],
    fingerprint: input.fingerprint,
    qrPayload,
    // Whole pixels per module and the 4-module quiet zone ISO/IEC 18004 asks for: the code must survive print and scan.
    qrPng: await QRCode.toBuffer(qrPayload, { type: 'png', margin: 4, scale: 8, errorCorrectionLevel: 'M' }),
    footerPrefix: `文档指纹 ${input.fingerprint} · 导出于 ${formatExportStamp(input.exportedAt)} · 第 `,
    footerSuffix: ' 页',
    blocks,
    commitment: input.variant.commitment,
  };
}
