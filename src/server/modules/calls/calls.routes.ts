import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  callCreatedSchema,
  callSchema,
  callStatusAnswerSchema,
  createCallBodySchema,
  extensionSchema,
  grantExtensionBodySchema,
} from '../../../shared/calls/calls.schemas.js';
import { callTemplateSummarySchema, formVariantSchema } from '../../../shared/calls/template.schemas.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import type { CallsService } from './calls.service.js';

const tags = ['calls 申报通知'];
const idParams = z.object({ id: z.string().max(64) });
const offices = ['admin', 'office'] as const;

export function registerCallsRoutes(app: FastifyInstance, calls: CallsService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/call-templates',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '申报模板（优秀场景、示范工厂揭榜、湖北试点示范、无锡标杆）',
        response: { 200: z.array(callTemplateSummarySchema) },
      },
    },
    () => calls.listTemplates(),
  );
  api.get(
    '/api/calls',
    {
      config: { access: 'public' },
      schema: { tags, summary: '已发布的申报通知（公开）', response: { 200: z.array(callSchema) } },
    },
    () => calls.listPublicCalls(),
  );
  api.get(
    '/api/office/calls',
    {
      config: { access: offices },
      schema: { tags, summary: '本部门管理的申报通知（含草稿）', response: { 200: z.array(callSchema) } },
    },
    (request) => calls.listManagedCalls(actorOf(request)),
  );
  api.post(
    '/api/calls',
    {
      config: { access: offices },
      schema: {
        tags,
        summary: '由模板创建申报通知（草稿）',
        body: createCallBodySchema,
        response: { 201: callCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await calls.createCall(actorOf(request), request.body, auditContextOf(request))),
  );
  api.get(
    '/api/calls/:id',
    {
      config: { access: 'public', readsActor: true },
      schema: { tags, summary: '申报通知详情', params: idParams, response: { 200: callSchema } },
    },
    (request) => calls.getCall(request.actor, request.params.id),
  );
  api.post(
    '/api/calls/:id/publish',
    {
      config: { access: offices },
      schema: { tags, summary: '发布申报通知', params: idParams, response: { 200: callStatusAnswerSchema } },
    },
    (request) => calls.publishCall(actorOf(request), request.params.id, auditContextOf(request)),
  );
  api.post(
    '/api/calls/:id/close',
    {
      config: { access: offices },
      schema: { tags, summary: '结束申报（截止）', params: idParams, response: { 200: callStatusAnswerSchema } },
    },
    (request) => calls.closeCall(actorOf(request), request.params.id, auditContextOf(request)),
  );
  api.get(
    '/api/calls/:id/form',
    {
      config: { access: 'public', readsActor: true },
      schema: {
        tags,
        summary: '申报书表单定义（模板快照）与可选场景',
        params: idParams,
        response: {
          200: z.object({
            form: formVariantSchema,
            scenarios: z.array(z.object({ code: z.string(), name: z.string(), stage: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const call = await calls.loadCall(request.actor, request.params.id);
      return { form: call.form, scenarios: await calls.scenarioOptions(call) };
    },
  );
  api.post(
    '/api/calls/:id/extensions',
    {
      config: { access: offices },
      schema: {
        tags,
        summary: '为单个企业延长申报截止时间（须填写理由，记入审计日志）',
        params: idParams,
        body: grantExtensionBodySchema,
        response: { 201: extensionSchema },
      },
    },
    async (request, reply) => {
      const row = await calls.grantExtension(
        actorOf(request),
        request.params.id,
        request.body,
        auditContextOf(request),
      );
      return reply.status(201).send(await calls.toExtension(row));
    },
  );
  api.get(
    '/api/calls/:id/extensions',
    {
      config: { access: offices },
      schema: { tags, summary: '已批准的延期', params: idParams, response: { 200: z.array(extensionSchema) } },
    },
    async (request) => {
      const rows = await calls.listExtensions(actorOf(request), request.params.id);
      return Promise.all(rows.map(calls.toExtension));
    },
  );
}
