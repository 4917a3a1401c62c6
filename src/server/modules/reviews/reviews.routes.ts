import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { statusAnswerSchema } from '../../../shared/applications/applications.schemas.js';
import {
  formalReviewBodySchema,
  formalReviewSheetSchema,
  queuePageSchema,
  queueQuerySchema,
  reviewCommentsSchema,
} from '../../../shared/reviews/reviews.schemas.js';
import { sendDownload } from '../../plugins/downloads.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import type { ReviewsService } from './reviews.service.js';

const tags = ['reviews 形式审查'];
const idParams = z.object({ id: z.string().max(64) });
const reviewers = ['recommender', 'office'] as const;
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerReviewsRoutes(app: FastifyInstance, reviews: ReviewsService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/reviews/queue',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '本单位待办（待形式审查、待推荐），按 id 翻页',
        querystring: queueQuerySchema,
        response: { 200: queuePageSchema },
      },
    },
    (request) => reviews.queue(actorOf(request), request.query),
  );
  api.get(
    '/api/applications/:id/formal-review',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '形式审查表：模板的审查项目与系统预判（passed 为 true/false/null）',
        params: idParams,
        response: { 200: formalReviewSheetSchema },
      },
    },
    (request) => reviews.sheet(actorOf(request), request.params.id),
  );
  api.post(
    '/api/applications/:id/formal-review',
    {
      config: { access: reviewers },
      schema: {
        tags,
        summary: '提交形式审查结论（通过 / 退回修改 / 不通过）',
        params: idParams,
        body: formalReviewBodySchema,
        response: { 200: statusAnswerSchema },
      },
    },
    (request) => reviews.decide(actorOf(request), request.params.id, request.body, auditContextOf(request)),
  );
  api.get(
    '/api/applications/:id/formal-review/export',
    {
      config: { access: reviewers },
      schema: { tags, summary: '导出形式审查表（DOCX，可打印盖章）', params: idParams },
    },
    async (request, reply) => {
      const { bytes, fileName } = await reviews.exportSheet(actorOf(request), request.params.id);
      return sendDownload(reply, bytes, docxType, fileName);
    },
  );
  api.get(
    '/api/applications/:id/review-comments',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '最近一次退回修改的意见（逐项）',
        params: idParams,
        response: { 200: reviewCommentsSchema },
      },
    },
    (request) => reviews.returnComments(actorOf(request), request.params.id),
  );
}
