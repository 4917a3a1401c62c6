import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enterpriseListQuerySchema,
  enterpriseProfileSchema,
  ifMatchHeadersSchema,
  pageOf,
  updateEnterpriseBodySchema,
  uploadedFileSchema,
  verifyEnterpriseBodySchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { sendDownload } from '../../plugins/downloads.js';
import { actorOf, auditContextOf, expectedVersionOf } from '../../plugins/request-context.js';
import { fileMissing } from '../files/files.errors.js';
import type { Upload } from '../files/files.service.js';
import type { EnterprisesService } from './enterprises.service.js';

const tags = ['enterprises 申报企业'];
const idParams = z.object({ id: z.string().max(64) });
const anyRole = ['admin', 'office', 'recommender', 'enterprise'] as const;

/** Reads the single `file` part of a multipart request into memory (size-limited by the multipart plugin). */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  const part = await request.file();
  if (part?.fieldname !== 'file') throw fileMissing();
  return { bytes: await part.toBuffer(), originalName: part.filename };
}

export function registerEnterprisesRoutes(app: FastifyInstance, enterprises: EnterprisesService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/enterprises',
    {
      config: { access: anyRole },
      schema: {
        tags,
        summary: '辖区内的企业（推荐单位）/ 本企业（企业用户）',
        querystring: enterpriseListQuerySchema,
        response: { 200: pageOf(enterpriseProfileSchema) },
      },
    },
    (request) => enterprises.listEnterprises(actorOf(request), request.query),
  );
  api.get(
    '/api/enterprises/:id',
    {
      config: { access: anyRole },
      schema: { tags, summary: '企业信息', params: idParams, response: { 200: enterpriseProfileSchema } },
    },
    (request) => enterprises.getEnterprise(actorOf(request), request.params.id),
  );
  api.patch(
    '/api/enterprises/:id',
    {
      config: { access: ['enterprise'] },
      schema: {
        tags,
        summary: '修改企业信息（If-Match 携带版本号，版本过期返回 409）',
        params: idParams,
        headers: ifMatchHeadersSchema,
        body: updateEnterpriseBodySchema,
        response: { 200: enterpriseProfileSchema },
      },
    },
    (request) =>
      enterprises.updateEnterprise(
        actorOf(request),
        request.params.id,
        expectedVersionOf(request),
        request.body,
        auditContextOf(request),
      ),
  );
  api.post(
    '/api/enterprises/:id/licence',
    {
      config: { access: ['enterprise'] },
      schema: {
        tags,
        summary: '上传营业执照（PDF/PNG/JPEG，按内容识别，≤10 MB）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: uploadedFileSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await enterprises.uploadLicence(
            actorOf(request),
            request.params.id,
            await readUpload(request),
            auditContextOf(request),
          ),
        ),
  );
  api.get(
    '/api/enterprises/:id/licence',
    {
      config: { access: ['admin', 'recommender', 'enterprise'] },
      schema: { tags, summary: '下载营业执照', params: idParams },
    },
    async (request, reply) => {
      const { file, bytes } = await enterprises.readLicence(actorOf(request), request.params.id);
      return sendDownload(reply, bytes, file.mediaType, file.originalName || 'licence');
    },
  );
  api.post(
    '/api/enterprises/:id/verification',
    {
      config: { access: ['admin', 'recommender'] },
      schema: {
        tags,
        summary: '核验企业（对照营业执照核对信用代码、名称、法定代表人）',
        params: idParams,
        body: verifyEnterpriseBodySchema,
        response: { 200: enterpriseProfileSchema },
      },
    },
    (request) =>
      enterprises.verifyEnterprise(actorOf(request), request.params.id, request.body, auditContextOf(request)),
  );
}
