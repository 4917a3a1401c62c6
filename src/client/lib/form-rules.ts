import type { FormInstance, FormRule } from 'antd';
import type { ZodType } from 'zod';
import { ApiError } from './http.js';

type NamePath = (string | number)[];

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * An antd rule that runs a shared zod schema, so the form and the server check the same thing. Empty values
 * pass (pair it with `required`), and `select` picks what the schema sees (e.g. the last code of a cascader path).
 */
export function zodRule(schema: ZodType, select: (value: unknown) => unknown = (value) => value): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isEmpty(value)) return;
      const result = schema.safeParse(select(value));
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/**
 * A rule for one field that runs the whole request schema, for checks that span fields (a superRefine such as
 * "regionCode is required for province, city and district units"). Shows the issues at `pointer` only.
 */
export function zodBodyRule<Values>(schema: ZodType, toBody: (values: Values) => unknown, pointer: string): FormRule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const result = schema.safeParse(toBody(getFieldsValue(true) as Values));
      if (result.success) return;
      const issue = result.error.issues.find((candidate) => `/${candidate.path.join('/')}` === pointer);
      if (issue) throw new Error(issue.message);
    },
  });
}

/** The last code of a cascader path (the value the API takes), or undefined when nothing is chosen. */
export function lastOfPath(value: unknown): string | undefined {
  return Array.isArray(value) ? (value.at(-1) as string | undefined) : undefined;
}

/** `/enterprise/uscc` → ['enterprise', 'uscc'] (RFC 6901 unescaping; array indices become numbers). */
export function pointerToNamePath(pointer: string): NamePath {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Puts a failed request's messages on the form: every `details` entry on the field its JSON Pointer names,
 * and errors whose code belongs to one field (`fieldOfCode`, e.g. DUPLICATE_USERNAME → username) on that field.
 * Returns true when every message found a field, so the caller shows a banner only for the rest.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fieldOfCode: Partial<Record<string, NamePath>> = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const knownFields = new Set(
    form
      .getFieldsError()
      .map((field) => JSON.stringify(field.name))
      .filter(Boolean),
  );
  const fields: { name: NamePath; errors: string[] }[] = [];
  let isEveryMessagePlaced = true;
  for (const detail of error.details) {
    const name = pointerToNamePath(detail.path);
    if (knownFields.has(JSON.stringify(name))) fields.push({ name, errors: [detail.message] });
    else isEveryMessagePlaced = false;
  }
  const codeField = fieldOfCode[error.code];
  if (codeField) fields.push({ name: codeField, errors: [error.message] });
  else if (error.details.length === 0) isEveryMessagePlaced = false;
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return isEveryMessagePlaced;
}
