import { z } from 'zod';
import { applicationStateSchema } from '../applications/applications.schemas.js';

/** 形式审查结论: pass (通过), return for correction (退回修改), reject (不通过). */
export const reviewOutcomeSchema = z.enum(['pass', 'return', 'reject']);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

/** One checklist item with what the system could judge from the data (`passed` null = the reviewer decides). */
export const formalReviewItemSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** The answer that passes, as printed (item 8 of 000's form, 是否涉密, passes with 否). */
  passingAnswer: z.enum(['是', '否']),
  passed: z.boolean().nullable(),
  evidence: z.string().nullable(),
});
export type FormalReviewItem = z.infer<typeof formalReviewItemSchema>;

export const fieldCommentSchema = z.object({
  /** JSON Pointer of the field (`/data/overview/introduction`). */
  path: z.string().max(300),
  comment: z.string().trim().min(1, '请填写意见').max(500),
});

export const formalReviewSheetSchema = z.object({
  items: z.array(formalReviewItemSchema),
  status: applicationStateSchema,
  /** Whether the caller's unit may decide now (holds the application and it is submitted). */
  canDecide: z.boolean(),
  /** The last return for correction, when this is a resubmission: the reviewer diffs against its content. */
  lastReturn: z
    .object({
      versionAt: z.number(),
      comment: z.string(),
      fieldComments: z.array(fieldCommentSchema),
      data: z.record(z.string(), z.unknown()),
      at: z.string(),
    })
    .nullable(),
});

export const formalReviewBodySchema = z.object({
  items: z
    .array(z.object({ key: z.string().max(64), passed: z.boolean(), note: z.string().max(500).default('') }))
    .max(60),
  outcome: reviewOutcomeSchema,
  comment: z.string().max(2000).default(''),
  /** 逐项修改意见 the enterprise sees next to the fields (for a return). */
  fieldComments: z.array(fieldCommentSchema).max(200).default([]),
});
export type FormalReviewBody = z.infer<typeof formalReviewBodySchema>;

/** What the enterprise sees after a return: the reviewer's comments, field by field. */
export const reviewCommentsSchema = z
  .object({
    unitName: z.string(),
    comment: z.string(),
    fieldComments: z.array(fieldCommentSchema),
    at: z.string(),
  })
  .nullable();

export const queueQuerySchema = z.object({
  callId: z.string().max(64),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Only one stage, so each tab of the workbench pages through its own list; both when absent. */
  stage: z.enum(['review', 'recommend']).optional(),
});

/** 待办: an application that waits for the caller's unit (形式审查 or 推荐). */
export const queueItemSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  status: applicationStateSchema,
  submittedAt: z.string().nullable(),
  /** review = 待形式审查; recommend = 待推荐 (passed here, or recommended up to this unit). */
  stage: z.enum(['review', 'recommend']),
});
export const queuePageSchema = z.object({ items: z.array(queueItemSchema), nextCursor: z.string().nullable() });
