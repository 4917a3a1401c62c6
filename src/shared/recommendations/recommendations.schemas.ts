import { z } from 'zod';

export const recommendationStatusSchema = z.enum(['submitted', 'recalled', 'locked']);

export const submitRecommendationBodySchema = z.object({
  items: z
    .array(
      z.object({
        applicationId: z.string().max(64),
        rank: z.number().int().positive(),
        comment: z.string().max(500).optional(),
      }),
    )
    .min(1, '推荐名单不能为空')
    .max(2000),
  comment: z.string().max(2000).optional(),
});
export type SubmitRecommendationBody = z.infer<typeof submitRecommendationBodySchema>;

export const recommendationCreatedSchema = z.object({
  id: z.string(),
  level: z.string(),
  status: z.literal('submitted'),
});

export const recommendationItemSchema = z.object({
  applicationId: z.string(),
  rank: z.number(),
  enterpriseName: z.string(),
  comment: z.string(),
  isExempt: z.boolean(),
  returned: z.boolean(),
  returnReason: z.string().nullable(),
});

export const recommendationSchema = z.object({
  id: z.string(),
  level: z.string(),
  status: recommendationStatusSchema,
  /** submitted = this unit's own list; received = a list sent to this unit. */
  direction: z.enum(['submitted', 'received']),
  organizationId: z.string(),
  organizationName: z.string(),
  toOrganizationName: z.string(),
  submittedAt: z.string(),
  comment: z.string(),
  items: z.array(recommendationItemSchema),
});

export const returnItemBodySchema = z.object({ reason: z.string().trim().min(2, '请填写退回理由').max(500) });

export const summaryQuerySchema = z.object({ format: z.enum(['xlsx', 'docx']) });

/** 推荐情况: counts for a unit's dashboard. */
export const dashboardSchema = z.object({
  total: z.number(),
  byStatus: z.record(z.string(), z.number()),
  byStage: z.array(z.object({ name: z.string(), count: z.number() })),
  byIndustry: z.array(z.object({ name: z.string(), count: z.number() })),
  byRegion: z.array(z.object({ name: z.string(), count: z.number() })),
  quota: z.object({ unit: z.string(), max: z.number(), used: z.number() }).nullable(),
});
