import type { FieldDefinition, FormVariant, LeafSection } from '../calls/template.schemas.js';
import {
  type ApplicationData,
  type DataObject,
  type FormContext,
  isObject,
  objectAt,
  rowsAt,
  type ScenarioEntry,
} from './form-walk.js';

const round2 = (value: number) => Math.round(value * 100) / 100;
const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The value of a computed field from its siblings; null while an operand is missing or the ratio undefined. */
export function computeField(field: FieldDefinition, siblings: DataObject): number | null {
  const compute = field.compute;
  if (!compute) return null;
  if (compute.kind === 'sum') {
    const parts = compute.of.map((key) => numberOf(siblings[key]));
    return parts.every((part) => part !== null) ? round2(parts.reduce<number>((a, b) => a + (b ?? 0), 0)) : null;
  }
  if (compute.kind === 'difference') {
    const minuend = numberOf(siblings[compute.minuend]);
    const subtrahend = numberOf(siblings[compute.subtrahend]);
    return minuend === null || subtrahend === null ? null : round2(minuend - subtrahend);
  }
  const numerator = numberOf(siblings[compute.numerator]);
  const denominator = numberOf(siblings[compute.denominator]);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return round2((numerator / denominator) * (compute.percent ? 100 : 1));
}

/** Fills prefilled and computed fields of one object (a section or a row). */
function normalizeObject(fields: FieldDefinition[], values: DataObject, context: FormContext): DataObject {
  const next: DataObject = { ...values };
  for (const field of fields) if (field.prefill) next[field.key] = context.profile[field.prefill] ?? null;
  for (const field of fields) if (field.compute) next[field.key] = computeField(field, next);
  return next;
}

/** The years 近三年 stands for: the three (or `count`) years before the call's year, oldest first. */
export const previousYears = (callYear: number, count: number) =>
  Array.from({ length: count }, (_, index) => callYear - count + index);

function normalizeLeafSection(section: LeafSection, container: DataObject, context: FormContext): unknown {
  const value = container[section.key];
  if (section.kind === 'fields') return normalizeObject(section.fields, objectAt(value), context);
  let rows = rowsAt(value);
  if (section.yearRows) {
    const years = previousYears(context.callYear, section.yearRows);
    rows = years.map((year, index) => ({ ...(rows[index] ?? {}), year }));
  }
  return rows.map((row) => normalizeObject(section.columns, row, context));
}

/**
 * Rewrites what the enterprise does not type: profile values, totals and ratios, and the years of 近三年 tables.
 * Runs on every save, so a PATCH that sets a read-only field has no effect on it.
 */
export function normalizeApplicationData(
  variant: FormVariant,
  data: ApplicationData,
  context: FormContext,
): ApplicationData {
  const next: ApplicationData = { ...data };
  for (const section of variant.sections) {
    if (section.kind !== 'scenarios') {
      next[section.key] = normalizeLeafSection(section, data, context);
      continue;
    }
    next[section.key] = rowsAt(data[section.key]).map((entry) => {
      const normalized: DataObject = { ...entry };
      for (const sub of section.sections) normalized[sub.key] = normalizeLeafSection(sub, entry, context);
      return normalized;
    });
  }
  return next;
}

/**
 * Partial update (PATCH): a section object is merged field by field; arrays (tables, scenarios) are replaced whole;
 * `null` for a section clears it.
 */
export function mergeApplicationData(current: ApplicationData, patch: ApplicationData): ApplicationData {
  const next: ApplicationData = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (isObject(value) && isObject(current[key])) next[key] = { ...(current[key] as DataObject), ...value };
    else next[key] = value;
  }
  return next;
}

/** New scenario entries for catalogue codes (names from the call's edition). */
export const scenarioEntriesFor = (codes: string[], context: FormContext): ScenarioEntry[] =>
  codes.map((code) => ({ code, name: context.scenarios.find((scenario) => scenario.code === code)?.name ?? code }));

function exampleObject(fields: FieldDefinition[]): DataObject {
  return Object.fromEntries(fields.map((field) => [field.key, field.example ?? null]));
}

function exampleLeafSection(section: LeafSection): unknown {
  if (section.kind === 'fields') return exampleObject(section.fields);
  const count = section.yearRows ?? Math.max(1, section.minRows);
  return Array.from({ length: count }, () => exampleObject(section.columns));
}

/** The application the template's first examples make together (documented as the form schema's examples). */
export function exampleApplicationData(variant: FormVariant, context: FormContext): ApplicationData {
  const data: ApplicationData = {};
  for (const section of variant.sections) {
    if (section.kind !== 'scenarios') {
      data[section.key] = exampleLeafSection(section);
      continue;
    }
    const first = context.scenarios[0];
    const entry: DataObject = { code: first?.code ?? null, name: first?.name ?? '自主申报场景' };
    for (const sub of section.sections) entry[sub.key] = exampleLeafSection(sub);
    data[section.key] = [entry];
  }
  return normalizeApplicationData(variant, data, {
    ...context,
    profile: examplesByPrefill(variant, context.profile),
  });
}

/** Prefill examples stand in for the profile where the profile has no value. */
function examplesByPrefill(variant: FormVariant, profile: FormContext['profile']) {
  const examples: Record<string, unknown> = {};
  for (const section of variant.sections)
    for (const leaf of section.kind === 'scenarios' ? section.sections : [section])
      for (const field of leaf.kind === 'fields' ? leaf.fields : leaf.columns)
        if (field.prefill) examples[field.prefill] = field.example;
  return { ...examples, ...profile };
}
