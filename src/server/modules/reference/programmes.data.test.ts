import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchmarkChecklistSchema,
  demoFactoryTasksSchema,
  pilotModesSchema,
} from '../../../shared/reference/programmes.schemas.js';
import { programmeDocumentKeys } from '../../seed.js';
import { compact, compactSeed, dataDir } from '../../test/seed-documents.js';

const read = (key: string) => JSON.parse(fs.readFileSync(path.join(dataDir, 'programmes', `${key}.json`), 'utf8'));
const tasks = demoFactoryTasksSchema.parse(read('demo-factory-tasks-2021'));
const modes = pilotModesSchema.parse(read('hubei-pilot-modes-2020'));
const benchmark = benchmarkChecklistSchema.parse(read('wuxi-benchmark-2023'));

/** Every printed string of a document: all string values but identifiers and units. */
function printedStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['key', 'source', 'kind', 'comparator', 'unit'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => printedStrings(item, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, item]) => printedStrings(item, name));
  return [];
}

describe('programme documents transcription', () => {
  it.each(programmeDocumentKeys)('every printed string of %s appears verbatim in its seed', (key) => {
    const document = read(key);
    const seed = compactSeed(document.source);
    expect(printedStrings(document).filter((text) => text && !seed.includes(compact(text)))).toEqual([]);
  });

  it('has the four 揭榜 industry groups with six key stages each', () => {
    expect(tasks.groups.map((group) => group.shortName)).toEqual(['原材料', '装备', '消费品', '电子信息']);
    expect(tasks.groups.map((group) => group.sectors.length)).toEqual([5, 8, 11, 1]);
    expect(tasks.groups[0]!.keyStages).toEqual([
      '生产作业',
      '质量管控',
      '设备管理',
      '安全管控',
      '能源管理',
      '环保管控',
    ]);
  });

  it('has the five Hubei modes and two new-technology directions', () => {
    expect(modes.modes.filter((mode) => mode.kind === 'mode').map((mode) => mode.name)).toEqual([
      '离散型智能制造模式',
      '流程型智能制造模式',
      '网络协同制造模式',
      '大规模个性化定制模式',
      '远程运维服务模式',
    ]);
    expect(modes.modes.filter((mode) => mode.kind === 'technology').map((mode) => mode.name)).toEqual([
      '工业互联网创新应用',
      '人工智能创新应用',
    ]);
  });

  it('keeps numeric thresholds as numbers with comparators (数控化率 > 70%)', () => {
    const metrics = modes.modes.flatMap((mode) => mode.conditions.flatMap((condition) => condition.metrics));
    expect(metrics.map(({ name, comparator, value, unit }) => ({ name, comparator, value, unit }))).toEqual([
      { name: '数控化率', comparator: '>', value: 70, unit: '%' },
      { name: '自动数采率', comparator: '>=', value: 90, unit: '%' },
      { name: '自控投用率', comparator: '>=', value: 90, unit: '%' },
    ]);
  });

  it('has the Wuxi eligibility rules and the factory and workshop checklists', () => {
    expect(benchmark.basicRequirements).toHaveLength(6);
    expect(benchmark.basicRequirements[0]!.text).toContain('在无锡市内注册满一周年的工业企业');
    expect(benchmark.types.map((type) => [type.key, type.checklist.length])).toEqual([
      ['factory', 16],
      ['workshop', 10],
      ['scenario', 45],
    ]);
  });
});
