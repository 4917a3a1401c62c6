import { z } from 'zod';
import { editionIdSchema } from '../catalog/catalog.schemas.js';
import { quotaSchema } from './template.schemas.js';

/** 申报通知状态: draft → published → closed. */
export const callStatusSchema = z.enum(['draft', 'published', 'closed']);
export type CallStatus = z.infer<typeof callStatusSchema>;
export const callStatusLabels: Record<CallStatus, string> = { draft: '草稿', published: '已发布', closed: '已截止' };

const dateTime = z.iso.datetime({ offset: true, message: '时间须为 ISO 8601 格式（如 2026-12-31T17:00:00+08:00）' });

export const createCallBodySchema = z
  .object({
    templateId: z.string().min(1).max(64),
    /** Template variant (printed form); the template's default when absent. */
    variant: z.string().max(64).optional(),
    title: z.string().trim().min(2, '请填写通知标题').max(200),
    year: z.number().int().min(2015).max(2100),
    catalogEdition: editionIdSchema,
    opensAt: dateTime,
    closesAt: dateTime,
    /** GB/T 2260 prefix of the covered region: '' or absent = the office's whole jurisdiction. */
    regionPrefix: z
      .string()
      .regex(/^\d{0,6}$/, '地区范围须为行政区划代码前缀')
      .optional(),
    contact: z.string().max(500).optional(),
    notice: z.string().max(5000).optional(),
    /** 推荐名额 per kind of unit; the template's (from the notice) when absent. */
    quotas: z.array(quotaSchema).max(10).optional(),
    /** Applications matching this condition use no slot (e.g. 已完成验收的示范工厂揭榜单位不占名额). */
    quotaExemption: z
      .object({
        path: z.string().max(200),
        equals: z.unknown().optional(),
        in: z.array(z.unknown()).max(20).optional(),
      })
      .optional(),
  })
  .refine((body) => Date.parse(body.opensAt) < Date.parse(body.closesAt), {
    message: '截止时间须晚于开始时间',
    path: ['closesAt'],
  });
export type CreateCallBody = z.infer<typeof createCallBodySchema>;

export const callSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  templateTitle: z.string(),
  variant: z.string(),
  formTitle: z.string(),
  templateVersion: z.number(),
  title: z.string(),
  year: z.number(),
  catalogEdition: z.string(),
  regionPrefix: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  contact: z.string(),
  notice: z.string(),
  status: callStatusSchema,
  organizationId: z.string(),
  organizationName: z.string(),
  version: z.number(),
  quotas: z.array(quotaSchema),
  /** Whether the deadline has passed (the server enforces it; this is for display). */
  isOpen: z.boolean(),
});
export type Call = z.infer<typeof callSchema>;

export const callCreatedSchema = z.object({ id: z.string(), status: z.literal('draft') });
export const callStatusAnswerSchema = z.object({ status: callStatusSchema });

export const grantExtensionBodySchema = z.object({
  enterpriseId: z.string().min(1).max(64),
  closesAt: dateTime,
  reason: z.string().trim().min(2, '请填写延期理由').max(500),
});
export const extensionSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  closesAt: z.string(),
  reason: z.string(),
  grantedAt: z.string(),
});

/** Live counts for the office view (申报情况). */
export const callStatsSchema = z.object({
  byStatus: z.record(z.string(), z.number()),
  byRegion: z.array(z.object({ regionCode: z.string(), regionName: z.string(), count: z.number() })),
  total: z.number(),
});

/** 通知文件: what a call's documents accept (by content) and how large each may be. */
export const callDocumentUpload = {
  accept: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  maxBytes: 20 * 1024 * 1024,
  maxPerCall: 20,
};

export const callDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type CallDocument = z.infer<typeof callDocumentSchema>;
