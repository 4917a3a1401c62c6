import { PassThrough, Readable } from 'node:stream';
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { bodyFont, officialLandscapePage, run as styledRun } from '../../documents/docx-style.js';
import { formatChineseDate } from '../applications/applications.export.js';

/**
 * 推荐汇总表 (001_… 附件6/附件7, 000_… 附件5) as Excel and Word: centred title, 推荐单位（盖章） and 填报日期, a bordered
 * table with a bold header row, the 注 line below. Pure renderers: the caller resolves the rows.
 */

export type SummaryTable = {
  title: string;
  callTitle: string;
  unitName: string;
  date: Date;
  /** width: Excel character units (the template's summaryTable column width); estimated from the content if absent. */
  columns: Array<{ title: string; width?: number }>;
  rows: AsyncIterable<string[]> | Iterable<string[]>;
  notes: string[];
};

export const unitLine = (table: SummaryTable) => `推荐单位（盖章）：${table.unitName}`;
export const dateLine = (table: SummaryTable) => `填报日期：${formatChineseDate(table.date)}`;

/**
 * The 注 line as the seed forms print it: one note as written (000_… 附件5 "注：各地推荐…排名有先后", 002_… ends
 * with 。), several numbered "注：1.…；2.…。" (001_… 附件6/附件7).
 */
export function notesLine(notes: string[]): string | null {
  const given = notes.map((note) => note.trim()).filter(Boolean);
  if (given.length === 0) return null;
  if (given.length === 1) return `注：${given[0]}`;
  const cleaned = given.map((note) => note.replace(/[。；;，,]+$/, ''));
  return `注：${cleaned.map((note, i) => `${i + 1}.${note}`).join('；')}。`;
}

/** Display width in Excel character units: CJK and full-width forms take two, everything else one. */
export const displayWidth = (text: string) => {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
};

/** Only this many leading rows are held back to size the columns; the rest streams straight through. */
const sampleSize = 200;
const [minWidth, maxWidth] = [6, 40];
const centred = /序号|排序|排名/;

function columnWidths(table: SummaryTable, sample: string[][]): number[] {
  if (table.columns.length === 0) throw new Error('A summary table needs at least one column');
  return table.columns.map((column, i) => {
    if (column.width) return column.width;
    const texts = [column.title, ...sample.map((row) => row[i] ?? '')].flatMap((text) => text.split(/\r?\n/));
    return Math.min(maxWidth, Math.max(minWidth, ...texts.map(displayWidth)) + 2);
  });
}

/** Wrapped lines of a row in columns of these widths, so the row is printed tall enough in every viewer. */
const lineCount = (cells: string[], widths: number[]) => {
  const wrapped = (line: string, width: number) => Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1)));
  const cellLines = (text: string, i: number) => text.split(/\r?\n/).reduce((n, l) => n + wrapped(l, widths[i]!), 0);
  return Math.max(1, ...cells.map(cellLines));
};

/** Holds back the first rows to size the columns; the rest stays in the iterator and streams straight through. */
async function takeSample(rows: SummaryTable['rows']) {
  const rest = (async function* () {
    yield* rows;
  })();
  const sample: string[][] = [];
  while (sample.length < sampleSize) {
    const next = await rest.next();
    if (next.done) break;
    sample.push(next.value);
  }
  return { sample, rest };
}

// ---------------------------------------------------------------------------------------------------- Excel

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const cellFont = (size: number, bold = false, name = '宋体') => ({ name, size, bold });
const lineHeight = 14.5;
const headerStyle = {
  font: cellFont(11, true),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
} as const;
/** Fit the width to one page, as many pages down as needed. */
const a4Landscape = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
const margins = { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };

/**
 * The workbook as a stream, handed over once its first bytes exist: a failure before then (no columns, rows that
 * cannot be read) rejects, so the route still answers with a JSON error; a later one destroys the stream.
 */
export async function streamSummaryXlsx(table: SummaryTable): Promise<Readable> {
  const output = new PassThrough();
  writeSummaryXlsx(table, output).catch((error: unknown) => output.destroy(error as Error));
  const chunks = output[Symbol.asyncIterator]();
  const first = await chunks.next();
  return Readable.from(
    (async function* () {
      try {
        if (first.done) return;
        yield first.value as Buffer;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as Buffer;
      } finally {
        // A download given up half-way stops the writer instead of leaving it waiting on a full buffer.
        await chunks.return?.();
      }
    })(),
    { objectMode: false },
  );
}

async function writeSummaryXlsx(table: SummaryTable, output: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = table.unitName;
  workbook.title = `${table.callTitle} ${table.title}`;
  const n = table.columns.length;
  const headerRow = 3;
  const sheet = workbook.addWorksheet('推荐汇总表', {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    pageSetup: { ...a4Landscape, horizontalCentered: true, printTitlesRow: `${headerRow}:${headerRow}`, margins },
    headerFooter: { oddFooter: `&C${table.callTitle.replaceAll('&', '&&')}　第 &P 页，共 &N 页` },
  });

  const { sample, rest } = await takeSample(table.rows);
  const widths = columnWidths(table, sample);
  sheet.columns = widths.map((width) => ({ width }));

  const title = sheet.addRow([table.title]);
  title.height = 36;
  title.getCell(1).style = {
    font: cellFont(18, true, '黑体'),
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  sheet.mergeCells(1, 1, 1, n);
  title.commit();

  // 推荐单位 on the left; 填报日期 on the right over the last two columns (the last one of two; shared if only one).
  const dateColumn = n > 2 ? n - 1 : n;
  const unit = sheet.addRow([]);
  unit.height = 24;
  unit.getCell(1).value = n > 1 ? unitLine(table) : `${unitLine(table)}　　${dateLine(table)}`;
  unit.getCell(1).style = { font: cellFont(12), alignment: { vertical: 'middle' } };
  if (dateColumn > 2) sheet.mergeCells(2, 1, 2, dateColumn - 1);
  if (n > 1) {
    unit.getCell(dateColumn).value = dateLine(table);
    unit.getCell(dateColumn).style = { font: cellFont(12), alignment: { horizontal: 'right', vertical: 'middle' } };
    if (n > dateColumn) sheet.mergeCells(2, dateColumn, 2, n);
  }
  unit.commit();

  const titles = table.columns.map((column) => column.title);
  const header = sheet.addRow(titles);
  header.height = lineCount(titles, widths) * lineHeight + 6;
  header.eachCell((cell) => {
    cell.style = headerStyle;
  });
  header.commit();

  const dataStyles = table.columns.map((column) => {
    const horizontal = centred.test(column.title) ? 'center' : 'left';
    return { font: cellFont(11), alignment: { horizontal, vertical: 'middle', wrapText: true }, border } as const;
  });
  const writeRow = (cells: string[]) => {
    const padded = table.columns.map((_, i) => cells[i] ?? '');
    const row = sheet.addRow(padded);
    row.height = lineCount(padded, widths) * lineHeight + 6;
    for (let i = 0; i < n; i++) row.getCell(i + 1).style = dataStyles[i]!;
    row.commit();
  };
  for (const cells of sample) writeRow(cells);
  for await (const cells of rest) writeRow(cells);

  const notes = notesLine(table.notes);
  if (notes) {
    const row = sheet.addRow([notes]);
    row.height = Math.ceil(displayWidth(notes) / widths.reduce((a, b) => a + b, 0)) * lineHeight + 10;
    row.getCell(1).style = { font: cellFont(11), alignment: { vertical: 'middle', wrapText: true } };
    sheet.mergeCells(row.number, 1, row.number, n);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

// ---------------------------------------------------------------------------------------------------- Word

const page = officialLandscapePage;
const contentWidth = page.height - page.left - page.right;

const run = (text: string, size = 12, bold = false, heading = false) => styledRun(text, { size, bold, heading });

/** Cells carry as few properties as possible (default font and size, table-wide margins): 2,000 rows stay quick. */
const cellParagraphs = (text: string, center: boolean, bold: boolean) =>
  text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : undefined,
        children: [bold ? new TextRun({ text: line, bold }) : new TextRun(line)],
      }),
  );

const docxCell = (text: string, width: number, center: boolean, headerCell = false) =>
  new TableCell({
    children: cellParagraphs(text, center, headerCell),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: headerCell ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
  });

export async function renderSummaryDocx(table: SummaryTable): Promise<Buffer> {
  // docx builds the whole document in memory anyway, so the rows are simply collected.
  const { sample, rest } = await takeSample(table.rows);
  const rows = [...sample];
  for await (const row of rest) rows.push(row);
  const weights = columnWidths(table, sample);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => Math.floor((contentWidth * weight) / total));
  const center = table.columns.map((column) => centred.test(column.title));

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, i) => docxCell(column.title, widths[i]!, true, true)),
  });
  const body = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, i) => docxCell(cells[i] ?? '', widths[i]!, center[i]!)),
      }),
  );
  const notes = notesLine(table.notes);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [`${table.callTitle}　— `, PageNumber.CURRENT, ' —'], size: 18, font: bodyFont }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: table.title,
    subject: table.callTitle,
    creator: table.unitName,
    styles: { default: { document: { run: { font: bodyFont, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
          },
        },
        footers: { default: footer },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(table.title, 18, true, true)],
          }),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
            spacing: { after: 120 },
            children: [run(unitLine(table)), new TextRun({ children: [new Tab()] }), run(dateLine(table))],
          }),
          new Table({
            rows: [header, ...body],
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
            width: { size: contentWidth, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
          }),
          ...(notes ? [new Paragraph({ spacing: { before: 120 }, children: [run(notes, 10.5)] })] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
