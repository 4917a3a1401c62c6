import type { MapRelation } from '../../../shared/catalog/catalog.schemas.js';

/** How a scenario changed between two editions: a map relation, or added (新增) / dropped (删除). */
export type ChangeKind = MapRelation | 'added' | 'dropped';

/** Display order on the comparison page: what is new first, then how old scenarios continue. */
export const changeKinds: readonly ChangeKind[] = ['added', 'renamed', 'merged', 'split', 'related', 'same', 'dropped'];

export const changeLabels: Record<ChangeKind, string> = {
  added: '新增',
  renamed: '更名',
  merged: '合并',
  split: '拆分',
  related: '相关',
  same: '沿用',
  dropped: '删除',
};

/** Solid tag backgrounds, dark enough that their white text stays above WCAG AA contrast (≥ 4.5:1). */
export const changeColors: Record<ChangeKind, string> = {
  added: '#0e6e55',
  renamed: '#0b4a8b',
  merged: '#6b3fa0',
  split: '#8a4b00',
  related: '#4a5568',
  same: '#2f6b3a',
  dropped: '#a61d24',
};

export function isChangeKind(value: string | null): value is ChangeKind {
  return value !== null && (changeKinds as readonly string[]).includes(value);
}
