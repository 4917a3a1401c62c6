import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  childrenQuerySchema,
  industryNodeSchema,
  programmeSchema,
  regionNodeSchema,
} from '../../../shared/reference/reference.schemas.js';
import type { ReferenceService } from './reference.service.js';

const tags = ['reference 参考数据'];

export function registerReferenceRoutes(app: FastifyInstance, reference: ReferenceService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/reference/industries',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '国民经济行业分类（下级节点）',
        querystring: childrenQuerySchema,
        response: { 200: z.array(industryNodeSchema) },
      },
    },
    (request) => reference.listIndustryChildren(request.query.parent),
  );
  api.get(
    '/api/reference/regions',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '行政区划（下级节点）',
        querystring: childrenQuerySchema,
        response: { 200: z.array(regionNodeSchema) },
      },
    },
    (request) => reference.listRegionChildren(request.query.parent),
  );
  api.get(
    '/api/reference/programmes',
    {
      config: { access: 'public' },
      schema: { tags, summary: '试点示范项目类型', response: { 200: z.array(programmeSchema) } },
    },
    () => reference.listProgrammes(),
  );
  api.get(
    '/api/reference/documents/:key',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '结构化的项目文件（揭榜任务、湖北试点模式要素条件、无锡标杆要点）',
        params: z.object({ key: z.string().max(64) }),
        response: { 200: z.object({ key: z.string(), title: z.string(), source: z.string(), content: z.unknown() }) },
      },
    },
    (request) => reference.getProgrammeDocument(request.params.key),
  );
}
