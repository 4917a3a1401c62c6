import { z } from 'zod';

/** 场景目录版本 (edition of 智能制造典型场景参考指引). */
export const editionIdSchema = z.enum(['2021', '2022', '2024']);
export type EditionId = z.infer<typeof editionIdSchema>;

export const editionSchema = z.object({
  id: editionIdSchema,
  title: z.string(),
  documentNo: z.string(),
  stageCount: z.number().int(),
  scenarioCount: z.number().int(),
});
export type Edition = z.infer<typeof editionSchema>;

/** 典型场景 (a scenario of one edition); code is `${edition}-${number padded to 2}`, e.g. 2022-08. */
export const scenarioSchema = z.object({
  code: z.string(),
  number: z.number().int(),
  name: z.string(),
  description: z.string(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** 环节 (a stage of manufacturing that groups scenarios). */
export const stageSchema = z.object({
  number: z.number().int(),
  name: z.string(),
  summary: z.string(),
  scenarios: z.array(scenarioSchema),
});
export type Stage = z.infer<typeof stageSchema>;

export const stageRefSchema = z.object({ number: z.number().int(), name: z.string() });
export type StageRef = z.infer<typeof stageRefSchema>;

export const scenarioRefSchema = z.object({
  code: z.string(),
  edition: editionIdSchema,
  number: z.number().int(),
  name: z.string(),
});
export type ScenarioRef = z.infer<typeof scenarioRefSchema>;

/** How a later scenario continues earlier ones (沿用、更名、合并、拆分、相关). */
export const mapRelationSchema = z.enum(['same', 'renamed', 'merged', 'split', 'related']);
export type MapRelation = z.infer<typeof mapRelationSchema>;

export const mapLinkSchema = z.object({
  from: z.array(scenarioRefSchema),
  to: z.array(scenarioRefSchema),
  relation: mapRelationSchema,
  note: z.string(),
});
export type MapLink = z.infer<typeof mapLinkSchema>;

/** Cross-edition map between two editions: links, dropped (删除) and added (新增) scenarios. */
export const editionMapSchema = z.object({
  from: editionIdSchema,
  to: editionIdSchema,
  links: z.array(mapLinkSchema),
  dropped: z.array(scenarioRefSchema),
  added: z.array(scenarioRefSchema),
});
export type EditionMap = z.infer<typeof editionMapSchema>;

export const scenarioDetailSchema = scenarioSchema.extend({
  edition: editionIdSchema,
  editionTitle: z.string(),
  stage: stageRefSchema,
  /** Scenarios of other editions this one continues or is continued by. */
  related: z.array(scenarioRefSchema.extend({ relation: mapRelationSchema, direction: z.enum(['earlier', 'later']) })),
});
export type ScenarioDetail = z.infer<typeof scenarioDetailSchema>;

export const scenarioSearchQuerySchema = z.object({
  q: z.string().trim().min(1, '请输入检索词').max(200, '检索词不超过200个字符'),
  edition: editionIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type ScenarioSearchQuery = z.infer<typeof scenarioSearchQuerySchema>;

/** One search hit; highlight is HTML-escaped text with matched terms wrapped in <mark>. */
export const scenarioHitSchema = z.object({
  code: z.string(),
  edition: editionIdSchema,
  stage: stageRefSchema,
  name: z.string(),
  score: z.number(),
  highlight: z.string(),
});
export type ScenarioHit = z.infer<typeof scenarioHitSchema>;

/** Suggest scenarios for a passage of text, e.g. an enterprise's own description of what it built. */
export const scenarioMatchBodySchema = z.object({
  text: z.string().trim().min(1, '请输入要匹配的文字').max(20000, '文字不超过20000个字符'),
  edition: editionIdSchema.optional(),
  limit: z.number().int().min(1).max(50).default(5),
});
export type ScenarioMatchBody = z.infer<typeof scenarioMatchBodySchema>;

export const editionMapQuerySchema = z.object({ from: editionIdSchema, to: editionIdSchema });
