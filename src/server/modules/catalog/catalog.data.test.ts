import { describe, expect, it } from 'vitest';
import { compact, compactSeed, dataDir } from '../../test/seed-documents.js';
import { expectedEditionCounts } from './catalog.expected.js';
import { catalogEditionIds, type EditionFile, readCatalogFiles, scenarioCode } from './catalog.seed.js';

const { editions, map } = readCatalogFiles(dataDir);
const byId = new Map<string, EditionFile>(editions.map((edition) => [edition.id, edition]));
const scenariosOf = (id: string) => byId.get(id)!.stages.flatMap((stage) => stage.scenarios);
const codesOf = (id: string) => scenariosOf(id).map((scenario) => scenarioCode(id, scenario.number));

describe('scenario catalogue transcription', () => {
  it.each(catalogEditionIds)('edition %s has the stage and scenario counts its document prints', (id) => {
    const edition = byId.get(id)!;
    expect({ stages: edition.stages.length, scenarios: scenariosOf(id).length }).toEqual(expectedEditionCounts[id]);
  });

  it.each(catalogEditionIds)('edition %s numbers its stages and scenarios 1..N without gaps', (id) => {
    const edition = byId.get(id)!;
    expect(edition.stages.map((stage) => stage.number)).toEqual(edition.stages.map((_, index) => index + 1));
    expect(scenariosOf(id).map((scenario) => scenario.number)).toEqual(scenariosOf(id).map((_, index) => index + 1));
  });

  it.each(catalogEditionIds)(
    'every name and description of edition %s is printed verbatim in its seed document',
    (id) => {
      const edition = byId.get(id)!;
      const seed = compactSeed(edition.source);
      const missing = [
        ...edition.stages.map((stage) => stage.name),
        ...edition.stages.map((stage) => stage.summary).filter(Boolean),
        ...scenariosOf(id).flatMap((scenario) => [scenario.name, scenario.description]),
      ].filter((text) => !seed.includes(compact(text)));
      expect(missing).toEqual([]);
    },
  );

  it('the 2022 edition agrees with its second print in 003 (all 45 names)', () => {
    const seed = compactSeed('003_075631c92597cdcb.txt');
    expect(scenariosOf('2022').filter((scenario) => !seed.includes(compact(scenario.description)))).toEqual([]);
  });

  it('uses 生产计划优化 for 2022 scenario 8, not the misprint 生产计优化 of 000', () => {
    expect(scenariosOf('2022')[7]!.name).toBe('生产计划优化');
  });

  it('keeps sample full texts exactly as printed', () => {
    expect(scenariosOf('2022')[15]).toEqual({
      number: 16,
      name: '智能在线检测',
      description:
        '部署智能检测装备，融合5G、机器视觉、缺陷机理分析、物性和成分分析等技术，开展产品质量等在线检测、分析、评级、预测。',
    });
    expect(byId.get('2024')!.stages.map((stage) => stage.name)).toEqual([
      '工厂建设',
      '产品设计',
      '工艺设计',
      '计划调度',
      '生产作业',
      '质量管控',
      '设备管理',
      '仓储物流',
      '安全管控',
      '能碳管理',
      '环保管理',
      '营销与售后',
      '供应链管理',
      '信息基础设施',
      '多环节模式创新',
    ]);
    expect(scenariosOf('2024')[0]!.name).toBe('工厂数字化设计与交付');
    expect(byId.get('2024')!.documentNo).toBe('工信厅通装函〔2024〕361号');
    expect(byId.get('2021')!.stages[0]!.name).toBe('工厂设计');
  });
});

describe('cross-edition map', () => {
  it('covers the three edition pairs', () => {
    expect(map.pairs.map((pair) => `${pair.from}->${pair.to}`).sort()).toEqual([
      '2021->2022',
      '2021->2024',
      '2022->2024',
    ]);
  });

  it.each(map.pairs.map((pair) => [`${pair.from}->${pair.to}`, pair] as const))(
    '%s: every earlier scenario is continued or dropped, never both',
    (_label, pair) => {
      const linked = new Set(pair.links.flatMap((link) => link.from));
      const dropped = new Set(pair.dropped);
      expect([...linked].filter((code) => dropped.has(code))).toEqual([]);
      expect(codesOf(pair.from).filter((code) => !linked.has(code) && !dropped.has(code))).toEqual([]);
      expect([...linked, ...dropped].filter((code) => !codesOf(pair.from).includes(code))).toEqual([]);
    },
  );

  it.each(map.pairs.map((pair) => [`${pair.from}->${pair.to}`, pair] as const))(
    '%s: every later scenario continues something or is new, never both',
    (_label, pair) => {
      const linked = new Set(pair.links.flatMap((link) => link.to));
      const added = new Set(pair.added);
      expect([...linked].filter((code) => added.has(code))).toEqual([]);
      expect(codesOf(pair.to).filter((code) => !linked.has(code) && !added.has(code))).toEqual([]);
      expect([...linked, ...added].filter((code) => !codesOf(pair.to).includes(code))).toEqual([]);
    },
  );

  it('marks merged links with several earlier scenarios and split links with several later ones', () => {
    for (const link of map.pairs.flatMap((pair) => pair.links)) {
      if (link.relation === 'merged') expect(link.from.length).toBeGreaterThan(1);
      if (link.relation === 'split') expect(link.to.length).toBeGreaterThan(1);
      if (link.relation === 'same') expect([link.from.length, link.to.length]).toEqual([1, 1]);
    }
  });

  it('links same-named scenarios with relation "same" only when the names are equal', () => {
    const names = new Map(
      catalogEditionIds.flatMap((id) => scenariosOf(id).map((s) => [scenarioCode(id, s.number), s.name])),
    );
    for (const link of map.pairs.flatMap((pair) => pair.links).filter((l) => l.relation === 'same')) {
      expect(names.get(link.to[0]!)).toBe(names.get(link.from[0]!));
    }
  });
});
