import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
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
import { bodyFont, labelShading, officialPage, type RunStyle, run } from '../../documents/docx-style.js';
import { formatChineseDate } from '../applications/applications.export.js';

/**
 * 申报单位形式审查表 (000_… 附件4) as an editable Word file, in the seed's wording: 企业名称, the stamping unit
 * (企业所在区（开发区）经信部门（盖章） for the provincial form), 序号 / 形式审查主要内容 with □是……□否 for every checklist item
 * and a 备注 for the reviewer's note and the system's evidence, then the conclusion and the comment with the signature
 * lines, for the recommending unit to sign and stamp.
 */

export type ReviewSheet = {
  title: string;
  callTitle: string;
  enterpriseName: string;
  uscc: string;
  unitName: string;
  /** The stamping unit's label as the form prints it (推荐单位（盖章）, 企业所在区（开发区）经信部门（盖章）). */
  unitLabel: string;
  items: Array<{
    number: number;
    title: string;
    passingAnswer: '是' | '否';
    answer: '是' | '否' | null;
    note: string;
    evidence: string | null;
  }>;
  outcome: '通过' | '退回修改' | '不通过' | null;
  comment: string;
  reviewerName: string;
  date: Date;
};

export const reviewSignatureLines = (sheet: ReviewSheet) => [
  `审查人：${sheet.reviewerName}`,
  `${sheet.unitLabel}：${sheet.unitName}`,
  '年  月  日',
];

/** ☑是……☐否: the printed form's □是……□否 with the answer ticked (nothing ticked while unanswered). */
export const ticked = <T extends string>(options: readonly T[], chosen: T | null, separator = '……') =>
  options.map((option) => `${option === chosen ? '☑' : '☐'}${option}`).join(separator);

const outcomes = ['通过', '退回修改', '不通过'] as const;

const page = officialPage;
const contentWidth = page.width - page.left - page.right;

const lines = (text: string, style: RunStyle = {}, alignment?: 'center') =>
  text.split(/\r?\n/).map((line) => new Paragraph({ alignment, spacing: { line: 300 }, children: [run(line, style)] }));

type CellOptions = { width: number; span?: number; label?: boolean; center?: boolean };

const cell = (children: Paragraph[], options: CellOptions) =>
  new TableCell({
    // A cell must hold at least one paragraph or Word reports the file as damaged.
    children: children.length > 0 ? children : [new Paragraph({})],
    columnSpan: options.span,
    width: { size: options.width, type: WidthType.DXA },
    shading: options.label ? labelShading : undefined,
    verticalAlign: options.center === false ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });

const labelCell = (text: string, width: number) => cell(lines(text, { bold: true }, 'center'), { width, label: true });

const table = (rows: TableRow[], columnWidths: number[]) =>
  new Table({ rows, columnWidths, layout: TableLayoutType.FIXED, width: { size: contentWidth, type: WidthType.DXA } });

/** 序号 / 形式审查主要内容 / □是……□否 / 备注, roughly the proportions of the printed form. */
const widths = [760, 4100, 1700, contentWidth - 760 - 4100 - 1700];

/** The reviewer's note, then what the system checked, smaller and grey so the printed form stays the reviewer's. */
const remarks = (item: ReviewSheet['items'][number]) => [
  ...(item.note.trim() ? lines(item.note.trim()) : []),
  ...(item.evidence ? lines(`系统核验：${item.evidence}`, { size: 9, color: '808080' }) : []),
];

function itemTable(sheet: ReviewSheet): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    // 形式审查主要内容 heads both the item and its □是……□否, as on the seed form.
    children: [
      labelCell('序号', widths[0]!),
      cell(lines('形式审查主要内容', { bold: true }, 'center'), {
        width: widths[1]! + widths[2]!,
        span: 2,
        label: true,
      }),
      labelCell('备注', widths[3]!),
    ],
  });
  const rows = sheet.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(lines(String(item.number), {}, 'center'), { width: widths[0]! }),
          cell(lines(item.title), { width: widths[1]! }),
          cell(lines(ticked(['是', '否'] as const, item.answer), {}, 'center'), { width: widths[2]! }),
          cell(remarks(item), { width: widths[3]! }),
        ],
      }),
  );
  if (rows.length === 0) {
    const empty = cell(lines('无', {}, 'center'), { width: contentWidth, span: widths.length });
    rows.push(new TableRow({ children: [empty] }));
  }
  return table([header, ...rows], widths);
}

/** 审查结论 and 审查意见 with the signature lines at the foot of the comment cell, as the printed forms close. */
function conclusionTable(sheet: ReviewSheet): Table {
  const labelWidth = widths[0]! + 900;
  const valueWidth = contentWidth - labelWidth;
  const signatures = reviewSignatureLines(sheet).map(
    (line, i) =>
      new Paragraph({
        indent: { left: Math.round(valueWidth * 0.45) },
        spacing: { before: i === 0 ? 480 : 240 },
        children: [run(line)],
      }),
  );
  const comment = sheet.comment.trim() ? lines(sheet.comment.trim()) : [new Paragraph({ spacing: { before: 600 } })];
  return table(
    [
      new TableRow({
        cantSplit: true,
        children: [
          labelCell('审查结论', labelWidth),
          cell(lines(ticked(outcomes, sheet.outcome, '　')), { width: valueWidth }),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          labelCell('审查意见', labelWidth),
          cell([...comment, ...signatures, new Paragraph({})], { width: valueWidth, center: false }),
        ],
      }),
    ],
    [labelWidth, valueWidth],
  );
}

/** The identifying lines above the table: label left, second label on a right tab stop. */
const infoLine = (left: string, right?: string) =>
  new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
    spacing: { after: 80 },
    children: right ? [run(left), new TextRun({ children: [new Tab()] }), run(right)] : [run(left)],
  });

const footer = (sheet: ReviewSheet) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [`${sheet.callTitle}　— `, PageNumber.CURRENT, ' —'], size: 18, font: bodyFont }),
        ],
      }),
    ],
  });

export async function renderReviewSheetDocx(sheet: ReviewSheet): Promise<Buffer> {
  const document = new Document({
    title: `${sheet.title}（${sheet.enterpriseName}）`,
    subject: sheet.callTitle,
    creator: sheet.unitName,
    styles: { default: { document: { run: { font: bodyFont, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
          },
        },
        footers: { default: footer(sheet) },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(sheet.title, { bold: true, heading: true, size: 18 })],
          }),
          infoLine(`企业名称：${sheet.enterpriseName}`, `统一社会信用代码：${sheet.uscc}`),
          infoLine(`${sheet.unitLabel}：${sheet.unitName}`, `审查日期：${formatChineseDate(sheet.date)}`),
          itemTable(sheet),
          // Keeps the two tables apart (Word would join adjacent tables of different grids).
          new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }),
          conclusionTable(sheet),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
