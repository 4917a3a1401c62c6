import { z } from 'zod';
import type { ConditionDefinition, FieldDefinition, FormVariant, LeafSection } from '../calls/template.schemas.js';
import { exampleApplicationData } from './form-normalize.js';
import { type ApplicationData, type FormContext, isReadOnly, objectAt, rowsAt } from './form-walk.js';

type JsonSchema = Record<string, unknown>;

const stringFormats: Partial<Record<FieldDefinition['type'], JsonSchema>> = {
  date: { format: 'date' },
  email: { format: 'email' },
  phone: { pattern: '^(\\d{3,4}-?\\d{7,8}(-\\d{1,6})?|1\\d{10})$' },
  uscc: { pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
};

/** A field the applicant may leave empty (optional, or computed while an operand is missing) also takes null. */
function leafJsonSchema(field: FieldDefinition, example: unknown): JsonSchema {
  const schema = requiredLeafJsonSchema(field, example);
  if (field.required && !field.compute) return schema;
  return {
    ...schema,
    type: [schema.type, 'null'],
    ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
  };
}

function requiredLeafJsonSchema(field: FieldDefinition, example: unknown): JsonSchema {
  const common: JsonSchema = {
    title: field.title,
    ...(field.help ? { description: field.help } : {}),
    ...(isReadOnly(field) ? { readOnly: true } : {}),
    ...(field.unit ? { 'x-unit': field.unit } : {}),
    examples: [example ?? null],
  };
  switch (field.type) {
    case 'integer':
    case 'number':
      return {
        type: field.type,
        ...(field.min !== undefined ? { minimum: field.min } : {}),
        ...(field.max !== undefined ? { maximum: field.max } : {}),
        ...common,
      };
    case 'boolean':
      return { type: 'boolean', ...common };
    case 'enum':
      return { type: 'string', enum: field.options ?? [], ...common };
    case 'multiEnum':
      return { type: 'array', items: { type: 'string', enum: field.options ?? [] }, uniqueItems: true, ...common };
    default:
      return {
        type: 'string',
        ...(field.maxChars ? { maxLength: field.maxChars, 'x-countRule': 'non-whitespace' } : {}),
        ...(field.images ? { 'x-figures': true } : {}),
        ...(stringFormats[field.type] ?? {}),
        ...common,
      };
  }
}

function objectJsonSchema(title: string, fields: FieldDefinition[], example: ApplicationData): JsonSchema {
  return {
    type: 'object',
    title,
    properties: Object.fromEntries(fields.map((field) => [field.key, leafJsonSchema(field, example[field.key])])),
    required: fields.filter((field) => field.required).map((field) => field.key),
    additionalProperties: false,
  };
}

function leafSectionJsonSchema(section: LeafSection, example: unknown): JsonSchema {
  if (section.kind === 'fields') return objectJsonSchema(section.title, section.fields, objectAt(example));
  const rows = section.yearRows;
  return {
    type: 'array',
    title: section.title,
    items: objectJsonSchema(section.title, section.columns, rowsAt(example)[0] ?? {}),
    minItems: rows ?? section.minRows,
    ...(rows || section.maxRows ? { maxItems: rows ?? section.maxRows } : {}),
  };
}

const sectionIsRequired = (section: LeafSection) =>
  section.kind === 'fields'
    ? section.fields.some((field) => field.required)
    : section.minRows > 0 || !!section.yearRows;

/**
 * A `showIf` condition as a JSON Schema the whole data must match: `/mode/mode` equal to X becomes
 * `{properties: {mode: {properties: {mode: {const: X}}, required: ['mode']}}, required: ['mode']}`.
 */
export function conditionJsonSchema(condition: ConditionDefinition): JsonSchema {
  const tokens = condition.path.split('/').slice(1);
  let schema: JsonSchema = condition.in ? { enum: condition.in } : { const: condition.equals };
  for (const token of tokens.reverse()) schema = { properties: { [token]: schema }, required: [token] };
  return schema;
}

/**
 * The application content as JSON Schema 2020-12 (CONTRACT.md): `required`, enums and `maxLength` equal to the
 * printed limits (counted as the forms count: every character but whitespace), `readOnly` for prefilled and
 * computed fields, `examples` on every leaf that together make a valid application, and `x-attachments`.
 */
export function formJsonSchema(variant: FormVariant, context: FormContext): JsonSchema {
  const example = exampleApplicationData(variant, context);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  // A section shown only for one mode (its 要素条件) is required exactly under its condition (`if`/`then`): the
  // applicant who chose the mode fills it, and never unconditionally.
  const conditional: JsonSchema[] = [];
  const requireSection = (key: string, showIf: ConditionDefinition | undefined, isRequired: boolean) => {
    // biome-ignore lint/suspicious/noThenProperty: `then` is JSON Schema's keyword, never awaited
    if (showIf) conditional.push({ if: conditionJsonSchema(showIf), then: { required: [key] } });
    else if (isRequired) required.push(key);
  };
  for (const section of variant.sections) {
    if (section.kind !== 'scenarios') {
      properties[section.key] = {
        ...leafSectionJsonSchema(section, example[section.key]),
        ...(section.showIf ? { 'x-showIf': section.showIf } : {}),
      };
      requireSection(section.key, section.showIf, sectionIsRequired(section));
      continue;
    }
    const entry = rowsAt(example[section.key])[0] ?? {};
    const codes = context.scenarios.map((scenario) => scenario.code);
    properties[section.key] = {
      type: 'array',
      title: section.title,
      minItems: section.minItems,
      ...(section.maxChars ? { 'x-maxCharsPerItem': section.maxChars } : {}),
      items: {
        type: 'object',
        properties: {
          code: {
            title: '场景编号（自主申报场景为 null）',
            enum: section.allowCustom ? [...codes, null] : codes,
            examples: [entry.code ?? null],
          },
          name: { type: 'string', title: '场景名称', maxLength: 100, examples: [entry.name] },
          ...Object.fromEntries(section.sections.map((sub) => [sub.key, leafSectionJsonSchema(sub, entry[sub.key])])),
        },
        required: ['code', 'name', ...section.sections.filter(sectionIsRequired).map((sub) => sub.key)],
        additionalProperties: false,
      },
    };
    if (section.showIf) properties[section.key]!['x-showIf'] = section.showIf;
    requireSection(section.key, section.showIf, section.minItems > 0);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: variant.title,
    type: 'object',
    properties,
    required,
    ...(conditional.length > 0 ? { allOf: conditional } : {}),
    additionalProperties: false,
    'x-attachments': variant.attachments.map(({ kind, title, required: isRequired, accept, maxBytes }) => ({
      kind,
      title,
      required: isRequired,
      accept,
      maxBytes,
    })),
  };
}

/** Generous cap on one text value in a draft: the word limits are judged by validation, never by truncation. */
const draftTextCap = 50_000;

function draftLeaf(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case 'integer':
    case 'number':
      return z.number().finite().nullable();
    case 'boolean':
      return z.boolean().nullable();
    case 'multiEnum':
      return z.array(z.string().max(200)).max(200).nullable();
    default:
      return z.string().max(draftTextCap).nullable();
  }
}

const draftObject = (fields: FieldDefinition[]) =>
  z.object(Object.fromEntries(fields.map((field) => [field.key, draftLeaf(field).optional()]))).strict();

function draftLeafSection(section: LeafSection): z.ZodType {
  if (section.kind === 'fields') return draftObject(section.fields);
  return z.array(draftObject(section.columns)).max(section.maxRows ?? 500);
}

/**
 * What a draft may hold: the form's shape and types, every field optional, no word limits (an over-limit draft is
 * saved and flagged, never refused). A PATCH outside this shape is 400 with the paths.
 */
export function draftDataSchema(variant: FormVariant) {
  const shape: Record<string, z.ZodType> = {};
  for (const section of variant.sections) {
    if (section.kind !== 'scenarios') {
      shape[section.key] = draftLeafSection(section).nullable().optional();
      continue;
    }
    const entry = z
      .object({
        code: z.string().max(32).nullable(),
        name: z.string().max(200),
        ...Object.fromEntries(section.sections.map((sub) => [sub.key, draftLeafSection(sub).optional()])),
      })
      .strict();
    shape[section.key] = z.array(entry).max(100).nullable().optional();
  }
  return z.object(shape).strict();
}
