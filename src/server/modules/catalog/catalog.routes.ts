import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  editionMapQuerySchema,
  editionMapSchema,
  editionSchema,
  scenarioDetailSchema,
  scenarioHitSchema,
  scenarioMatchBodySchema,
  scenarioSearchQuerySchema,
  stageSchema,
} from '../../../shared/catalog/catalog.schemas.js';
import { sendCachedJson } from '../../plugins/json-text.js';
import type { CatalogService } from './catalog.service.js';

const tags = ['catalog 场景目录'];

/** Public catalogue endpoints. Cached JSON text is sent as is, skipping re-serialisation. */
export function registerCatalogRoutes(app: FastifyInstance, catalog: CatalogService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/catalog/editions',
    {
      config: { access: 'public' },
      schema: { tags, summary: '场景目录版本列表', response: { 200: z.array(editionSchema) } },
    },
    async (request, reply) => sendCachedJson(request, reply, await catalog.editionsJson()),
  );
  api.get(
    '/api/catalog/editions/:id/stages',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '某版本的环节与场景',
        params: z.object({ id: z.string().max(20) }),
        response: { 200: z.array(stageSchema) },
      },
    },
    async (request, reply) => sendCachedJson(request, reply, await catalog.stagesJson(request.params.id)),
  );
  api.get(
    '/api/catalog/scenarios',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '场景全文检索',
        querystring: scenarioSearchQuerySchema,
        response: { 200: z.array(scenarioHitSchema) },
      },
    },
    async (request, reply) => sendCachedJson(request, reply, await catalog.searchScenariosJson(request.query)),
  );
  api.post(
    '/api/catalog/scenarios/match',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '按一段文字推荐匹配的场景',
        body: scenarioMatchBodySchema,
        response: { 200: z.array(scenarioHitSchema) },
      },
    },
    (request) =>
      catalog.searchScenarios({ q: request.body.text, edition: request.body.edition, limit: request.body.limit }),
  );
  api.get(
    '/api/catalog/scenarios/:code',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '场景详情',
        params: z.object({ code: z.string().max(20) }),
        response: { 200: scenarioDetailSchema },
      },
    },
    (request) => catalog.getScenario(request.params.code),
  );
  api.get(
    '/api/catalog/map',
    {
      config: { access: 'public' },
      schema: { tags, summary: '版本对照表', querystring: editionMapQuerySchema, response: { 200: editionMapSchema } },
    },
    (request) => catalog.getEditionMap(request.query.from, request.query.to),
  );
}
