import { z } from 'zod';
import { applicationStates } from './application-state.js';

export const applicationStateSchema = z.enum(applicationStates);

export const createApplicationBodySchema = z.object({
  /** Catalogue scenarios chosen (codes of the call's edition, e.g. 2024-07). */
  scenarioCodes: z.array(z.string().max(32)).max(60).default([]),
  /** Scenarios the enterprise names itself (自主申报场景; the seeds encourage them). */
  customScenarios: z.array(z.string().trim().min(2).max(100)).max(20).optional(),
});
export type CreateApplicationBody = z.infer<typeof createApplicationBodySchema>;

export const applicationCreatedSchema = z.object({
  id: z.string(),
  status: z.literal('draft'),
  version: z.number(),
});

/** `severity: 'warning'` marks a threshold shown in yellow while drafting; it still blocks submission. */
export const problemSchema = z.object({
  path: z.string(),
  message: z.string(),
  severity: z.enum(['warning', 'error']).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const validationAnswerSchema = z.object({ valid: z.boolean(), problems: z.array(problemSchema) });

export const attachmentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  sha256: z.string(),
  size: z.number(),
  mediaType: z.string(),
  originalName: z.string(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const applicationSchema = z.object({
  id: z.string(),
  callId: z.string(),
  callTitle: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  status: applicationStateSchema,
  version: z.number(),
  fingerprint: z.string(),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(attachmentSchema),
  stamped: z.object({ fileId: z.string(), fingerprint: z.string(), isCurrent: z.boolean() }).nullable(),
  updatedAt: z.string(),
  updatedByName: z.string(),
  submittedAt: z.string().nullable(),
  /** This enterprise's deadline (the call's, or its extension). */
  deadline: z.string(),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean() }),
});
export type ApplicationView = z.infer<typeof applicationSchema>;

export const saveDraftBodySchema = z.object({ data: z.record(z.string(), z.unknown()) });
export const draftSavedSchema = z.object({
  version: z.number(),
  fingerprint: z.string(),
  updatedAt: z.string(),
  /** Problems after this save: shown next to the fields, never blocking the save. */
  problems: z.array(problemSchema),
});

export const statusAnswerSchema = z.object({ status: applicationStateSchema });
export const withdrawBodySchema = z.object({ reason: z.string().trim().min(2, '请填写撤回理由').max(500) });

export const versionSummarySchema = z.object({
  version: z.number(),
  savedAt: z.string(),
  savedByName: z.string(),
  reason: z.string(),
});
export const versionDetailSchema = versionSummarySchema.extend({ data: z.record(z.string(), z.unknown()) });
export const restoreBodySchema = z.object({ version: z.number().int().positive() });

export const exportQuerySchema = z.object({ format: z.enum(['docx', 'pdf']) });

export const stampedUploadedSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number(),
  fingerprint: z.string(),
});

/** 我的申报 (enterprise dashboard row) with the to-do list of what is still missing. */
export const myApplicationSchema = z.object({
  id: z.string(),
  callId: z.string(),
  callTitle: z.string(),
  status: applicationStateSchema,
  deadline: z.string(),
  updatedAt: z.string(),
  scenarioNames: z.array(z.string()),
  todo: z.array(z.string()),
  problemCount: z.number(),
  /** The version a deletion must name (If-Match). */
  version: z.number(),
  /** 可删除: a draft never submitted (isDeletableDraft). */
  canDelete: z.boolean(),
});
export type MyApplication = z.infer<typeof myApplicationSchema>;
