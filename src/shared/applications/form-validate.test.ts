import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallTemplate, callTemplateSchema, type FormVariant } from '../calls/template.schemas.js';
import { exampleApplicationData, mergeApplicationData, normalizeApplicationData } from './form-normalize.js';
import { draftDataSchema, formJsonSchema } from './form-schema.js';
import { validateApplicationData } from './form-validate.js';
import { type FormContext, shownSections } from './form-walk.js';

const root = path.resolve(import.meta.dirname, '../../..');
const templates: CallTemplate[] = ['excellent-scenario', 'demo-factory', 'hubei-pilot', 'wuxi-benchmark'].map((id) =>
  callTemplateSchema.parse(JSON.parse(fs.readFileSync(path.join(root, 'data/templates', `${id}.json`), 'utf8'))),
);
const edition = JSON.parse(fs.readFileSync(path.join(root, 'data/catalog/2024.json'), 'utf8')) as {
  stages: Array<{ scenarios: Array<{ number: number; name: string }> }>;
};
const scenarios = edition.stages.flatMap((stage) =>
  stage.scenarios.map((scenario) => ({
    code: `2024-${String(scenario.number).padStart(2, '0')}`,
    name: scenario.name,
  })),
);
const context: FormContext = { callYear: 2026, callOpensAt: '2026-11-01T00:00:00+08:00', scenarios, profile: {} };

/** A small form with one limited textarea, a required number and a scenario section. */
const variant = (maxChars: number): FormVariant => ({
  key: 'test',
  title: '测试表',
  version: 1,
  source: 'test',
  commitment: '承诺',
  sections: [
    {
      kind: 'fields',
      key: 'basics',
      title: '基本情况',
      fields: [
        { key: 'intro', title: '企业简介', type: 'textarea', required: true, maxChars, example: '简介' },
        { key: 'staff', title: '从业人数', type: 'integer', required: true, min: 0, example: 10 },
        { key: 'a', title: '甲', type: 'number', required: false, example: 1 },
        { key: 'b', title: '乙', type: 'number', required: false, example: 2 },
        {
          key: 'total',
          title: '合计',
          type: 'number',
          required: false,
          compute: { kind: 'sum', of: ['a', 'b'] },
          example: 3,
        },
      ],
    },
  ],
  checks: [],
  attachments: [],
  checklist: [],
  summaryTable: { title: '汇总', columns: [] },
  restrictions: { perEnterprise: 1 },
  quotas: [],
});

describe('word limits', () => {
  it('flags a text exactly when its non-whitespace count exceeds the printed limit, naming the field and count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 500 }), (limit, length) => {
        const text = '智 能'.repeat(length);
        const problems = validateApplicationData(variant(limit), { basics: { intro: text, staff: 5 } }, context);
        const count = length * 2;
        if (count > limit) {
          expect(problems).toHaveLength(1);
          expect(problems[0]!.path).toBe('/data/basics/intro');
          expect(problems[0]!.message).toContain(`${count}/${limit}字`);
          expect(problems[0]!.message).toContain('企业简介');
        } else
          expect(problems.filter((problem) => problem.path === '/data/basics/intro')).toEqual(
            length === 0 ? [{ path: '/data/basics/intro', message: '请填写“基本情况 › 企业简介”' }] : [],
          );
      }),
    );
  });

  it('accepts an over-limit draft unchanged: drafts are never truncated', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 2000 }), (text) => {
        const parsed = draftDataSchema(variant(10)).parse({ basics: { intro: text } });
        expect(parsed.basics).toEqual({ intro: text });
      }),
    );
  });
});

describe('normalisation', () => {
  it('computes totals and ignores what the applicant sets on a computed field', () => {
    const merged = mergeApplicationData({ basics: { a: 1, b: 2 } }, { basics: { total: 999, b: 5 } });
    expect(normalizeApplicationData(variant(10), merged, context).basics).toMatchObject({ a: 1, b: 5, total: 6 });
  });

  it('merges a section field by field and replaces arrays whole', () => {
    expect(mergeApplicationData({ s: { x: 1, y: 2 }, t: [1, 2] }, { s: { y: 3 }, t: [9] })).toEqual({
      s: { x: 1, y: 3 },
      t: [9],
    });
  });
});

/** A Hubei application with its first numeric 要素条件 (数控化率 > 70) entered exactly at the threshold. */
function atHubeiThreshold() {
  const hubei = templates[2]!.variants[0]!;
  const data = exampleApplicationData(hubei, context);
  const check = hubei.checks.find((candidate) => candidate.kind === 'compare' && candidate.op === '>');
  if (check?.kind !== 'compare') throw new Error('no threshold check');
  const [, section, field] = check.path.split('/');
  const low = { ...data, [section!]: { ...(data[section!] as object), [field!]: Number(check.value) } };
  return { hubei, check, problems: validateApplicationData(hubei, low, context) };
}

describe('the four templates', () => {
  for (const template of templates)
    for (const form of template.variants) {
      it(`${template.id}/${form.key}: the first examples make an application that passes validation`, () => {
        const data = exampleApplicationData(form, context);
        expect(validateApplicationData(form, data, context)).toEqual([]);
        expect(draftDataSchema(form).safeParse(data).success).toBe(true);
      });

      it(`${template.id}/${form.key}: an empty application names every required field in Chinese`, () => {
        const problems = validateApplicationData(form, {}, context);
        expect(problems.length).toBeGreaterThan(5);
        for (const problem of problems) {
          expect(problem.path).toMatch(/^\/data\//);
          expect(problem.message).toMatch(/[\u4e00-\u9fa5]/);
        }
      });

      it(`${template.id}/${form.key}: the JSON Schema gives every leaf an example and the printed limits`, () => {
        const schema = formJsonSchema(form, context);
        const leaves: Array<Record<string, unknown>> = [];
        const walk = (node: Record<string, unknown>) => {
          if (node.properties)
            for (const child of Object.values(node.properties)) walk(child as Record<string, unknown>);
          else if (node.type === 'array' && (node.items as Record<string, unknown>)?.properties)
            walk(node.items as Record<string, unknown>);
          else leaves.push(node);
        };
        walk(schema);
        for (const leaf of leaves) expect(Array.isArray(leaf.examples)).toBe(true);
        const limits = form.sections.flatMap((section) =>
          (section.kind === 'scenarios' ? section.sections : [section]).flatMap((leaf) =>
            leaf.kind === 'fields' ? leaf.fields : leaf.columns,
          ),
        );
        // The scenario name's own cap (100) is not a printed limit.
        const maxLengths = leaves
          .filter((leaf) => leaf.title !== '场景名称')
          .map((leaf) => leaf.maxLength)
          .filter((value) => value !== undefined);
        expect(maxLengths.sort()).toEqual(
          limits
            .map((field) => field.maxChars)
            .filter((value) => value !== undefined)
            .sort(),
        );
      });
    }

  it('prints the national 附4-1 limits 150/150/300/150/200/150 and 3,000 per scenario', () => {
    const national = templates[0]!.variants.find((form) => form.key === 'national2021')!;
    const section = national.sections.find((candidate) => candidate.kind === 'scenarios');
    if (section?.kind !== 'scenarios') throw new Error('no scenarios section');
    expect(section.maxChars).toBe(3000);
    const description = section.sections.find((sub) => sub.key === 'description');
    if (description?.kind !== 'fields') throw new Error('no description');
    expect(description.fields.map((field) => field.maxChars).filter(Boolean)).toEqual([150, 150, 300, 150, 200, 150]);
  });

  it('checks the Hubei numeric element conditions against the values entered', () => {
    const { check, problems } = atHubeiThreshold();
    expect(problems.map((problem) => problem.message)).toContain(check.message);
  });
});

describe('示范工厂 (demo-factory)', () => {
  const factory = templates[1]!.variants[0]!;
  const example = exampleApplicationData(factory, context);
  const withTask = (task: Record<string, unknown>) => ({
    ...example,
    task: { ...(example.task as object), ...task },
  });
  const stagesOf = (industry: string) => {
    const check = factory.checks.find(
      (candidate) => candidate.kind === 'includesAll' && candidate.when?.equals === industry,
    );
    if (check?.kind !== 'includesAll') throw new Error(`no 重点环节 check for ${industry}`);
    return check.value;
  };

  it('asks each of the four industries for its six 重点环节 from the 2021 task list', () => {
    expect(stagesOf('装备制造')).toEqual(['工艺设计', '计划调度', '生产作业', '质量管控', '设备管理', '供应链管理']);
    expect(stagesOf('原材料')).toEqual(['生产作业', '质量管控', '设备管理', '安全管控', '能源管理', '环保管控']);
    expect(stagesOf('消费品')).toEqual(['计划调度', '生产作业', '仓储配送', '质量管控', '营销管理', '供应链管理']);
    expect(stagesOf('电子信息')).toEqual(['工艺设计', '计划调度', '生产作业', '仓储配送', '质量管控', '设备管理']);
  });

  it('names the 重点环节 still missing for the chosen industry, and accepts extra ones', () => {
    const missing = withTask({ industry: '原材料', keyStages: ['生产作业', '质量管控', '设备管理', '工厂设计'] });
    const problems = validateApplicationData(factory, normalizeApplicationData(factory, missing, context), context);
    const stageProblem = problems.find((problem) => problem.path === '/data/task/keyStages');
    expect(stageProblem?.message).toContain('尚缺：安全管控、能源管理、环保管控');
    const complete = withTask({ industry: '原材料', keyStages: [...stagesOf('原材料'), '模式创新'] });
    expect(
      validateApplicationData(factory, normalizeApplicationData(factory, complete, context), context).filter(
        (problem) => problem.path === '/data/task/keyStages',
      ),
    ).toEqual([]);
  });

  it('computes the rise in 数控化率 and 联网率 from the values before and now, in percentage points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (before, now, missing) => {
          const effects = { ncRateBefore: missing ? null : before / 10, ncRate: now / 10, ncRateGain: 999 };
          const data = normalizeApplicationData(factory, { ...example, effects }, context);
          const gain = (data.effects as Record<string, unknown>).ncRateGain;
          expect(gain).toBe(missing ? null : Math.round((now - before) * 10) / 100);
        },
      ),
    );
    const data = normalizeApplicationData(factory, example, context);
    expect(data.effects).toMatchObject({ networkingRateGain: expect.any(Number) });
  });
});

describe('threshold checks while drafting', () => {
  it('marks a Hubei numeric condition as a warning, and other problems without severity', () => {
    const { hubei, check, problems } = atHubeiThreshold();
    expect(problems.find((problem) => problem.message === check.message)?.severity).toBe('warning');
    const empty = validateApplicationData(hubei, {}, context);
    expect(empty.every((problem) => problem.severity === undefined)).toBe(true);
  });
});

describe("sections shown by the applicant's choice (showIf)", () => {
  const hubei = templates[2]!.variants[0]!;
  const wuxi = templates[3]!.variants[0]!;
  const hubeiModes: Record<string, string> = {
    discrete: '离散型智能制造模式',
    process: '流程型智能制造模式',
    networkedCollaboration: '网络协同制造模式',
    massCustomization: '大规模个性化定制模式',
    remoteMaintenance: '远程运维服务模式',
  };
  const example = exampleApplicationData(hubei, context);
  /** The example in one mode, with every other mode's section (and the new-technology ones) left empty. */
  const inMode = (modeSection: string, filled: string = modeSection) => {
    const data: Record<string, unknown> = { ...example };
    for (const key of [...Object.keys(hubeiModes), 'industrialInternet', 'artificialIntelligence'])
      data[key] = key === filled ? example[key] : {};
    data.mode = {
      mode: hubeiModes[modeSection],
      appliesIndustrialInternet: false,
      appliesArtificialIntelligence: false,
    };
    return data;
  };

  it("a Hubei application in any one mode is valid with the other modes' sections empty", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(hubeiModes)), (mode) => {
        expect(validateApplicationData(hubei, inMode(mode), context)).toEqual([]);
        expect(shownSections(hubei, inMode(mode)).map((section) => section.key)).toContain(mode);
        for (const other of Object.keys(hubeiModes).filter((key) => key !== mode))
          expect(shownSections(hubei, inMode(mode)).map((section) => section.key)).not.toContain(other);
      }),
    );
  });

  it("filling another mode's 要素条件 does not satisfy the chosen one, and the other mode is not judged", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(hubeiModes)),
        fc.constantFrom(...Object.keys(hubeiModes)),
        (chosen, filled) => {
          fc.pre(chosen !== filled);
          const problems = validateApplicationData(hubei, inMode(chosen, filled), context);
          expect(problems.length).toBeGreaterThan(0);
          expect(problems.every((problem) => problem.path.startsWith(`/data/${chosen}/`))).toBe(true);
          expect(problems.every((problem) => problem.message.startsWith(hubeiModes[chosen]!))).toBe(true);
        },
      ),
    );
  });

  it('a hidden section is not validated even when it holds wrong values (数控化率 50 in another mode)', () => {
    const data: Record<string, unknown> = {
      ...inMode('process'),
      discrete: { ...(example.discrete as object), ncRate: 50 },
    };
    expect(validateApplicationData(hubei, data, context)).toEqual([]);
    const asDiscrete = { ...data, mode: { ...(data.mode as object), mode: hubeiModes.discrete } };
    expect(validateApplicationData(hubei, asDiscrete, context).map((problem) => problem.path)).toEqual([
      '/data/discrete/ncRate',
    ]);
  });

  it('the new-technology sections count only when the applicant says they apply', () => {
    const without = inMode('discrete');
    expect(validateApplicationData(hubei, without, context)).toEqual([]);
    const withInternet = { ...without, mode: { ...(without.mode as object), appliesIndustrialInternet: true } };
    const problems = validateApplicationData(hubei, withInternet, context);
    expect(problems.map((problem) => problem.path)).toEqual([
      '/data/industrialInternet/networkBuild',
      '/data/industrialInternet/identifierResolution',
      '/data/industrialInternet/softwareInterconnection',
      '/data/industrialInternet/platformUse',
      '/data/industrialInternet/networkSecurity',
    ]);
  });

  it('Wuxi shows 智能工厂, 智能车间 and 智能场景 only their own sections', () => {
    const wuxiExample = exampleApplicationData(wuxi, context);
    const ownSection: Record<string, string> = { 智能工厂: 'factory', 智能车间: 'workshop', 智能场景: 'scenario' };
    for (const [type, own] of Object.entries(ownSection)) {
      const keys = shownSections(wuxi, { ...wuxiExample, type: { type } }).map((section) => section.key);
      expect(keys.filter((key) => Object.values(ownSection).includes(key))).toEqual([own]);
    }
    const onlyWorkshop = { ...wuxiExample, type: { type: '智能车间' }, factory: {}, scenario: {} };
    expect(validateApplicationData(wuxi, onlyWorkshop, context)).toEqual([]);
  });

  it("the JSON Schema requires a mode's section only under its condition (if/then), never unconditionally", () => {
    const schema = formJsonSchema(hubei, context) as { required: string[]; allOf: Array<Record<string, unknown>> };
    for (const key of [...Object.keys(hubeiModes), 'industrialInternet', 'artificialIntelligence'])
      expect(schema.required).not.toContain(key);
    const thenOf = (condition: Record<string, unknown>) =>
      schema.allOf.find((entry) => JSON.stringify(entry.if) === JSON.stringify(condition))?.then;
    expect(
      thenOf({
        properties: { mode: { properties: { mode: { const: '流程型智能制造模式' } }, required: ['mode'] } },
        required: ['mode'],
      }),
    ).toEqual({ required: ['process'] });
    expect(
      thenOf({
        properties: {
          mode: { properties: { appliesIndustrialInternet: { const: true } }, required: ['appliesIndustrialInternet'] },
        },
        required: ['mode'],
      }),
    ).toEqual({ required: ['industrialInternet'] });
    expect(schema.allOf).toHaveLength(7);
    expect(schema.required).toContain('enterprise');
  });
});
