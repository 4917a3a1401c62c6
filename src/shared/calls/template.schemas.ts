import { z } from 'zod';

/**
 * Call templates (申报模板): forms as data. A template is a programme (优秀场景, 示范工厂揭榜 …); each of its
 * variants is one printed form (e.g. the national 2021 form and the 2023 provincial form), versioned, and a call keeps
 * a snapshot of the variant it was published with. Everything the server validates and the client shows comes from here.
 */

/** Leaf field types. `textarea` may hold figures (`![说明](attachment:<id>)`) when `images` is set. */
export const fieldTypeSchema = z.enum([
  'text',
  'textarea',
  'integer',
  'number',
  'date',
  'enum',
  'multiEnum',
  'boolean',
  'phone',
  'email',
  'uscc',
]);
export type FieldType = z.infer<typeof fieldTypeSchema>;

/** Enterprise profile values a form may prefill (readOnly in the form; the server rewrites them on every save). */
export const prefillSourceSchema = z.enum([
  'enterprise.name',
  'enterprise.uscc',
  'enterprise.regionCode',
  'enterprise.industryCode',
  'enterprise.address',
  'enterprise.legalRepresentative',
  'enterprise.contactName',
  'enterprise.contactPhone',
  'enterprise.ownershipType',
  'enterprise.employees',
  'enterprise.revenue',
  'enterprise.size',
  'enterprise.isCentralSubsidiary',
]);
export type PrefillSource = z.infer<typeof prefillSourceSchema>;

/**
 * Computed fields (readOnly): paths are relative to the object holding the field (a section or a table row).
 * `sum` adds numbers; `difference` is minuend − subtrahend (a rate after against before, in percentage points);
 * `ratio` is numerator / denominator (× 100 when `percent`); all rounded to two decimals.
 */
export const computeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum'), of: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('difference'), minuend: z.string(), subtrahend: z.string() }),
  z.object({
    kind: z.literal('ratio'),
    numerator: z.string(),
    denominator: z.string(),
    percent: z.boolean().default(false),
  }),
]);

/** When a check applies or a section is shown: the value at `path` equals (or is one of) the given value(s). */
export const conditionSchema = z.object({
  path: z.string(),
  equals: z.unknown().optional(),
  in: z.array(z.unknown()).optional(),
});
export type ConditionDefinition = z.infer<typeof conditionSchema>;

/**
 * `showIf` on a section: shown only while the condition holds on the application data (JSON Pointer from the root,
 * e.g. `/mode/mode`). A hidden section is not validated, not required, not printed and not shown in the editor
 * (湖北 asks only for the chosen mode's 要素条件; 无锡 only for the chosen 申报类型's 申报要点).
 */
const showIfSchema = conditionSchema.optional();

const keySchema = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'keys are camelCase identifiers');

export const fieldSchema = z.object({
  key: keySchema,
  /** The label as printed on the form. */
  title: z.string().min(1),
  type: fieldTypeSchema,
  /** The printed note, e.g. （结合要素条件进行描述）. */
  help: z.string().optional(),
  required: z.boolean().default(false),
  /** Word limit as printed (字以内): counted as the forms do, every character but whitespace and figures. */
  maxChars: z.number().int().positive().optional(),
  options: z.array(z.string().min(1)).optional(),
  unit: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** 可以配图: the text may embed uploaded figures. */
  images: z.boolean().optional(),
  prefill: prefillSourceSchema.optional(),
  compute: computeSchema.optional(),
  /** The first example of every field, taken together, is a complete application that passes validation. */
  example: z.unknown(),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

/** A group of single fields (企业基本情况). */
export const fieldsSectionSchema = z.object({
  kind: z.literal('fields'),
  key: keySchema,
  title: z.string(),
  help: z.string().optional(),
  showIf: showIfSchema,
  fields: z.array(fieldSchema).min(1),
});

/**
 * A repeatable table (附4-2 装备清单). With `yearRows`, the table has exactly that many rows for the years before
 * the call's year (近三年: call year − 3 … − 1), and the `year` column is filled in by the server.
 */
export const tableSectionSchema = z.object({
  kind: z.literal('table'),
  key: keySchema,
  title: z.string(),
  help: z.string().optional(),
  showIf: showIfSchema,
  columns: z.array(fieldSchema).min(1),
  minRows: z.number().int().min(0).default(0),
  maxRows: z.number().int().positive().optional(),
  yearRows: z.number().int().positive().optional(),
});

export const leafSectionSchema = z.discriminatedUnion('kind', [fieldsSectionSchema, tableSectionSchema]);
export type LeafSection = z.infer<typeof leafSectionSchema>;

/**
 * 场景: one entry per scenario the enterprise chose from the call's catalogue edition (or named itself), each with the
 * same sub-sections (附4-1 description, 附4-2 equipment). `maxChars` limits all text of one scenario (3,000 字).
 */
export const scenariosSectionSchema = z.object({
  kind: z.literal('scenarios'),
  key: keySchema,
  title: z.string(),
  help: z.string().optional(),
  showIf: showIfSchema,
  minItems: z.number().int().min(0).default(1),
  allowCustom: z.boolean().default(true),
  maxChars: z.number().int().positive().optional(),
  sections: z.array(leafSectionSchema).min(1),
});

export const sectionSchema = z.discriminatedUnion('kind', [
  fieldsSectionSchema,
  tableSectionSchema,
  scenariosSectionSchema,
]);
export type SectionDefinition = z.infer<typeof sectionSchema>;

/**
 * Cross-field checks, shown as warnings while drafting and as problems at submission. Paths are JSON Pointers into
 * the application data (`/kpis/ncRateAfter`); `*` in a path walks every row or scenario.
 */
export const checkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('compare'),
    path: z.string(),
    op: z.enum(['>', '>=', '<', '<=', '==', '!=', 'in', 'notIn']),
    value: z.unknown(),
    message: z.string(),
    when: conditionSchema.optional(),
  }),
  z.object({ kind: z.literal('dateOrder'), start: z.string(), end: z.string(), message: z.string() }),
  /** The date at `path` lies at least `years` before the call opens (注册满一周年). */
  z.object({
    kind: z.literal('yearsBeforeCall'),
    path: z.string(),
    years: z.number().positive(),
    message: z.string(),
  }),
  /** The choices at `path` (a multiEnum) include every one of `value` (示范工厂: the task's six 重点环节). */
  z.object({
    kind: z.literal('includesAll'),
    path: z.string(),
    value: z.array(z.string()).min(1),
    message: z.string(),
    when: conditionSchema.optional(),
  }),
  /** The number at `path` equals the sum at the others (amounts that add up). */
  z.object({ kind: z.literal('sumEquals'), path: z.string(), of: z.array(z.string()).min(1), message: z.string() }),
]);
export type CheckDefinition = z.infer<typeof checkSchema>;

export const attachmentDefinitionSchema = z.object({
  kind: keySchema,
  title: z.string(),
  required: z.boolean(),
  accept: z.array(z.string()).min(1),
  maxBytes: z.number().int().positive(),
  help: z.string().optional(),
});
export type AttachmentDefinition = z.infer<typeof attachmentDefinitionSchema>;

/**
 * 形式审查 checklist item. `pass` is the answer that passes (item 8 of the 000 form, 是否涉密, passes with 否).
 * `auto` names a judgement the system can pre-fill from data (used by the formal-review issue).
 */
export const checklistItemSchema = z.object({
  key: keySchema,
  title: z.string(),
  pass: z.enum(['是', '否']).default('是'),
  auto: z.string().optional(),
});

/** 推荐汇总表 column: `source` names the value (rank, enterprise.name, scenarios, contactName, a data pointer …). */
export const summaryColumnSchema = z.object({ title: z.string(), source: z.string(), width: z.number().optional() });

/** Per-enterprise restrictions from the notices. */
export const restrictionsSchema = z.object({
  /**
   * Calls sharing a group in the same year exclude each other: one enterprise applies for 优秀场景 or for 示范工厂 in a
   * year's national call, never both (409 CONFLICTING_APPLICATION).
   */
  exclusiveGroup: z.string().optional(),
  /** At most this many applications per enterprise in one call. */
  perEnterprise: z.number().int().positive().default(1),
});

/** Kinds of recommending unit a quota applies to (计划单列市 act as provinces but have their own quota). */
export const quotaUnitSchema = z.enum(['province', 'planCity', 'central', 'city', 'district']);
export type QuotaUnit = z.infer<typeof quotaUnitSchema>;

/**
 * 推荐名额: at most `max` applications per recommending unit of this kind (001_…: each province 20 优秀场景,
 * 计划单列市 10, each central enterprise 6, not counted locally). A call may override the template's quotas.
 */
export const quotaSchema = z.object({ unit: quotaUnitSchema, max: z.number().int().positive() });
export type Quota = z.infer<typeof quotaSchema>;

export const formVariantSchema = z.object({
  key: keySchema,
  title: z.string(),
  /** Bumped whenever the variant changes; a published call keeps the version it was published with. */
  version: z.number().int().positive(),
  /** Where the form is printed: seed file and 附件 number. */
  source: z.string(),
  /** 真实性承诺 text printed above the signature lines. */
  commitment: z.string(),
  sections: z.array(sectionSchema).min(1),
  checks: z.array(checkSchema).default([]),
  attachments: z.array(attachmentDefinitionSchema).default([]),
  checklist: z.array(checklistItemSchema).default([]),
  /** The 形式审查表's wording where the seed prints the form (000_… 附件4): its title and the stamping unit's label. */
  reviewSheet: z.object({ title: z.string(), unitLabel: z.string() }).optional(),
  summaryTable: z.object({
    title: z.string(),
    columns: z.array(summaryColumnSchema),
    /** The 注 printed under the table, one entry a numbered note, worded as in the seed the variant follows. */
    notes: z.array(z.string()).optional(),
  }),
  restrictions: restrictionsSchema.default({ perEnterprise: 1 }),
  quotas: z.array(quotaSchema).default([]),
  /** Applications matching this condition use no quota slot (e.g. 已完成验收的示范工厂揭榜单位不占名额). */
  quotaExemption: conditionSchema.optional(),
});
export type FormVariant = z.infer<typeof formVariantSchema>;

export const callTemplateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string(),
  /** Who runs it: national office, a province, a city. */
  level: z.enum(['national', 'province', 'city']),
  description: z.string(),
  defaultVariant: keySchema,
  variants: z.array(formVariantSchema).min(1),
});
export type CallTemplate = z.infer<typeof callTemplateSchema>;

export const callTemplateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  level: z.enum(['national', 'province', 'city']),
  description: z.string(),
  variants: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      version: z.number(),
      /** The notice's 推荐名额, which a new call starts from. */
      quotas: z.array(quotaSchema),
    }),
  ),
});
