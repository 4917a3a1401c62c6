import type { FieldDefinition, FormVariant } from '../calls/template.schemas.js';
import { type ApplicationData, isEmptyValue, isObject, objectAt, rowsAt, visitLeaves } from './form-walk.js';

/** Equal as JSON: key order does not matter, an `undefined` property is the same as a missing one. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameValue(item, b[index]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!isSameValue(a[key], b[key])) return false;
  return true;
}

const tokensOf = (pointer: string) => (pointer === '' ? [] : pointer.split('/').slice(1));

/** The value a JSON Pointer (`/scenarios/0/description/results`) reaches, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const token of tokensOf(pointer)) {
    if (Array.isArray(value)) value = value[Number(token)];
    else if (isObject(value)) value = value[token];
    else return undefined;
  }
  return value;
}

/** A copy of `data` with `value` at `pointer`; only the objects and arrays on the way are copied. */
export function setValueAt<T>(data: T, pointer: string, value: unknown): T {
  const [head, ...rest] = tokensOf(pointer);
  if (head === undefined) return value as T;
  const restPointer = rest.length > 0 ? `/${rest.join('/')}` : '';
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[Number(head)] = setValueAt(copy[Number(head)], restPointer, value);
    return copy as T;
  }
  const object = objectAt(data);
  return { ...object, [head]: setValueAt(object[head], restPointer, value) } as T;
}

/**
 * The PATCH body that brings the saved content to `current`: only changed sections, and of a single-field section
 * only its changed fields (the server merges a section object field by field and replaces arrays whole).
 */
export function buildDraftPatch(saved: ApplicationData, current: ApplicationData): ApplicationData {
  const patch: ApplicationData = {};
  for (const key of new Set([...Object.keys(saved), ...Object.keys(current)])) {
    const before = saved[key];
    const after = current[key];
    if (isSameValue(before, after)) continue;
    if (isObject(before) && isObject(after)) {
      const fields: Record<string, unknown> = {};
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)]))
        if (!isSameValue(before[field], after[field])) fields[field] = after[field] ?? null;
      patch[key] = fields;
    } else patch[key] = after ?? null;
  }
  return patch;
}

/** A place where both sides changed the same value differently since `base`. */
export type MergeConflict = { pointer: string; base: unknown; mine: unknown; theirs: unknown };

/**
 * Three-way merge of JSON content: a change made on one side only is kept; where both sides changed the same value
 * differently, the merge holds "mine" and names the conflict. Objects merge key by key; arrays merge item by item
 * while all three have the same length, otherwise the whole array is one conflict (rows were added or removed).
 */
export function mergeThreeWay(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  pointer = '',
): { merged: unknown; conflicts: MergeConflict[] } {
  if (isSameValue(mine, theirs) || isSameValue(theirs, base)) return { merged: mine, conflicts: [] };
  if (isSameValue(mine, base)) return { merged: theirs, conflicts: [] };
  const isObjectMerge = isObject(base) && isObject(mine) && isObject(theirs);
  const isArrayMerge =
    Array.isArray(base) &&
    Array.isArray(mine) &&
    Array.isArray(theirs) &&
    base.length === mine.length &&
    mine.length === theirs.length;
  if (!isObjectMerge && !isArrayMerge) return { merged: mine, conflicts: [{ pointer, base, mine, theirs }] };
  const conflicts: MergeConflict[] = [];
  const keys = isArrayMerge
    ? (mine as unknown[]).map((_, index) => String(index))
    : [...new Set([...Object.keys(objectAt(base)), ...Object.keys(objectAt(mine)), ...Object.keys(objectAt(theirs))])];
  const merged: Record<string, unknown> = {};
  for (const key of keys) {
    const part = mergeThreeWay(
      valueAt(base, `/${key}`),
      valueAt(mine, `/${key}`),
      valueAt(theirs, `/${key}`),
      `${pointer}/${key}`,
    );
    if (part.merged !== undefined) merged[key] = part.merged;
    conflicts.push(...part.conflicts);
  }
  return { merged: isArrayMerge ? keys.map((key) => merged[key]) : merged, conflicts };
}

/** The merge with each conflict settled as chosen ("theirs" takes the other side's value; default "mine"). */
export function resolveConflicts(
  merged: unknown,
  conflicts: MergeConflict[],
  choices: Partial<Record<string, 'mine' | 'theirs'>>,
): unknown {
  let resolved = merged;
  for (const conflict of conflicts)
    resolved = setValueAt(
      resolved,
      conflict.pointer,
      choices[conflict.pointer] === 'theirs' ? conflict.theirs : conflict.mine,
    );
  return resolved;
}

/** A piece of a text diff, in reading order. */
export type TextDiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Character comparisons above this count fall back to sentences, so a diff of long texts stays instant. */
const maxCells = 2_000_000;

function pushPart(parts: TextDiffPart[], kind: TextDiffPart['kind'], text: string) {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Longest-common-subsequence diff of two token lists. */
function diffTokens(before: string[], after: string[], parts: TextDiffPart[]) {
  const rows = before.length + 1;
  const columns = after.length + 1;
  const lengths = new Uint32Array(rows * columns);
  for (let i = before.length - 1; i >= 0; i -= 1)
    for (let j = after.length - 1; j >= 0; j -= 1)
      lengths[i * columns + j] =
        before[i] === after[j]
          ? lengths[(i + 1) * columns + j + 1]! + 1
          : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      pushPart(parts, 'same', before[i]!);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!)
      pushPart(parts, 'removed', before[i++]!);
    else pushPart(parts, 'added', after[j++]!);
  }
  while (i < before.length) pushPart(parts, 'removed', before[i++]!);
  while (j < after.length) pushPart(parts, 'added', after[j++]!);
}

const sentencesOf = (text: string) => text.match(/[^。！？；\n]*[。！？；\n]?/gu)?.filter(Boolean) ?? [];

/**
 * What changed between two texts, character by character (code points, so 汉字 and emoji stay whole). Joining the
 * same and removed parts gives `before`; joining the same and added parts gives `after`.
 */
export function diffText(before: string, after: string): TextDiffPart[] {
  const a = [...before];
  const b = [...after];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a.at(-1 - suffix) === b.at(-1 - suffix))
    suffix += 1;
  const parts: TextDiffPart[] = [];
  pushPart(parts, 'same', a.slice(0, prefix).join(''));
  const middleBefore = a.slice(prefix, a.length - suffix);
  const middleAfter = b.slice(prefix, b.length - suffix);
  if (middleBefore.length * middleAfter.length <= maxCells) diffTokens(middleBefore, middleAfter, parts);
  else {
    const sentencesBefore = sentencesOf(middleBefore.join(''));
    const sentencesAfter = sentencesOf(middleAfter.join(''));
    if (sentencesBefore.length * sentencesAfter.length <= maxCells) diffTokens(sentencesBefore, sentencesAfter, parts);
    else {
      pushPart(parts, 'removed', middleBefore.join(''));
      pushPart(parts, 'added', middleAfter.join(''));
    }
  }
  pushPart(parts, 'same', a.slice(a.length - suffix).join(''));
  return parts;
}

/** One changed value between two versions, named for people (section › row › field). */
export type FieldChange = {
  pointer: string;
  label: string;
  field: FieldDefinition | null;
  before: unknown;
  after: unknown;
};

function leavesOf(variant: FormVariant, data: ApplicationData) {
  const leaves = new Map<string, { label: string; field: FieldDefinition | null; value: unknown }>();
  for (const visit of visitLeaves(variant, data))
    leaves.set(visit.pointer, { label: visit.label, field: visit.field, value: visit.value });
  for (const section of variant.sections) {
    if (section.kind !== 'scenarios') continue;
    for (const [index, entry] of rowsAt(data[section.key]).entries())
      leaves.set(`/${section.key}/${index}/name`, {
        label: `${section.title} › 场景${index + 1} › 场景名称`,
        field: null,
        value: entry.name,
      });
  }
  return leaves;
}

/** Every value that differs between two contents of the same form, in form order (empty equals empty). */
export function diffApplicationData(variant: FormVariant, before: ApplicationData, after: ApplicationData) {
  const old = leavesOf(variant, before);
  const next = leavesOf(variant, after);
  const changes: FieldChange[] = [];
  for (const pointer of new Set([...old.keys(), ...next.keys()])) {
    const was = old.get(pointer);
    const now = next.get(pointer);
    const [a, b] = [was?.value, now?.value];
    if (isSameValue(a, b) || (isEmptyValue(a) && isEmptyValue(b))) continue;
    const { label, field } = (now ?? was)!;
    changes.push({ pointer, label, field, before: a, after: b });
  }
  return changes;
}

/** A label for any pointer into the content: a field, a table row, a whole table or scenario list. */
export function describePointer(variant: FormVariant, data: ApplicationData, pointer: string): string {
  const leaf = leavesOf(variant, data).get(pointer);
  if (leaf) return leaf.label;
  const [sectionKey, ...rest] = tokensOf(pointer);
  const section = variant.sections.find((candidate) => candidate.key === sectionKey);
  if (!section) return pointer;
  const names = [section.title];
  if (section.kind === 'scenarios' && rest[0] !== undefined) {
    const index = Number(rest[0]);
    names.push(`场景${index + 1}`);
    const sub = section.sections.find((candidate) => candidate.key === rest[1]);
    if (sub) names.push(sub.title);
    if (sub?.kind === 'table' && rest[2] !== undefined) names.push(`第${Number(rest[2]) + 1}行`);
  } else if (section.kind === 'table' && rest[0] !== undefined) names.push(`第${Number(rest[0]) + 1}行`);
  return names.join(' › ');
}
