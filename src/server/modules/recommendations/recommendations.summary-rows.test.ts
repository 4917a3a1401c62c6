import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import { loadCallTemplates, variantOf } from '../calls/calls.templates.js';
import { notesLine } from './recommendations.summary.js';
import {
  type CatalogScenario,
  scenarioCell,
  scenarioLabel,
  summaryColumns,
  summaryRows,
} from './recommendations.summary-rows.js';

const templates = loadCallTemplates(path.resolve('data'));
const variant = (templateId: string, key?: string): FormVariant => variantOf(templates.get(templateId)!, key)!;

/** The scenarios 000_… 附件5's example cell lists (2021 edition numbering). */
const catalog = new Map<string, CatalogScenario>(
  [
    { code: '2021-06', name: '工艺数字化设计', stage: '工艺设计', stageNumber: 1, number: 6 },
    { code: '2021-12', name: '先进过程控制', stage: '生产作业', stageNumber: 2, number: 12 },
    { code: '2021-20', name: '设备故障诊断与预测', stage: '设备管理', stageNumber: 3, number: 20 },
  ].map((scenario) => [scenario.code, scenario]),
);

const application = (name: string, codes: string[]) => ({
  enterpriseName: name,
  data: {
    scenarios: codes.map((code) => ({ code })),
    contact: { name: '张伟', mobile: '13800000001' },
  },
});

describe('scenarioLabel / scenarioCell', () => {
  it('prints "环节序号.环节-场景序号.场景" as 000_… 附件5 does', () => {
    expect(scenarioLabel({ code: '2021-06' }, catalog)).toBe('1.工艺设计-6.工艺数字化设计');
    expect(scenarioLabel({ code: '2021-20' }, catalog)).toBe('3.设备管理-20.设备故障诊断与预测');
  });

  it('prints an enterprise’s own scenario by its name, and a scenario without stage name without the stage', () => {
    expect(scenarioLabel({ name: '自建场景：能耗看板' }, catalog)).toBe('自建场景：能耗看板');
    const bare = new Map([['x', { code: 'x', name: '场景甲', stage: '', stageNumber: 4, number: 2 }]]);
    expect(scenarioLabel({ code: 'x' }, bare)).toBe('2.场景甲');
  });

  it('puts one scenario on each line, each but the last closed by "；"', () => {
    expect(scenarioCell(['1.工艺设计-6.工艺数字化设计', '2.生产作业-12.先进过程控制'])).toBe(
      '1.工艺设计-6.工艺数字化设计；\n2.生产作业-12.先进过程控制',
    );
    expect(scenarioCell(['1.工艺设计-6.工艺数字化设计'])).toBe('1.工艺设计-6.工艺数字化设计');
    expect(scenarioCell([])).toBe('');
  });
});

describe('summaryRows', () => {
  it('fills 000_… 附件5’s columns: 序号, enterprise, scenarios one a line, contact and mobile', () => {
    const form = variant('excellent-scenario', 'provincial2023');
    expect(form.summaryTable.columns.map((column) => column.title)).toEqual([
      '序号',
      '申报企业名称',
      '申报智能制造场景（罗列）',
      '联系人',
      '联系方式（手机号）',
    ]);
    const rows = summaryRows(
      form,
      [
        { rank: 1, row: application('重庆长安汽车股份有限公司', ['2021-06', '2021-12', '2021-20']) },
        { rank: 2, row: application('重庆智能装备有限公司', ['2021-20']) },
      ],
      catalog,
    );
    expect(rows).toEqual([
      [
        '1',
        '重庆长安汽车股份有限公司',
        '1.工艺设计-6.工艺数字化设计；\n2.生产作业-12.先进过程控制；\n3.设备管理-20.设备故障诊断与预测',
        '张伟',
        '13800000001',
      ],
      ['2', '重庆智能装备有限公司', '3.设备管理-20.设备故障诊断与预测', '张伟', '13800000001'],
    ]);
  });

  it('adds 推荐单位 after 序号 for the combined table, so equal ranks of two provinces stay apart', () => {
    const form = variant('excellent-scenario', 'national2021');
    const columns = summaryColumns(form, true);
    expect(columns.map((column) => column.title)).toEqual([
      '序号',
      '推荐单位',
      '申报企业名称',
      '申报智能制造典型场景（罗列）',
      '联系人',
      '联系方式（手机号）',
    ]);
    expect(summaryColumns(form, false)).toEqual(form.summaryTable.columns);
    const rows = summaryRows(
      form,
      [
        { rank: 1, unitName: '湖北省经济和信息化厅', row: application('甲公司', ['2021-06']) },
        { rank: 1, unitName: '河南省工业和信息化厅', row: application('乙公司', []) },
      ],
      catalog,
      columns,
    );
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', '湖北省经济和信息化厅', '甲公司'],
      ['1', '河南省工业和信息化厅', '乙公司'],
    ]);
  });
});

describe('the 注 of each template', () => {
  it('prints the notes of the seed each variant follows', () => {
    const printed = (templateId: string, key?: string) => notesLine(variant(templateId, key).summaryTable.notes ?? []);
    // 000_… 附件5
    expect(printed('excellent-scenario', 'provincial2023')).toBe('注：各地推荐智能制造试点示范企业排名有先后');
    // 001_… 附件6 and 附件7
    expect(printed('excellent-scenario', 'national2021')).toBe(
      '注：1.推荐智能制造典型场景排名有先后；2.推荐数量不能超过规定的上限。',
    );
    expect(printed('demo-factory')).toBe('注：1.推荐智能制造示范工厂排名有先后；2.推荐数量不能超过规定的上限。');
    // 002_… 附件2
    expect(printed('hubei-pilot')).toBe('注：推荐试点示范项目排名有先后。');
    // 003_… prints no summary table, so no notes of its own.
    expect(printed('wuxi-benchmark')).toBeNull();
  });
});
