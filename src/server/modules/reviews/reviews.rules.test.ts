import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateApplicationData } from '../../../shared/applications/form-validate.js';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import { hasRequiredReason } from '../../../shared/reviews/reviews.rules.js';
import { attachmentProblems, stampedProblems } from '../applications/applications.rules.js';
import { loadCallTemplates, variantOf } from '../calls/calls.templates.js';
import { judgeItem, missingItems, type ReviewFacts } from './reviews.rules.js';

const templates = loadCallTemplates(path.resolve('data'));
const variant = (templateId: string, key?: string): FormVariant => variantOf(templates.get(templateId)!, key)!;
const provincial = variant('excellent-scenario', 'provincial2023');
const demoFactory = variant('demo-factory');

const years = [2023, 2024, 2025];
const financialRow = (year: number) => ({ year, totalAssets: 1000, debtRatio: 40, revenue: 800, profitMargin: 8 });

/** Facts of a Wuchang (420106) enterprise judged by the Wuchang district, with complete data and no problems. */
const facts = (overrides: Partial<ReviewFacts> = {}): ReviewFacts => ({
  uscc: '91350100M000100Y43',
  regionCode: '420106',
  regionName: '武昌区',
  reviewerPrefix: '420106',
  isCentralSubsidiary: false,
  variant: provincial,
  data: { financials: years.map(financialRow), overview: { majorAccident: '否' } },
  problems: [],
  ...overrides,
});

describe('usccValid', () => {
  it('passes a code whose check character is right and names the code', () => {
    expect(judgeItem('usccValid', facts())).toEqual({
      passed: true,
      evidence: '统一社会信用代码 91350100M000100Y43 校验通过',
    });
  });
  it('fails a wrong check character and a short code, saying why', () => {
    expect(judgeItem('usccValid', facts({ uscc: '91350100M000100Y44' }))).toEqual({
      passed: false,
      evidence: '统一社会信用代码 91350100M000100Y44：统一社会信用代码校验位不正确，请核对营业执照',
    });
    expect(judgeItem('usccValid', facts({ uscc: '9135' })).passed).toBe(false);
  });
});

describe('regionInScope', () => {
  it('passes a registered region inside the reviewer’s jurisdiction, at every level above it', () => {
    for (const prefix of ['420106', '4201', '42', ''])
      expect(judgeItem('regionInScope', facts({ reviewerPrefix: prefix }))).toEqual({
        passed: true,
        evidence: '注册地 武昌区（420106）在本单位辖区内',
      });
  });
  it('fails a neighbouring district, another province and a reviewer without jurisdiction', () => {
    for (const prefix of ['420103', '41', null])
      expect(judgeItem('regionInScope', facts({ reviewerPrefix: prefix }))).toEqual({
        passed: false,
        evidence: '注册地 武昌区（420106）不在本单位辖区内',
      });
  });
});

describe('financialsComplete', () => {
  it('passes three years of financials and lists the years', () => {
    expect(judgeItem('financialsComplete', facts())).toEqual({
      passed: true,
      evidence: '近三年（2023、2024、2025年）财务数据已填写',
    });
  });
  it('fails when a required figure of one year is missing, naming it', () => {
    const data = { financials: [financialRow(2023), { ...financialRow(2024), revenue: null }, financialRow(2025)] };
    expect(judgeItem('financialsComplete', facts({ data }))).toEqual({
      passed: false,
      evidence: '未填写：2024年主营业务收入（万元）',
    });
  });
  it('fails when a year is left out entirely', () => {
    const data = { financials: [financialRow(2024), financialRow(2025)] };
    expect(judgeItem('financialsComplete', facts({ data }))).toEqual({
      passed: false,
      evidence: '财务数据只有 2 年（2024、2025），应填写近 3 年',
    });
  });
  it('leaves the item to the reviewer when the form has no table of years', () => {
    const withoutTable = { ...provincial, sections: provincial.sections.filter((section) => section.kind !== 'table') };
    expect(judgeItem('financialsComplete', facts({ variant: withoutTable }))).toEqual({
      passed: null,
      evidence: null,
    });
  });
});

describe('cmmmLevel2 (示范工厂: 成熟度二级及以上)', () => {
  const withLevel = (level: unknown) => facts({ variant: demoFactory, data: { cmmm: { level } } });
  it('passes level 2 and above', () => {
    for (const level of ['二级', '三级', '五级'])
      expect(judgeItem('cmmmLevel2', withLevel(level))).toEqual({
        passed: true,
        evidence: `智能制造能力成熟度自评估等级：${level}`,
      });
  });
  it('fails level 1 and a missing level', () => {
    expect(judgeItem('cmmmLevel2', withLevel('一级'))).toEqual({
      passed: false,
      evidence: '智能制造能力成熟度自评估等级：一级',
    });
    expect(judgeItem('cmmmLevel2', withLevel(undefined))).toEqual({
      passed: false,
      evidence: '未填写智能制造能力成熟度自评估等级',
    });
  });
});

describe('attachmentsComplete', () => {
  const uploaded = (...kinds: string[]) =>
    facts({ problems: attachmentProblems(provincial.attachments, new Set(kinds)) });
  it('passes when every required attachment is uploaded (optional ones may be missing)', () => {
    expect(judgeItem('attachmentsComplete', uploaded('businessLicence', 'maturityAssessment'))).toEqual({
      passed: true,
      evidence: '必需附件均已上传',
    });
  });
  it('fails naming each missing required attachment', () => {
    expect(judgeItem('attachmentsComplete', uploaded('supportingMaterials'))).toEqual({
      passed: false,
      evidence: '请上传附件“企业营业执照复印件”；请上传附件“智能制造能力成熟度自评估结果报告”',
    });
  });
});

describe('stampedFingerprintMatches', () => {
  it('passes a stamped scan confirmed for the submitted fingerprint', () => {
    expect(
      judgeItem('stampedFingerprintMatches', facts({ problems: stampedProblems('AB12CD34', 'AB12CD34') })),
    ).toEqual({ passed: true, evidence: '盖章扫描件的文档指纹与提交版本一致' });
  });
  it('fails a scan of another version, and no scan at all', () => {
    const stale = judgeItem('stampedFingerprintMatches', facts({ problems: stampedProblems('AB12CD34', 'EF56AB78') }));
    expect(stale.passed).toBe(false);
    expect(stale.evidence).toContain('AB12CD34');
    expect(stale.evidence).toContain('EF56AB78');
    expect(judgeItem('stampedFingerprintMatches', facts({ problems: stampedProblems(null, 'EF56AB78') })).passed).toBe(
      false,
    );
  });
});

describe('wordLimits', () => {
  const context = { callYear: 2026, callOpensAt: '2026-01-01T00:00:00+08:00', scenarios: [], profile: {} };
  const withIntroduction = (introduction: string) => {
    const data = { overview: { introduction } };
    return facts({ data, problems: validateApplicationData(provincial, data, context) });
  };
  it('passes an introduction at the 500-字 limit of 000_…’s 申报书', () => {
    expect(judgeItem('wordLimits', withIntroduction('智'.repeat(500)))).toEqual({
      passed: true,
      evidence: '各栏目均未超出字数限制',
    });
  });
  it('fails one 字 over, quoting the count', () => {
    const judged = judgeItem('wordLimits', withIntroduction('智'.repeat(501)));
    expect(judged.passed).toBe(false);
    expect(judged.evidence).toMatch(/^1 处超出字数限制：.*501\/500字/);
  });
});

describe('noMajorAccident, centralGroupConsent and items the system cannot judge', () => {
  it('reads the enterprise’s own answer on accidents, either way, and leaves a blank to the reviewer', () => {
    expect(judgeItem('noMajorAccident', facts()).passed).toBe(true);
    expect(judgeItem('noMajorAccident', facts({ data: { overview: { majorAccident: '是' } } })).passed).toBe(false);
    expect(judgeItem('noMajorAccident', facts({ data: {} }))).toEqual({ passed: null, evidence: null });
  });
  it('asks a central enterprise’s subsidiary for its group’s consent, and nobody else', () => {
    expect(judgeItem('centralGroupConsent', facts()).passed).toBe(true);
    const subsidiary = (consent: unknown) =>
      facts({ isCentralSubsidiary: true, data: { enterprise: { centralGroupConsent: consent } } });
    expect(judgeItem('centralGroupConsent', subsidiary(true)).passed).toBe(true);
    expect(judgeItem('centralGroupConsent', subsidiary(false)).passed).toBe(false);
  });
  it('leaves items without a judgement, or with an unknown one, to the reviewer', () => {
    expect(judgeItem(undefined, facts())).toEqual({ passed: null, evidence: null });
    expect(judgeItem('noSuchJudgement', facts())).toEqual({ passed: null, evidence: null });
  });
});

describe('missingItems', () => {
  it('lists the checklist keys a decision left out, in checklist order', () => {
    const checklist = provincial.checklist;
    expect(missingItems(checklist, checklist)).toEqual([]);
    expect(missingItems(checklist, checklist.slice(2, 9))).toEqual([
      checklist[0]!.key,
      checklist[1]!.key,
      checklist[9]!.key,
    ]);
  });
});

describe('hasRequiredReason', () => {
  const fieldComments = [{ path: '/data/overview/introduction', comment: '简介过于简略' }];
  it('wants a written reason for a rejection; field comments alone are not one', () => {
    expect(hasRequiredReason({ outcome: 'reject', comment: '申报内容涉密', fieldComments: [] })).toBe(true);
    expect(hasRequiredReason({ outcome: 'reject', comment: '', fieldComments })).toBe(false);
    expect(hasRequiredReason({ outcome: 'reject', comment: ' \n ', fieldComments: [] })).toBe(false);
  });
  it('takes a comment or a field comment for a return, and nothing for a pass', () => {
    expect(hasRequiredReason({ outcome: 'return', comment: '', fieldComments })).toBe(true);
    expect(hasRequiredReason({ outcome: 'return', comment: '请补充数据', fieldComments: [] })).toBe(true);
    expect(hasRequiredReason({ outcome: 'return', comment: '  ', fieldComments: [] })).toBe(false);
    expect(hasRequiredReason({ outcome: 'pass', comment: '', fieldComments: [] })).toBe(true);
  });
});
