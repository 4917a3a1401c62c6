import { isEmptyValue } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';

/** A value as a person reads it (是/否, lists joined, numbers with their unit); empty values read "未填写". */
export function formatFieldValue(field: FieldDefinition | null, value: unknown, empty: string = s.notFilled): string {
  if (isEmptyValue(value)) return empty;
  if (typeof value === 'boolean') return value ? s.yes : s.no;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'number') {
    if (field?.key === 'year') return String(value);
    const unit = field?.unit && !field.title.includes(field.unit) ? ` ${field.unit}` : '';
    return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 4 })}${unit}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `HH:mm:ss` in the reader's time zone. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** `1.2 MB`, `356 KB`. */
export { formatBytes } from '../../../lib/format-bytes.js';

/** Human names of accepted media types: application/pdf → PDF. */
export function formatAccept(accept: string[]): string {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/zip': 'ZIP',
  };
  return accept.map((type) => names[type] ?? type).join('、');
}

/** File-name extensions for an <input accept>, beside the media types (some systems only match extensions). */
export function acceptAttribute(accept: string[]): string {
  const extensions: Record<string, string> = {
    'application/pdf': '.pdf',
    'image/png': '.png',
    'image/jpeg': '.jpg,.jpeg',
  };
  return [...accept.map((type) => extensions[type]).filter(Boolean), ...accept].join(',');
}
