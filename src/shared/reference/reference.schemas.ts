import { z } from 'zod';

export const industryLevelSchema = z.enum(['section', 'division', 'group', 'class']);

/** 国民经济行业分类 node (GB/T 4754-2017): 门类 section, 大类 division, 中类 group, 小类 class. */
export const industryNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: industryLevelSchema,
  note: z.string().nullable(),
  hasChildren: z.boolean(),
});
export type IndustryNode = z.infer<typeof industryNodeSchema>;

export const regionLevelSchema = z.enum(['province', 'city', 'county']);

/** 行政区划 node (GB/T 2260, six-digit codes); isDevelopmentZone marks statistics-only 开发区 codes. */
export const regionNodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevelSchema,
  hasChildren: z.boolean(),
  isDevelopmentZone: z.boolean(),
});
export type RegionNode = z.infer<typeof regionNodeSchema>;

export const childrenQuerySchema = z.object({ parent: z.string().trim().max(12).optional() });

/** 试点示范项目类型 shown on the public home page. */
export const programmeSchema = z.object({
  key: z.string(),
  name: z.string(),
  level: z.enum(['national', 'province', 'city']),
  issuer: z.string(),
  summary: z.string(),
  source: z.string(),
});
export type Programme = z.infer<typeof programmeSchema>;
