import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import {
  buildExportModel,
  type ExportBlock,
  type ExportInput,
  type ExportModel,
  type LabelledRow,
  signatureLines,
} from './applications.export.js';
import {
  type Cursor,
  drawGrid,
  ensureSpace,
  type FontKey,
  type GridCell,
  type GridRow,
  type Item,
  layoutRich,
  layoutText,
  newPage,
  type PdfFonts,
  type TextStyle,
} from './applications.export-pdf-layout.js';

/**
 * The application as a PDF in the seed layout, for reading and printing as is. Noto Sans Hans is embedded (subset),
 * so the file shows the same on every machine; characters the font lacks print as □ and are reported.
 */

// @embedpdf/fonts-sc exports no font paths: go from its entry to the fonts folder next to it.
const fontFolder = new URL('../fonts/', pathToFileURL(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')));
let fontFiles: Record<FontKey, Buffer> | undefined;

/** Read once: the two faces are 17 MB and every export needs them. */
const loadFontFiles = () =>
  (fontFiles ??= {
    regular: readFileSync(new URL('NotoSansHans-Regular.otf', fontFolder)),
    bold: readFileSync(new URL('NotoSansHans-Bold.otf', fontFolder)),
  });

/** The fontkit face behind a registered pdfkit font; pdfkit has no public way to ask for glyph coverage. */
type Face = {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
};
const faceOf = (doc: PDFKit.PDFDocument, key: FontKey) =>
  (doc.font(key) as unknown as { _font: { font: Face } })._font.font;

/** Caches a per-character lookup: a page of Chinese repeats a few hundred characters thousands of times. */
function memo<T>(compute: (char: string) => T): (char: string) => T {
  const cache = new Map<string, T>();
  return (char) => {
    if (!cache.has(char)) cache.set(char, compute(char));
    return cache.get(char)!;
  };
}

function registerFonts(doc: PDFKit.PDFDocument): PdfFonts & { missing: Set<string> } {
  const files = loadFontFiles();
  doc.registerFont('regular', files.regular);
  doc.registerFont('bold', files.bold);
  const advanceOf = (face: Face) =>
    memo((char) => face.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / face.unitsPerEm);
  const regular = faceOf(doc, 'regular');
  const advance = { regular: advanceOf(regular), bold: advanceOf(faceOf(doc, 'bold')) };
  const hasGlyph = memo((char) => /\s/.test(char) || regular.hasGlyphForCodePoint(char.codePointAt(0)!));
  const missing = new Set<string>();
  return {
    missing,
    measure: (text, key, size) => Array.from(text).reduce((sum, char) => sum + advance[key](char) * size, 0),
    clean: (text) => {
      const chars = Array.from(text);
      for (const char of chars) if (!hasGlyph(char)) missing.add(char);
      return missing.size === 0 ? text : chars.map((char) => (hasGlyph(char) ? char : '□')).join('');
    },
  };
}

const rule = (cursor: Cursor, from: number, to: number, y: number, width: number, color: string) =>
  cursor.doc.lineWidth(width).moveTo(from, y).lineTo(to, y).stroke(color);

/** Text in the page flow, a line at a time so a page break can fall between any two lines. */
function drawFlow(cursor: Cursor, text: string, style: TextStyle = {}): void {
  for (const item of layoutText(cursor, text, cursor.width, style)) {
    ensureSpace(cursor, item.height);
    item.draw(cursor.left, cursor.y);
    cursor.y += item.height;
  }
}

const stack = (items: Item[]) => items.reduce((sum, item) => sum + item.height, 0);

function drawQr(cursor: Cursor, model: ExportModel, x: number, y: number, size: number): void {
  cursor.doc.image(model.qrPng, x, y, { width: size, height: size });
}

function drawCover(cursor: Cursor, model: ExportModel): void {
  cursor.y = cursor.top + 80;
  drawFlow(cursor, model.title, { font: 'bold', size: 22, align: 'center', leading: 1.6 });
  cursor.y = Math.max(cursor.y + 60, 380);
  const labelWidth = 100;
  const valueWidth = cursor.width - labelWidth - 60;
  for (const [label, value] of model.coverLines) {
    const x = cursor.left + 30;
    const valueItems = layoutText(cursor, value, valueWidth, { size: 14, align: 'center', leading: 1.7 });
    layoutText(cursor, label, labelWidth, { size: 14, leading: 1.7 })[0]!.draw(x, cursor.y);
    for (const [i, item] of valueItems.entries()) item.draw(x + labelWidth, cursor.y + i * item.height);
    cursor.y += stack(valueItems);
    rule(cursor, x + labelWidth, x + labelWidth + valueWidth, cursor.y, 0.8, 'black');
    cursor.y += 16;
  }
  const qrSize = 96;
  const qrY = cursor.bottom - qrSize - 40;
  drawQr(cursor, model, cursor.left + (cursor.width - qrSize) / 2, qrY, qrSize);
  cursor.y = qrY + qrSize + 4;
  drawFlow(cursor, `文档指纹：${model.fingerprint}`, { size: 10, align: 'center' });
  drawFlow(cursor, '扫描二维码核验本申报书', { size: 8.5, align: 'center' });
}

const headingSizes = { 1: 15, 2: 13, 3: 11.5 } as const;
const labelCell = (cursor: Cursor, text: string, span?: number, align?: TextStyle['align']): GridCell => ({
  content: (width) => layoutText(cursor, text, width, { font: 'bold', align }),
  span,
  fill: true,
});

function fieldRows(cursor: Cursor, row: LabelledRow): GridRow[] {
  const value: GridCell = { content: (width) => layoutRich(cursor, row.value, width), span: row.wide ? 2 : 1 };
  if (!row.wide) return [{ cells: [labelCell(cursor, row.label), value] }];
  return [{ cells: [labelCell(cursor, row.label, 2)], keepWithNext: true }, { cells: [value] }];
}

function drawTable(cursor: Cursor, block: Extract<ExportBlock, { kind: 'table' }>): void {
  const total = block.widths.reduce((sum, weight) => sum + weight, 0);
  const widths = block.widths.map((weight) => (cursor.width * weight) / total);
  const header = block.headers.map((text) => labelCell(cursor, text, 1, 'center'));
  const rows = block.rows.map((cells) => ({
    cells: cells.map(
      (rich, i): GridCell => ({
        content: (width) =>
          i === 0
            ? layoutText(cursor, rich[0]?.kind === 'text' ? rich[0].text : '', width, { align: 'center' })
            : layoutRich(cursor, rich, width),
      }),
    ),
  }));
  if (rows.length === 0) {
    rows.push({ cells: [{ content: (w) => layoutText(cursor, '无', w, { align: 'center' }), span: widths.length }] });
  }
  drawGrid(cursor, widths, rows, header);
}

function drawBlock(cursor: Cursor, block: ExportBlock): void {
  if (block.kind === 'heading') {
    const size = headingSizes[block.level];
    cursor.y += block.level === 1 ? 12 : 8;
    // Keep a heading with the first lines of what follows it.
    ensureSpace(cursor, size * 1.6 + 70);
    drawFlow(cursor, block.text, { font: 'bold', size, leading: 1.6 });
    cursor.y += 3;
  } else if (block.kind === 'note') {
    drawFlow(cursor, block.text, { size: 10 });
  } else if (block.kind === 'fields') {
    drawGrid(
      cursor,
      [cursor.width * 0.3, cursor.width * 0.7],
      block.rows.flatMap((row) => fieldRows(cursor, row)),
    );
  } else {
    drawTable(cursor, block);
  }
}

/** 真实性承诺 with the signature lines beside the QR code, kept together as one row on the last page. */
function drawCommitment(cursor: Cursor, model: ExportModel): void {
  const signatures = (width: number): Item => ({
    height: 96,
    draw: (x, y) => {
      drawQr(cursor, model, x + 10, y + 8, 64);
      layoutText(cursor, model.fingerprint, 84, { size: 6.5, align: 'center' })[0]!.draw(x, y + 74);
      for (const [i, line] of signatureLines.entries()) {
        layoutText(cursor, line, width * 0.55, { size: 11 })[0]!.draw(x + width * 0.45, y + 10 + i * 28);
      }
    },
  });
  const text: GridCell = { content: (width) => [...layoutText(cursor, model.commitment, width), signatures(width)] };
  const label = labelCell(cursor, '真实性承诺', 1, 'center');
  cursor.y += 18;
  drawGrid(cursor, [cursor.width * 0.18, cursor.width * 0.82], [{ cells: [label, text] }]);
}

/** 文档指纹 … · 导出于 … · 第 N 页 under a hairline on every page, cover included. */
function drawFooters(cursor: Cursor, model: ExportModel): void {
  const { doc, fonts } = cursor;
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    const text = fonts.clean(`${model.footerPrefix}${page + 1}${model.footerSuffix}`);
    const y = cursor.bottom + 22;
    rule(cursor, cursor.left, cursor.left + cursor.width, y - 6, 0.4, '#888888');
    const x = cursor.left + (cursor.width - fonts.measure(text, 'regular', 8.5)) / 2;
    doc.font('regular').fontSize(8.5).fillColor('#333333').text(text, x, y, { lineBreak: false });
  }
}

/** A4 (595 × 842 pt) with 25 mm side margins and room under the text for the footer. */
const a4 = { width: 595.28, height: 841.89, side: 70, top: 72, bottom: 72 };

/** Renders the PDF and says which characters the font could not show (printed as □). */
export async function renderApplicationPdfWithReport(
  input: ExportInput,
): Promise<{ bytes: Buffer; missingGlyphs: string[] }> {
  const model = await buildExportModel(input);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    info: {
      Title: model.title,
      Author: model.enterpriseName,
      Subject: model.callTitle,
      CreationDate: input.exportedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  const [left, width, top, bottom] = [a4.side, a4.width - 2 * a4.side, a4.top, a4.height - a4.bottom];
  const cursor: Cursor = { doc, fonts, left, width, top, bottom, y: top };
  drawCover(cursor, model);
  newPage(cursor);
  for (const block of model.blocks) drawBlock(cursor, block);
  drawCommitment(cursor, model);
  drawFooters(cursor, model);
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), missingGlyphs: [...fonts.missing] };
}

export async function renderApplicationPdf(input: ExportInput): Promise<Buffer> {
  return (await renderApplicationPdfWithReport(input)).bytes;
}
