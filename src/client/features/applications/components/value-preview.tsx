import { isObject, rowsAt } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition, FormVariant } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { formatFieldValue } from './format-value.js';

/** The field definition a pointer ends at (`/scenarios/0/description/results`), or null for rows and sections. */
export function fieldAtPointer(variant: FormVariant, pointer: string): FieldDefinition | null {
  const [sectionKey, ...rest] = pointer.split('/').slice(1);
  const section = variant.sections.find((candidate) => candidate.key === sectionKey);
  if (!section) return null;
  if (section.kind === 'fields') return section.fields.find((field) => field.key === rest[0]) ?? null;
  if (section.kind === 'table') return section.columns.find((field) => field.key === rest[1]) ?? null;
  const sub = section.sections.find((candidate) => candidate.key === rest[1]);
  if (sub?.kind === 'fields') return sub.fields.find((field) => field.key === rest[2]) ?? null;
  if (sub?.kind === 'table') return sub.columns.find((field) => field.key === rest[3]) ?? null;
  return null;
}

/** A readable digest of rows or scenarios: "共 3 项：名称甲、名称乙…". */
function describeList(value: unknown[]): string {
  const names = rowsAt(value)
    .map((item) => item.name ?? Object.values(item).find((entry) => typeof entry === 'string' && entry.trim() !== ''))
    .filter((name): name is string => typeof name === 'string' && name !== '');
  return `共 ${value.length} 项${names.length > 0 ? `：${names.join('、')}` : ''}`;
}

/** A value of either side of a merge or a version, shown as text (paragraphs kept). */
export function ValuePreview({ field, value }: { field: FieldDefinition | null; value: unknown }) {
  let text: string;
  if (Array.isArray(value) && (field === null || field.type !== 'multiEnum')) text = describeList(value);
  else if (isObject(value))
    text = Object.values(value)
      .filter((entry) => typeof entry === 'string' && entry.trim() !== '')
      .join('；');
  else text = formatFieldValue(field, value, s.emptyValue);
  return <div className="app-value-preview">{text || s.emptyValue}</div>;
}
