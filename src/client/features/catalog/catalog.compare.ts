import type { EditionMap, ScenarioRef } from '../../../shared/catalog/catalog.schemas.js';
import { type ChangeKind, changeKinds } from './catalog.relations.js';

/** One line of the comparison: the earlier scenarios, how they changed, and the later ones. */
export type ComparisonRow = { key: string; kind: ChangeKind; from: ScenarioRef[]; to: ScenarioRef[]; note: string };

function joinCodes(refs: ScenarioRef[]): string {
  return refs.map((ref) => ref.code).join('+');
}

function firstNumber(refs: ScenarioRef[]): number {
  return refs[0]?.number ?? Number.MAX_SAFE_INTEGER;
}

/** Flattens an edition map into rows ordered by the later edition's numbering (dropped ones by the earlier's). */
export function buildComparisonRows(map: EditionMap): ComparisonRow[] {
  const linkRows = map.links.map((link) => ({
    key: `${link.relation}:${joinCodes(link.from)}>${joinCodes(link.to)}`,
    kind: link.relation,
    from: link.from,
    to: link.to,
    note: link.note,
  }));
  const addedRows = map.added.map((ref) => ({
    key: `added:${ref.code}`,
    kind: 'added' as const,
    from: [],
    to: [ref],
    note: '',
  }));
  const droppedRows = map.dropped.map((ref) => ({
    key: `dropped:${ref.code}`,
    kind: 'dropped' as const,
    from: [ref],
    to: [],
    note: '',
  }));
  const continuing = [...linkRows, ...addedRows].sort((a, b) => firstNumber(a.to) - firstNumber(b.to));
  const dropped = droppedRows.sort((a, b) => firstNumber(a.from) - firstNumber(b.from));
  return [...continuing, ...dropped];
}

export function countRowsByKind(rows: ComparisonRow[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(changeKinds.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
