import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { bodyFont, labelShading, officialPage, type RunStyle, run } from '../../documents/docx-style.js';
import {
  buildExportModel,
  type ExportBlock,
  type ExportFigure,
  type ExportInput,
  type ExportModel,
  type LabelledRow,
  type RichText,
  signatureLines,
} from './applications.export.js';

/**
 * The application as an editable Word file in the seed layout: the enterprise prints it, stamps it and uploads the
 * scan (001_… 注意事项四), so it follows the printed forms: 宋体 body, 黑体 headings, label/value tables.
 */

const page = officialPage;
const contentWidth = page.width - page.left - page.right;
const twipsPerPixel = 15;

const textParagraphs = (text: string, style: RunStyle = {}, alignment?: 'center' | 'left') =>
  text.split(/\r?\n/).map((line) => new Paragraph({ alignment, spacing: { line: 300 }, children: [run(line, style)] }));

function figureParagraphs(figure: ExportFigure, maxWidthPx: number): Paragraph[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [run(`图${figure.number} ${figure.caption}`, { size: 9 })],
  });
  if (!figure.image) return [new Paragraph({ children: [run(`［图${figure.number}缺失：${figure.caption}］`)] })];
  const { bytes, type, width, height } = figure.image;
  const scale = Math.min(1, maxWidthPx / width, 300 / height);
  const image = new ImageRun({
    type,
    data: bytes,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
  });
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }), caption];
}

/** The 序号 column, centred. */
const numberParagraphs = (rich: RichText) =>
  textParagraphs(rich.map((part) => (part.kind === 'text' ? part.text : '')).join(''), {}, 'center');

function richParagraphs(rich: RichText, widthTwips: number): Paragraph[] {
  const paragraphs = rich.flatMap((part) =>
    part.kind === 'text' ? textParagraphs(part.text) : figureParagraphs(part.figure, widthTwips / twipsPerPixel - 16),
  );
  // A cell must hold at least one paragraph or Word reports the file as damaged.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({})];
}

type CellOptions = { span?: number; width: number; label?: boolean; center?: boolean };

const cell = (children: Paragraph[], options: CellOptions) =>
  new TableCell({
    children,
    columnSpan: options.span,
    width: { size: options.width, type: WidthType.DXA },
    shading: options.label ? labelShading : undefined,
    verticalAlign: options.center ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });

const labelCell = (text: string, width: number, span?: number, alignment?: 'center') =>
  cell(textParagraphs(text, { bold: true }, alignment), { width, span, label: true, center: true });

const labelWidth = Math.round(contentWidth * 0.3);

/** Short fields side by side with their label; a textarea takes a full-width label row and a full-width value row. */
function fieldRows(row: LabelledRow): TableRow[] {
  if (!row.wide) {
    const value = cell(richParagraphs(row.value, contentWidth - labelWidth), { width: contentWidth - labelWidth });
    return [new TableRow({ cantSplit: true, children: [labelCell(row.label, labelWidth), value] })];
  }
  return [
    new TableRow({ cantSplit: true, children: [labelCell(row.label, contentWidth, 2)] }),
    new TableRow({ children: [cell(richParagraphs(row.value, contentWidth), { width: contentWidth, span: 2 })] }),
  ];
}

const table = (rows: TableRow[], columnWidths: number[]) =>
  new Table({ rows, columnWidths, layout: TableLayoutType.FIXED, width: { size: contentWidth, type: WidthType.DXA } });

function dataTable(block: Extract<ExportBlock, { kind: 'table' }>): Table {
  const total = block.widths.reduce((sum, weight) => sum + weight, 0);
  const widths = block.widths.map((weight) => Math.floor((contentWidth * weight) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.headers.map((text, i) => labelCell(text, widths[i]!, 1, 'center')),
  });
  const rows = block.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((rich, i) =>
          cell(i === 0 ? numberParagraphs(rich) : richParagraphs(rich, widths[i]!), { width: widths[i]! }),
        ),
      }),
  );
  if (rows.length === 0) {
    const empty = cell(textParagraphs('无', {}, 'center'), { width: contentWidth, span: widths.length });
    rows.push(new TableRow({ children: [empty] }));
  }
  return table([header, ...rows], widths);
}

const headingSizes = { 1: 16, 2: 14, 3: 12 } as const;

function blockContent(block: ExportBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          outlineLevel: block.level - 1,
          spacing: { before: block.level === 1 ? 360 : 240, after: 120 },
          children: [run(block.text, { bold: true, heading: true, size: headingSizes[block.level] })],
        }),
      ];
    case 'note':
      return textParagraphs(block.text, { size: 10.5 });
    case 'fields':
      return [table(block.rows.flatMap(fieldRows), [labelWidth, contentWidth - labelWidth])];
    case 'table':
      return [dataTable(block)];
  }
}

const qrImage = (model: ExportModel, px: number) =>
  new ImageRun({ type: 'png', data: model.qrPng, transformation: { width: px, height: px } });

/** Cover lines: label on the left, value over a rule, as 附件5 prints 申 报 单 位（盖 章）：____. */
function coverLines(model: ExportModel): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const coverCell = (text: string, ruled: boolean, alignment?: 'center') =>
    new TableCell({
      borders: { top: none, bottom: ruled ? rule : none, left: none, right: none },
      children: textParagraphs(text, { size: 15 }, alignment),
    });
  const rows = model.coverLines.map(
    ([label, value]) => new TableRow({ children: [coverCell(label, false), coverCell(value, true, 'center')] }),
  );
  return table(rows, [2200, contentWidth - 2200]);
}

function cover(model: ExportModel): Array<Paragraph | Table> {
  const spacer = (twips: number) => new Paragraph({ spacing: { before: twips } });
  return [
    spacer(1800),
    ...textParagraphs(model.title, { bold: true, heading: true, size: 22 }, 'center'),
    spacer(2400),
    coverLines(model),
    spacer(1600),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [qrImage(model, 110)] }),
    ...textParagraphs(`文档指纹：${model.fingerprint}`, { size: 10.5 }, 'center'),
    ...textParagraphs('扫描二维码核验本申报书', { size: 9 }, 'center'),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** 真实性承诺 with the signature lines, then the QR code again so the last page can be checked on its own. */
function commitment(model: ExportModel): Array<Paragraph | Table> {
  const signatures = signatureLines.map(
    (line) => new Paragraph({ indent: { left: 3200 }, spacing: { before: 240 }, children: [run(line)] }),
  );
  const text = [...textParagraphs(model.commitment), ...signatures];
  const row = new TableRow({
    cantSplit: true,
    children: [labelCell('真实性承诺', 1400), cell(text, { width: contentWidth - 1400 })],
  });
  return [
    new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [] }),
    table([row], [1400, contentWidth - 1400]),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240 },
      keepNext: true,
      children: [qrImage(model, 80)],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`文档指纹：${model.fingerprint}`, { size: 9 })] }),
  ];
}

const footer = (model: ExportModel) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [model.footerPrefix, PageNumber.CURRENT, model.footerSuffix],
            size: 18,
            font: bodyFont,
          }),
        ],
      }),
    ],
  });

export async function renderApplicationDocx(input: ExportInput): Promise<Buffer> {
  const model = await buildExportModel(input);
  const document = new Document({
    title: model.title,
    creator: model.enterpriseName,
    styles: { default: { document: { run: { font: bodyFont, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
          },
        },
        footers: { default: footer(model) },
        children: [...cover(model), ...model.blocks.flatMap(blockContent), ...commitment(model)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
