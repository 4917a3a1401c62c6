import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dashboardSchema,
  recommendationCreatedSchema,
  recommendationSchema,
  returnItemBodySchema,
  submitRecommendationBodySchema,
  summaryQuerySchema,
} from '../../../shared/recommendations/recommendations.schemas.js';
import { sendDownload } from '../../plugins/downloads.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import type { RecommendationsReports } from './recommendations.reports.js';
import type { RecommendationsService } from './recommendations.service.js';

const tags = ['recommendations 推荐'];
const idParams = z.object({ id: z.string().max(64) });
const units = ['recommender', 'office'] as const;
const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function registerRecommendationsRoutes(
  app: FastifyInstance,
  { recommendations, reports }: { recommendations: RecommendationsService; reports: RecommendationsReports },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/calls/:id/recommendations',
    {
      config: { access: ['recommender'] },
      schema: {
        tags,
        summary: '提交推荐名单（按优先顺序排序，不得并列，不得超过名额）',
        params: idParams,
        body: submitRecommendationBodySchema,
        response: { 201: recommendationCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recommendations.submit(actorOf(request), request.params.id, request.body, auditContextOf(request))),
  );
  api.get(
    '/api/calls/:id/recommendations',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '本单位提交和收到的推荐名单',
        params: idParams,
        response: { 200: z.array(recommendationSchema) },
      },
    },
    (request) => recommendations.listForCall(actorOf(request), request.params.id),
  );
  api.post(
    '/api/recommendations/:id/recall',
    {
      config: { access: ['recommender'] },
      schema: {
        tags,
        summary: '撤回推荐名单（上级单位处理前）',
        params: idParams,
        response: { 200: z.object({ status: z.literal('recalled') }) },
      },
    },
    (request) => recommendations.recall(actorOf(request), request.params.id, auditContextOf(request)),
  );
  api.post(
    '/api/recommendations/:id/accept',
    {
      config: { access: ['office'] },
      schema: {
        tags,
        summary: '主管部门接收推荐名单（接收后下级不能撤回）',
        params: idParams,
        response: { 200: z.object({ status: z.literal('locked') }) },
      },
    },
    (request) => recommendations.accept(actorOf(request), request.params.id, auditContextOf(request)),
  );
  api.post(
    '/api/recommendations/:id/items/:applicationId/return',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '上级单位或主管部门退回名单中的一项（须填写理由）',
        params: idParams.extend({ applicationId: z.string().max(64) }),
        body: returnItemBodySchema,
        response: { 200: z.object({ status: z.literal('locked') }) },
      },
    },
    (request) =>
      recommendations.returnItem(
        actorOf(request),
        request.params.id,
        request.params.applicationId,
        request.body.reason,
        auditContextOf(request),
      ),
  );
  api.get(
    '/api/calls/:id/recommendations/summary',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '推荐汇总表（XLSX 或 DOCX，本单位层级）',
        params: idParams,
        querystring: summaryQuerySchema,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const { bytes, fileName } = await reports.summary(actorOf(request), request.params.id, format);
      return sendDownload(reply, bytes, mediaTypes[format], fileName);
    },
  );
  api.get(
    '/api/calls/:id/dashboard',
    {
      config: { access: units },
      schema: {
        tags,
        summary: '推荐情况统计：按状态、环节、行业、地区',
        params: idParams,
        response: { 200: dashboardSchema },
      },
    },
    (request) => reports.dashboard(actorOf(request), request.params.id),
  );
}
