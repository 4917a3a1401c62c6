import { describe, expect, it } from 'vitest';
import type { EditionMap, ScenarioRef } from '../../../shared/catalog/catalog.schemas.js';
import { buildComparisonRows, countRowsByKind } from './catalog.compare.js';

function ref(edition: '2022' | '2024', number: number, name: string): ScenarioRef {
  return { code: `${edition}-${String(number).padStart(2, '0')}`, edition, number, name };
}

const map: EditionMap = {
  from: '2022',
  to: '2024',
  links: [
    { from: [ref('2022', 2, '乙')], to: [ref('2024', 3, '乙二')], relation: 'renamed', note: '乙更名为乙二' },
    {
      from: [ref('2022', 3, '丙'), ref('2022', 4, '丁')],
      to: [ref('2024', 1, '丙丁')],
      relation: 'merged',
      note: '丙与丁合并为丙丁',
    },
  ],
  added: [ref('2024', 2, '新')],
  dropped: [ref('2022', 9, '旧'), ref('2022', 1, '更旧')],
};

describe('buildComparisonRows', () => {
  it('orders continuing and added scenarios by the later edition, then dropped ones by the earlier edition', () => {
    expect(
      buildComparisonRows(map).map((row) => [row.kind, row.from.map((r) => r.code), row.to.map((r) => r.code)]),
    ).toEqual([
      ['merged', ['2022-03', '2022-04'], ['2024-01']],
      ['added', [], ['2024-02']],
      ['renamed', ['2022-02'], ['2024-03']],
      ['dropped', ['2022-01'], []],
      ['dropped', ['2022-09'], []],
    ]);
  });

  it('gives every row a distinct key', () => {
    const keys = buildComparisonRows(map).map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('countRowsByKind', () => {
  it('counts every change kind, including the ones that do not occur', () => {
    expect(countRowsByKind(buildComparisonRows(map))).toEqual({
      added: 1,
      renamed: 1,
      merged: 1,
      split: 0,
      related: 0,
      same: 0,
      dropped: 2,
    });
  });
});
