import type { Problem } from '../../../shared/applications/form-validate.js';
import { isEmptyValue, objectAt, rowsAt } from '../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import { checkUscc, usccProblemMessages } from '../../../shared/organizations/uscc.rules.js';

/** What the system knows when it pre-judges a checklist item. */
export type ReviewFacts = {
  uscc: string;
  regionCode: string;
  regionName: string;
  /** The reviewing unit's jurisdiction prefix ('' = everywhere, null = none). */
  reviewerPrefix: string | null;
  isCentralSubsidiary: boolean;
  variant: FormVariant;
  data: Record<string, unknown>;
  /** Every validation problem of the submitted version (content, attachments, stamped scan). */
  problems: Problem[];
};

export type Judgement = { passed: boolean | null; evidence: string | null };
const judged = (passed: boolean, evidence: string): Judgement => ({ passed, evidence });
const unknown: Judgement = { passed: null, evidence: null };

/** The value of the first field with this key in any fields section (templates name them consistently). */
function fieldValue(facts: ReviewFacts, key: string): unknown {
  for (const section of facts.variant.sections)
    if (section.kind === 'fields' && section.fields.some((field) => field.key === key))
      return objectAt(facts.data[section.key])[key];
  return undefined;
}

function financials(facts: ReviewFacts): Judgement {
  const table = facts.variant.sections.find((section) => section.kind === 'table' && section.yearRows);
  if (table?.kind !== 'table') return unknown;
  const rows = rowsAt(facts.data[table.key]);
  const years = rows.map((row) => row.year);
  // 近三年: a year left out entirely is as missing as a blank figure.
  if (rows.length < (table.yearRows ?? 0))
    return judged(
      false,
      `财务数据只有 ${rows.length} 年（${years.join('、') || '无'}），应填写近 ${table.yearRows} 年`,
    );
  const missing: string[] = [];
  for (const row of rows)
    for (const column of table.columns)
      if (column.required && isEmptyValue(row[column.key])) missing.push(`${row.year ?? ''}年${column.title}`);
  return missing.length === 0
    ? judged(true, `近三年（${years.join('、')}年）财务数据已填写`)
    : judged(false, `未填写：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}`);
}

const problemsUnder = (facts: ReviewFacts, test: (problem: Problem) => boolean) => facts.problems.filter(test);

const judges: Record<string, (facts: ReviewFacts) => Judgement> = {
  usccValid: (facts) => {
    const problem = checkUscc(facts.uscc);
    return problem
      ? judged(false, `统一社会信用代码 ${facts.uscc}：${usccProblemMessages[problem]}`)
      : judged(true, `统一社会信用代码 ${facts.uscc} 校验通过`);
  },
  regionInScope: (facts) =>
    facts.reviewerPrefix !== null && facts.regionCode.startsWith(facts.reviewerPrefix)
      ? judged(true, `注册地 ${facts.regionName}（${facts.regionCode}）在本单位辖区内`)
      : judged(false, `注册地 ${facts.regionName}（${facts.regionCode}）不在本单位辖区内`),
  financialsComplete: financials,
  cmmmLevel2: (facts) => {
    const level = fieldValue(facts, 'level');
    if (typeof level !== 'string') return judged(false, '未填写智能制造能力成熟度自评估等级');
    return judged(!['一级'].includes(level), `智能制造能力成熟度自评估等级：${level}`);
  },
  attachmentsComplete: (facts) => {
    const missing = problemsUnder(facts, (problem) => problem.path.startsWith('/attachments/'));
    return missing.length === 0
      ? judged(true, '必需附件均已上传')
      : judged(false, missing.map((problem) => problem.message).join('；'));
  },
  stampedFingerprintMatches: (facts) => {
    const problem = problemsUnder(facts, (candidate) => candidate.path === '/stamped')[0];
    return problem ? judged(false, problem.message) : judged(true, '盖章扫描件的文档指纹与提交版本一致');
  },
  wordLimits: (facts) => {
    const over = problemsUnder(facts, (problem) => problem.message.includes('字数限制'));
    return over.length === 0
      ? judged(true, '各栏目均未超出字数限制')
      : judged(false, `${over.length} 处超出字数限制：${over[0]!.message}`);
  },
  noMajorAccident: (facts) => {
    const answer = fieldValue(facts, 'majorAccident');
    if (answer === '否' || answer === false) return judged(true, '企业填报：近三年未发生重大安全生产、环境事故');
    if (answer === '是' || answer === true) return judged(false, '企业填报：近三年发生过重大安全生产或环境事故');
    return unknown;
  },
  centralGroupConsent: (facts) => {
    if (!facts.isCentralSubsidiary) return judged(true, '非中央企业子企业，无需集团同意');
    return fieldValue(facts, 'centralGroupConsent') === true
      ? judged(true, '已声明经所属中央企业集团同意')
      : judged(false, '中央企业子企业未声明集团同意');
  },
  noConflictingApplication: () => judged(true, '系统限定同一年度只能申报优秀场景或示范工厂之一'),
};

/** The names a template's checklist item may give as `auto`. */
export const automaticJudgements = Object.keys(judges);

/** Pre-judges one checklist item from the data; items the system cannot judge are left to the reviewer. */
export const judgeItem = (auto: string | undefined, facts: ReviewFacts): Judgement =>
  (auto && judges[auto]?.(facts)) || unknown;

/** Which checklist keys a decision left out (every item must be answered). */
export const missingItems = (checklist: Array<{ key: string }>, answered: Array<{ key: string }>) => {
  const keys = new Set(answered.map((item) => item.key));
  return checklist.filter((item) => !keys.has(item.key)).map((item) => item.key);
};
