import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callDocumentSchema, callDocumentUpload } from '../../../shared/calls/calls.schemas.js';
import { sendDownload } from '../../plugins/downloads.js';
import { readMultipart, requireFile } from '../../plugins/multipart.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import type { CallDocumentsService } from './calls.documents.js';

const tags = ['calls 申报通知'];
const idParams = z.object({ id: z.string().max(64) });
const documentParams = idParams.extend({ documentId: z.string().max(64) });
const offices = ['admin', 'office'] as const;

/** 通知文件: offices attach them to their calls; anyone who may see the call reads them. */
export function registerCallDocumentsRoutes(app: FastifyInstance, documents: CallDocumentsService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/calls/:id/documents',
    {
      config: { access: 'public', readsActor: true },
      schema: { tags, summary: '通知文件列表', params: idParams, response: { 200: z.array(callDocumentSchema) } },
    },
    (request) => documents.list(request.actor, request.params.id),
  );
  api.post(
    '/api/calls/:id/documents',
    {
      config: { access: offices },
      schema: {
        tags,
        summary: '上传通知文件（multipart：file、title；PDF、Word 或 Excel，按内容识别，单个不超过 20 MB）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: callDocumentSchema },
      },
    },
    async (request, reply) => {
      const upload = await readMultipart(request, callDocumentUpload.maxBytes);
      const file = requireFile(upload);
      const title = upload.fields.title?.slice(0, 200);
      const document = await documents.upload(
        actorOf(request),
        request.params.id,
        { ...file, ...(title ? { title } : {}) },
        auditContextOf(request),
      );
      return reply.status(201).send(document);
    },
  );
  api.get(
    '/api/calls/:id/documents/:documentId',
    {
      config: { access: 'public', readsActor: true },
      schema: { tags, summary: '下载通知文件', params: documentParams },
    },
    async (request, reply) => {
      const { file, bytes } = await documents.read(request.actor, request.params.id, request.params.documentId);
      return sendDownload(reply, bytes, file.mediaType, file.originalName || 'notice');
    },
  );
  api.delete(
    '/api/calls/:id/documents/:documentId',
    {
      config: { access: offices },
      schema: {
        tags,
        summary: '删除通知文件',
        params: documentParams,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    (request) =>
      documents.remove(actorOf(request), request.params.id, request.params.documentId, auditContextOf(request)),
  );
}
