import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callTemplateSchema } from '../calls/template.schemas.js';
import {
  buildDraftPatch,
  describePointer,
  diffApplicationData,
  diffText,
  isSameValue,
  mergeThreeWay,
  resolveConflicts,
  setValueAt,
  type TextDiffPart,
  valueAt,
} from './diff.rules.js';
import { exampleApplicationData, mergeApplicationData } from './form-normalize.js';
import type { ApplicationData, FormContext } from './form-walk.js';

const join = (parts: TextDiffPart[], kinds: TextDiffPart['kind'][]) =>
  parts
    .filter((part) => kinds.includes(part.kind))
    .map((part) => part.text)
    .join('');

/** Short texts over a small alphabet (汉字, punctuation, whitespace, an astral emoji) so they share characters. */
const text = fc
  .array(fc.constantFrom('智', '能', '制', '造', '。', ' ', '\n', 'a', '1', '😀'), { maxLength: 40 })
  .map((characters) => characters.join(''));

/** Leaf values as application content holds them. */
const leaf = fc.oneof(text, fc.integer({ min: -5, max: 5 }), fc.boolean(), fc.constant(null));
const sectionKeys = ['enterprise', 'contact', 'overview'] as const;
const fieldKeys = ['name', 'phone', 'intro'] as const;
const fieldsSection = fc.record(
  Object.fromEntries(fieldKeys.map((key) => [key, leaf])) as Record<(typeof fieldKeys)[number], typeof leaf>,
  { requiredKeys: [] },
);
const table = fc.array(fc.record({ item: leaf, amount: leaf }), { maxLength: 3 });
const applicationData: fc.Arbitrary<ApplicationData> = fc.record(
  {
    ...(Object.fromEntries(sectionKeys.map((key) => [key, fieldsSection])) as Record<
      (typeof sectionKeys)[number],
      typeof fieldsSection
    >),
    equipment: table,
  },
  { requiredKeys: [] },
);

describe('text diff', () => {
  it('keeps both texts: same + removed parts give the old text, same + added parts the new one', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = diffText(before, after);
        expect(join(parts, ['same', 'removed'])).toBe(before);
        expect(join(parts, ['same', 'added'])).toBe(after);
        for (const [index, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          if (index > 0) expect(part.kind).not.toBe(parts[index - 1]!.kind);
        }
      }),
    );
  });

  it('finds nothing to mark in an unchanged text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(diffText(value, value).every((part) => part.kind === 'same')).toBe(true);
      }),
    );
  });

  it('marks an inserted phrase as added and nothing else', () => {
    expect(diffText('企业简介。', '企业基本简介。')).toEqual([
      { kind: 'same', text: '企业' },
      { kind: 'added', text: '基本' },
      { kind: 'same', text: '简介。' },
    ]);
  });

  it('still reconstructs both sides of long, unrelated texts (sentence-level fallback)', () => {
    const before = '甲乙丙丁。'.repeat(700);
    const after = '子丑寅卯。'.repeat(700);
    const parts = diffText(before, after);
    expect(join(parts, ['same', 'removed'])).toBe(before);
    expect(join(parts, ['same', 'added'])).toBe(after);
  });
});

/** Content as the server keeps it after a merge: a field set to null reads as absent. */
const withoutNullFields = (data: ApplicationData) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null))
        : value,
    ]),
  );

describe('draft patch', () => {
  it('brings the saved content to the current one through the server merge', () => {
    fc.assert(
      fc.property(applicationData, applicationData, (saved, current) => {
        const merged = mergeApplicationData(saved, buildDraftPatch(saved, current));
        expect(isSameValue(withoutNullFields(merged), withoutNullFields(current))).toBe(true);
      }),
    );
  });

  it('sends only sections that changed, and of a fields section only the changed fields', () => {
    fc.assert(
      fc.property(applicationData, applicationData, (saved, current) => {
        const patch = buildDraftPatch(saved, current);
        for (const [key, value] of Object.entries(patch)) {
          expect(isSameValue(saved[key], current[key])).toBe(false);
          if (value && typeof value === 'object' && !Array.isArray(value) && saved[key] && !Array.isArray(saved[key]))
            for (const field of Object.keys(value))
              expect(isSameValue(valueAt(saved, `/${key}/${field}`), valueAt(current, `/${key}/${field}`))).toBe(false);
        }
      }),
    );
    expect(buildDraftPatch({ a: { x: 1, y: 2 } }, { a: { x: 1, y: 3 } })).toEqual({ a: { y: 3 } });
  });
});

describe('three-way merge', () => {
  it('takes the other side whole when only one side changed', () => {
    fc.assert(
      fc.property(applicationData, applicationData, (base, changed) => {
        expect(mergeThreeWay(base, changed, base)).toEqual({ merged: changed, conflicts: [] });
        expect(mergeThreeWay(base, base, changed)).toEqual({ merged: changed, conflicts: [] });
      }),
    );
  });

  it('names conflicts only where both sides changed the same value differently', () => {
    fc.assert(
      fc.property(applicationData, applicationData, applicationData, (base, mine, theirs) => {
        const { conflicts } = mergeThreeWay(base, mine, theirs);
        for (const conflict of conflicts) {
          expect(isSameValue(conflict.mine, conflict.base)).toBe(false);
          expect(isSameValue(conflict.theirs, conflict.base)).toBe(false);
          expect(isSameValue(conflict.mine, conflict.theirs)).toBe(false);
          expect(valueAt(mine, conflict.pointer)).toEqual(conflict.mine);
        }
      }),
    );
  });

  it('keeps both sides when they changed different fields, and settles a conflict as chosen', () => {
    fc.assert(
      fc.property(fieldsSection, leaf, leaf, (section, mineValue, theirValue) => {
        const base = { overview: { ...section, name: 'base-name', intro: 'base-intro' } };
        const mine = setValueAt(base, '/overview/name', mineValue);
        const theirs = setValueAt(base, '/overview/intro', theirValue);
        const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(valueAt(merged, '/overview/name')).toEqual(mineValue);
        expect(valueAt(merged, '/overview/intro')).toEqual(theirValue);
      }),
    );
    const base = { overview: { intro: '原文' } };
    const result = mergeThreeWay(base, { overview: { intro: '我的' } }, { overview: { intro: '他的' } });
    expect(result.conflicts.map((conflict) => conflict.pointer)).toEqual(['/overview/intro']);
    expect(resolveConflicts(result.merged, result.conflicts, {})).toEqual({ overview: { intro: '我的' } });
    expect(resolveConflicts(result.merged, result.conflicts, { '/overview/intro': 'theirs' })).toEqual({
      overview: { intro: '他的' },
    });
  });
});

describe('pointers', () => {
  it('sets a value where valueAt reads it back, leaving the original untouched', () => {
    fc.assert(
      fc.property(applicationData, fc.constantFrom(...sectionKeys), fc.constantFrom(...fieldKeys), (data, s, f) => {
        const before = structuredClone(data);
        const next = setValueAt(data, `/${s}/${f}`, 'x');
        expect(valueAt(next, `/${s}/${f}`)).toBe('x');
        expect(data).toEqual(before);
      }),
    );
  });
});

describe('application diff', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const template = callTemplateSchema.parse(
    JSON.parse(fs.readFileSync(path.join(root, 'data/templates/excellent-scenario.json'), 'utf8')),
  );
  const variant = template.variants[0]!;
  const context: FormContext = {
    callYear: 2026,
    callOpensAt: '2026-11-01T00:00:00+08:00',
    scenarios: [{ code: '2024-01', name: '工厂数字化规划设计' }],
    profile: {},
  };
  const example = exampleApplicationData(variant, context);

  it('lists one labelled change for one edited description', () => {
    const edited = setValueAt(example, '/scenarios/0/description/results', '新的实施成果');
    expect(diffApplicationData(variant, example, example)).toEqual([]);
    const changes = diffApplicationData(variant, example, edited);
    expect(changes.map(({ pointer, after }) => ({ pointer, after }))).toEqual([
      { pointer: '/scenarios/0/description/results', after: '新的实施成果' },
    ]);
    expect(changes[0]!.label).toContain('实施成果');
    expect(changes[0]!.field?.type).toBe('textarea');
  });

  it('names rows and scenarios of conflicts that are not single fields', () => {
    expect(describePointer(variant, example, '/financials/1')).toBe('近三年发展情况 › 第2行');
    expect(describePointer(variant, example, '/scenarios/0/equipment')).toBe(
      '场景建设情况 › 场景1 › 具体场景采用的关键装备、软件/系统及新技术情况',
    );
  });
});
