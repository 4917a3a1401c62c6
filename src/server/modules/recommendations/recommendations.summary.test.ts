import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  notesLine,
  renderSummaryDocx,
  type SummaryTable,
  streamSummaryXlsx,
} from './recommendations.summary.js';

/** The whole workbook in memory, to read it back. */
const renderSummaryXlsx = async (table: SummaryTable) => buffer(await streamSummaryXlsx(table));

const columns = [
  { title: '序号' },
  { title: '申报企业名称' },
  { title: '申报智能制造典型场景（罗列）' },
  { title: '联系人' },
  { title: '联系方式（手机号）' },
];

const rows = [
  ['1', '重庆长安汽车股份有限公司', '1.工艺设计-6.工艺数字化设计\n2.生产作业-12.先进过程控制', '张伟', '13800000001'],
  ['2', '重庆智能装备有限公司', '3.设备管理-20.设备故障诊断与预测', '李娜', '13800000002'],
  ['3', '渝北精密制造有限公司 & 子公司', '4.质量管控-25.在线智能检测', '王芳', '13800000003'],
];

const table = (overrides: Partial<SummaryTable> = {}): SummaryTable => ({
  title: '智能制造优秀场景推荐汇总表',
  callTitle: '2026年度智能制造优秀场景申报',
  unitName: '重庆市渝北区经济和信息化委员会',
  // 2026-11-30 16:30 UTC is already 1 December in Beijing.
  date: new Date('2026-11-30T16:30:00Z'),
  columns,
  rows,
  notes: ['推荐智能制造典型场景排名有先后', '推荐数量不能超过规定的上限'],
  ...overrides,
});

/** exceljs declares its own global Buffer (extends ArrayBuffer), which Node's Buffer<ArrayBufferLike> does not satisfy. */
async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return book.getWorksheet('推荐汇总表')!;
}

const notes = '注：1.推荐智能制造典型场景排名有先后；2.推荐数量不能超过规定的上限。';

describe('notesLine / displayWidth', () => {
  it('numbers several notes and prints one note as is', () => {
    expect(notesLine(['推荐智能制造典型场景排名有先后；', '推荐数量不能超过规定的上限。'])).toBe(notes);
    // 000_… 附件5 prints its note without a full stop, 002_… with one.
    expect(notesLine(['各地推荐智能制造试点示范企业排名有先后'])).toBe('注：各地推荐智能制造试点示范企业排名有先后');
    expect(notesLine(['推荐试点示范项目排名有先后。'])).toBe('注：推荐试点示范项目排名有先后。');
    expect(notesLine([' '])).toBeNull();
    expect(notesLine([])).toBeNull();
  });
  it('counts CJK and full-width characters twice', () => {
    expect(displayWidth('序号')).toBe(4);
    expect(displayWidth('联系方式（手机号）')).toBe(18);
    expect(displayWidth('138 abc')).toBe(7);
  });
});

describe('renderSummaryXlsx', () => {
  it('prints the seed layout, read back cell by cell', async () => {
    const sheet = await readBack(await renderSummaryXlsx(table()));
    expect(sheet).toBeDefined();
    const text = (row: number, column: number) => sheet.getCell(row, column).text;

    expect(text(1, 1)).toBe('智能制造优秀场景推荐汇总表');
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    expect(sheet.getCell(1, 1).alignment?.horizontal).toBe('center');
    expect(sheet.getCell(1, 5).isMerged).toBe(true);
    expect(text(2, 1)).toBe('推荐单位（盖章）：重庆市渝北区经济和信息化委员会');
    expect(text(2, 4)).toBe('填报日期：2026年12月1日');
    columns.forEach((column, i) => {
      expect(text(3, i + 1)).toBe(column.title);
      expect(sheet.getCell(3, i + 1).font?.bold).toBe(true);
      expect(sheet.getCell(3, i + 1).border?.top?.style).toBe('thin');
    });
    rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        expect(text(4 + r, c + 1)).toBe(value);
        expect(sheet.getCell(4 + r, c + 1).border?.bottom?.style).toBe('thin');
        expect(sheet.getCell(4 + r, c + 1).alignment?.wrapText).toBe(true);
      });
    });
    expect(text(7, 1)).toBe(notes);
    expect(sheet.getCell(7, 5).isMerged).toBe(true);
    expect(sheet.rowCount).toBe(7);

    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('3:3');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // CJK-aware widths: 序号 is narrow, the scenario column is wide but capped.
    expect(sheet.getColumn(1).width).toBeLessThan(10);
    expect(sheet.getColumn(3).width).toBeGreaterThan(sheet.getColumn(2).width!);
    expect(sheet.getColumn(3).width).toBeLessThanOrEqual(40);
  });

  it('takes the template widths and lays out one or two columns', async () => {
    const only = [{ title: '申报企业名称', width: 28 }];
    const sheet = await readBack(await renderSummaryXlsx(table({ columns: only, rows: [], notes: [] })));
    expect(sheet.getColumn(1).width).toBe(28);
    expect(sheet.getCell(2, 1).text).toBe(
      '推荐单位（盖章）：重庆市渝北区经济和信息化委员会　　填报日期：2026年12月1日',
    );
    expect(sheet.getCell(3, 1).text).toBe('申报企业名称');
    expect(sheet.rowCount).toBe(3);

    const two = await readBack(
      await renderSummaryXlsx(table({ columns: columns.slice(0, 2), rows: rows.slice(0, 1) })),
    );
    expect(two.getCell(2, 1).text).toBe('推荐单位（盖章）：重庆市渝北区经济和信息化委员会');
    expect(two.getCell(2, 2).text).toBe('填报日期：2026年12月1日');
    expect(two.getCell(4, 2).text).toBe('重庆长安汽车股份有限公司');
    await expect(renderSummaryXlsx(table({ columns: [] }))).rejects.toThrow('at least one column');
  });

  it('streams 2,000 rows from an async generator quickly and in little memory', async () => {
    const count = 2000;
    let peakHeap = 0;
    async function* generate() {
      for (let i = 1; i <= count; i++) {
        if (i % 100 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        yield [
          String(i),
          `第${i}家智能制造示范企业有限公司`,
          `1.工艺设计-6.工艺数字化设计\n2.生产作业-${i}.先进过程控制`,
          '张三丰',
          `1380000${String(i).padStart(4, '0')}`,
        ];
      }
    }
    global.gc?.();
    const before = process.memoryUsage();
    const started = performance.now();
    const buffer = await renderSummaryXlsx(table({ rows: generate() }));
    const elapsed = performance.now() - started;
    const after = process.memoryUsage();
    // Peak while rendering (sampled from the generator), not the end state a collection may have shrunk.
    const heapGrowth = (Math.max(peakHeap, after.heapUsed) - before.heapUsed) / 2 ** 20;
    console.log(
      `summary xlsx: ${count} rows in ${elapsed.toFixed(0)} ms, ${(buffer.length / 1024).toFixed(0)} KiB, ` +
        `rss ${(after.rss / 2 ** 20).toFixed(0)} MiB (+${((after.rss - before.rss) / 2 ** 20).toFixed(1)}), ` +
        `peak heap +${heapGrowth.toFixed(1)} MiB`,
    );
    expect(elapsed).toBeLessThan(2000);
    expect(heapGrowth).toBeLessThan(100);

    const sheet = await readBack(buffer);
    expect(sheet.rowCount).toBe(3 + count + 1);
    expect(sheet.getCell(3 + count, 2).text).toBe(`第${count}家智能制造示范企业有限公司`);
    expect(sheet.getCell(4 + count, 1).text).toBe(notes);
  });
});

describe('streamSummaryXlsx', () => {
  const failingAt = (failAt: number) =>
    (async function* () {
      for (let i = 1; ; i++) {
        if (i === failAt) throw new Error(`row ${i} unreadable`);
        yield [String(i), `第${i}家公司`, '', '', ''];
      }
    })();

  it('streams the same workbook renderSummaryXlsx returns', async () => {
    const sheet = await readBack(await buffer(await streamSummaryXlsx(table())));
    expect(sheet.getCell(4, 2).text).toBe('重庆长安汽车股份有限公司');
    expect(sheet.getCell(7, 1).text).toBe(notes);
  });

  it('rejects before handing over a stream when it fails before the first byte, so the route can answer JSON', async () => {
    await expect(streamSummaryXlsx(table({ columns: [] }))).rejects.toThrow('at least one column');
    await expect(streamSummaryXlsx(table({ rows: failingAt(1) }))).rejects.toThrow('row 1 unreadable');
  });

  it('ends the stream with the error when a row fails later, never with a truncated file that looks whole', async () => {
    await expect((async () => buffer(await streamSummaryXlsx(table({ rows: failingAt(5000) }))))()).rejects.toThrow(
      'row 5000 unreadable',
    );
  });
});

describe('renderSummaryDocx', () => {
  it('prints title, unit, date, headers, every cell and the notes', async () => {
    const buffer = await renderSummaryDocx(table());
    const { value } = await mammoth.extractRawText({ buffer });
    for (const text of [
      '智能制造优秀场景推荐汇总表',
      '推荐单位（盖章）：重庆市渝北区经济和信息化委员会',
      '填报日期：2026年12月1日',
      notes,
      ...columns.map((column) => column.title),
      ...rows.flat().flatMap((cell) => cell.split('\n')),
    ]) {
      expect(value).toContain(text);
    }
  });
});
