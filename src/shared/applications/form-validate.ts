import type { CheckDefinition, FieldDefinition, FormVariant } from '../calls/template.schemas.js';
import { checkUscc, usccProblemMessages } from '../organizations/uscc.rules.js';
import {
  type ApplicationData,
  conditionHolds,
  type FormContext,
  hiddenSectionKeys,
  isEmptyValue,
  isSectionShown,
  isUnderHiddenSection,
  type LeafVisit,
  rowsAt,
  scenarioLabel,
  valuesAt,
  visitLeafSection,
  visitLeaves,
} from './form-walk.js';
import { countChars } from './text-count.rules.js';

/**
 * A problem the form shows next to a field; `path` is a JSON Pointer into the application (`/data/...`). `severity`
 * `warning` marks a numeric threshold (湖北 数控化率 > 70%): shown in yellow while drafting, yet it blocks submission
 * like any other problem; no severity means an error.
 */
export type Problem = { path: string; message: string; severity?: ProblemSeverity };
export type ProblemSeverity = 'warning' | 'error';

/** Threshold comparisons: the value is entered, the condition is what the programme asks of it. */
const thresholdOps = new Set(['>', '>=', '<', '<=']);

const phonePattern = /^(\d{3,4}-?\d{7,8}(-\d{1,6})?|1\d{10})$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export const isValidDate = (value: string) =>
  datePattern.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** What is wrong with one value of a field, or null. Empty values are judged by `required` alone. */
export function fieldValueProblem(field: FieldDefinition, value: unknown): string | null {
  switch (field.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return '须填写数字';
      if (field.type === 'integer' && !Number.isInteger(value)) return '须填写整数';
      if (field.min !== undefined && value < field.min) return `不能小于 ${field.min}`;
      if (field.max !== undefined && value > field.max) return `不能大于 ${field.max}`;
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : '请选择“是”或“否”';
    case 'multiEnum':
      if (!Array.isArray(value)) return '请选择选项';
      return value.every((item) => field.options?.includes(String(item))) ? null : '包含不在选项中的值';
    default:
      return typeof value === 'string' ? textProblem(field, value) : '须填写文字';
  }
}

function textProblem(field: FieldDefinition, value: string): string | null {
  if (field.maxChars !== undefined) {
    const count = countChars(value);
    if (count > field.maxChars) return `超出字数限制：${count}/${field.maxChars}字`;
  }
  if (field.type === 'enum' && !field.options?.includes(value)) return '请从选项中选择';
  if (field.type === 'phone' && !phonePattern.test(value.trim()))
    return '电话号码格式不正确（如 027-87654321 或 13800000000）';
  if (field.type === 'email' && !emailPattern.test(value.trim())) return '电子邮箱格式不正确';
  if (field.type === 'date' && !isValidDate(value)) return '日期格式须为 年-月-日（如 2024-03-01）';
  if (field.type === 'uscc') {
    const problem = checkUscc(value);
    if (problem) return usccProblemMessages[problem];
  }
  return null;
}

function leafProblems(visit: LeafVisit): Problem[] {
  const path = `/data${visit.pointer}`;
  if (isEmptyValue(visit.value))
    return visit.field.required && !visit.field.compute ? [{ path, message: `请填写“${visit.label}”` }] : [];
  const problem = fieldValueProblem(visit.field, visit.value);
  return problem ? [{ path, message: `“${visit.label}”${problem}` }] : [];
}

function structureProblems(variant: FormVariant, data: ApplicationData, context: FormContext): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set(context.scenarios.map((scenario) => scenario.code));
  for (const section of variant.sections) {
    if (!isSectionShown(section, data)) continue;
    const path = `/data/${section.key}`;
    if (section.kind === 'table') {
      const rows = rowsAt(data[section.key]).length;
      if (rows < section.minRows) problems.push({ path, message: `“${section.title}”至少填写${section.minRows}行` });
      if (section.maxRows && rows > section.maxRows)
        problems.push({ path, message: `“${section.title}”最多${section.maxRows}行` });
      continue;
    }
    if (section.kind !== 'scenarios') continue;
    const entries = rowsAt(data[section.key]);
    if (entries.length < section.minItems)
      problems.push({ path, message: `请至少选择${section.minItems}个“${section.title}”` });
    for (const [index, entry] of entries.entries()) {
      const at = `${path}/${index}`;
      const label = scenarioLabel(index, entry).replace(' › ', '');
      if (typeof entry.name !== 'string' || entry.name.trim() === '')
        problems.push({ path: `${at}/name`, message: `请填写${label}的名称` });
      if (entry.code === null || entry.code === undefined) {
        if (!section.allowCustom) problems.push({ path: `${at}/code`, message: `${label}须从场景目录中选择` });
      } else if (!codes.has(String(entry.code)))
        problems.push({ path: `${at}/code`, message: `${label}的场景编号不在本次申报的场景目录中` });
      if (section.maxChars) {
        const total = section.sections
          .flatMap((sub) => visitLeafSection(sub, entry, '', ''))
          .reduce((sum, visit) => sum + (typeof visit.value === 'string' ? countChars(visit.value) : 0), 0);
        if (total > section.maxChars)
          problems.push({ path: at, message: `${label}全文超出字数限制：${total}/${section.maxChars}字` });
      }
      for (const sub of section.sections)
        if (sub.kind === 'table' && rowsAt(entry[sub.key]).length < sub.minRows)
          problems.push({ path: `${at}/${sub.key}`, message: `${label}的“${sub.title}”至少填写${sub.minRows}行` });
    }
  }
  return problems;
}

const compareOps: Record<string, (a: unknown, b: unknown) => boolean> = {
  '>': (a, b) => typeof a === 'number' && a > Number(b),
  '>=': (a, b) => typeof a === 'number' && a >= Number(b),
  '<': (a, b) => typeof a === 'number' && a < Number(b),
  '<=': (a, b) => typeof a === 'number' && a <= Number(b),
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
};

const yearsAfter = (date: string, years: number) => {
  const at = new Date(`${date}T00:00:00+08:00`);
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at;
};

/** Problems one cross-field check finds. A missing operand fails the check: the rule needs the value. */
export function checkProblems(check: CheckDefinition, data: ApplicationData, context: FormContext): Problem[] {
  const at = (pointer: string) => `/data${pointer}`;
  switch (check.kind) {
    case 'compare':
      if (check.when && !conditionHolds(data, check.when)) return [];
      return valuesAt(data, check.path)
        .filter(({ value }) => isEmptyValue(value) || !compareOps[check.op]!(value, check.value))
        .map(({ pointer }) => ({
          path: at(pointer),
          message: check.message,
          ...(thresholdOps.has(check.op) ? { severity: 'warning' as const } : {}),
        }));
    case 'includesAll': {
      if (check.when && !conditionHolds(data, check.when)) return [];
      return valuesAt(data, check.path).flatMap(({ pointer, value }) => {
        const chosen: unknown[] = Array.isArray(value) ? value : [];
        const missing = check.value.filter((wanted) => !chosen.includes(wanted));
        return missing.length === 0
          ? []
          : [{ path: at(pointer), message: `${check.message}（尚缺：${missing.join('、')}）` }];
      });
    }
    case 'dateOrder': {
      const starts = valuesAt(data, check.start);
      return valuesAt(data, check.end)
        .filter(({ value }, index) => {
          const start = starts[index]?.value;
          return typeof start === 'string' && typeof value === 'string' && start > value;
        })
        .map(({ pointer }) => ({ path: at(pointer), message: check.message }));
    }
    case 'yearsBeforeCall':
      return valuesAt(data, check.path)
        .filter(
          ({ value }) =>
            typeof value !== 'string' ||
            !isValidDate(value) ||
            yearsAfter(value, check.years) > new Date(context.callOpensAt),
        )
        .map(({ pointer }) => ({ path: at(pointer), message: check.message }));
    case 'sumEquals': {
      const total = valuesAt(data, check.path)[0]?.value;
      const parts = check.of.map((pointer) => valuesAt(data, pointer)[0]?.value);
      if (typeof total !== 'number' || parts.some((part) => typeof part !== 'number')) return [];
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      return Math.abs(sum - total) > 0.005 ? [{ path: at(check.path), message: check.message }] : [];
    }
  }
}

/**
 * Every problem in an application's content, in form order: required fields, types, word limits (as the printed
 * forms count them), table and scenario structure, then the template's cross-field checks. Never throws; drafts
 * are saved whatever this returns, and submission needs it to be empty.
 */
export function validateApplicationData(variant: FormVariant, data: ApplicationData, context: FormContext): Problem[] {
  const problems: Problem[] = [];
  for (const visit of visitLeaves(variant, data, { onlyShown: true })) problems.push(...leafProblems(visit));
  problems.push(...structureProblems(variant, data, context));
  // A field already flagged (e.g. empty and required) is not flagged again by a check on it; a check on a hidden
  // section (another mode's 要素条件) does not apply.
  const flagged = new Set(problems.map((problem) => problem.path));
  const hidden = hiddenSectionKeys(variant, data);
  for (const check of variant.checks)
    problems.push(
      ...checkProblems(check, data, context).filter(
        (problem) => !flagged.has(problem.path) && !isUnderHiddenSection(problem.path, hidden),
      ),
    );
  return problems;
}
