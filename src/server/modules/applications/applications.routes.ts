import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ifMatchHeadersSchema } from '../../../shared/accounts/accounts.schemas.js';
import {
  applicationCreatedSchema,
  applicationSchema,
  attachmentSchema,
  createApplicationBodySchema,
  draftSavedSchema,
  exportQuerySchema,
  myApplicationSchema,
  restoreBodySchema,
  saveDraftBodySchema,
  stampedUploadedSchema,
  statusAnswerSchema,
  validationAnswerSchema,
  versionDetailSchema,
  versionSummarySchema,
  withdrawBodySchema,
} from '../../../shared/applications/applications.schemas.js';
import { formJsonSchema } from '../../../shared/applications/form-schema.js';
import { callStatsSchema } from '../../../shared/calls/calls.schemas.js';
import { sendDownload } from '../../plugins/downloads.js';
import { readMultipart, requireFile } from '../../plugins/multipart.js';
import { actorOf, auditContextOf, expectedVersionOf } from '../../plugins/request-context.js';
import type { CallsService } from '../calls/calls.service.js';
import type { StoredFile } from '../files/files.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { type ApplicationFilesService, stampedUpload } from './applications.files.js';
import type { ApplicationsOverview } from './applications.overview.js';
import type { ApplicationsService } from './applications.service.js';

const tags = ['applications 申报书'];
const idParams = z.object({ id: z.string().max(64) });
const readers = ['admin', 'office', 'recommender', 'enterprise'] as const;
const enterprise = ['enterprise'] as const;
/** Largest single upload any attachment kind allows; each kind's own limit is checked by the service. */
const largestUpload = stampedUpload.maxBytes;

const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const sendStored = (reply: FastifyReply, { file, bytes }: { file: StoredFile; bytes: Buffer }) =>
  sendDownload(reply, bytes, file.mediaType, file.originalName || 'file');

type Services = {
  applications: ApplicationsService;
  overview: ApplicationsOverview;
  applicationFiles: ApplicationFilesService;
  calls: CallsService;
  reference: Pick<ReferenceService, 'findRegion'>;
};

export function registerApplicationsRoutes(app: FastifyInstance, services: Services): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { applications, applicationFiles, calls } = services;

  api.get(
    '/api/calls/:id/form-schema',
    {
      config: { access: 'public', readsActor: true },
      schema: { tags, summary: '申报书数据的 JSON Schema（2020-12），含字数限制、示例与附件要求', params: idParams },
    },
    async (request) => {
      const call = await calls.loadCall(request.actor, request.params.id);
      return formJsonSchema(call.form, await calls.formContext(call, {}));
    },
  );
  api.get(
    '/api/calls/:id/stats',
    {
      config: { access: ['admin', 'office'] },
      schema: { tags, summary: '申报情况：按状态与地区统计', params: idParams, response: { 200: callStatsSchema } },
    },
    async (request) => {
      const stats = await services.overview.callStats(actorOf(request), request.params.id);
      const byRegion = await Promise.all(
        [...stats.byRegion].map(async ([regionCode, count]) => ({
          regionCode,
          regionName: (await services.reference.findRegion(regionCode))?.name ?? regionCode,
          count,
        })),
      );
      return { ...stats, byRegion };
    },
  );
  api.post(
    '/api/calls/:id/applications',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '创建申报书（选择场景；同一年度国家优秀场景与示范工厂只能申报其一）',
        params: idParams,
        body: createApplicationBodySchema,
        response: { 201: applicationCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await applications.createApplication(
            actorOf(request),
            request.params.id,
            request.body,
            auditContextOf(request),
          ),
        ),
  );
  api.get(
    '/api/my/applications',
    {
      config: { access: enterprise },
      schema: { tags, summary: '我的申报（状态、截止时间、待办）', response: { 200: z.array(myApplicationSchema) } },
    },
    (request) => services.overview.listMine(actorOf(request)),
  );
  api.get(
    '/api/applications/:id',
    {
      config: { access: readers },
      schema: { tags, summary: '申报书', params: idParams, response: { 200: applicationSchema } },
    },
    (request) => applications.getApplication(actorOf(request), request.params.id),
  );
  api.patch(
    '/api/applications/:id',
    {
      // The save statement checks the session itself: the autosave costs one round trip (applications.content-writer).
      config: { access: enterprise, sessionCheckedByWrite: true },
      schema: {
        tags,
        summary: '保存申报书（部分更新；If-Match 携带版本号，过期返回 409 VERSION_CONFLICT）',
        params: idParams,
        headers: ifMatchHeadersSchema,
        body: saveDraftBodySchema,
        response: { 200: draftSavedSchema },
      },
      // The answer is built typed by saveDraft; re-checking it with zod on every keystroke's save is pure cost.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    (request) =>
      applications.saveDraft(actorOf(request), request.params.id, expectedVersionOf(request), request.body.data),
  );
  api.delete(
    '/api/applications/:id',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '删除从未提交过的草稿（If-Match 携带版本号）',
        params: idParams,
        headers: ifMatchHeadersSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await applications.deleteDraft(
        actorOf(request),
        request.params.id,
        expectedVersionOf(request),
        auditContextOf(request),
      );
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/api/applications/:id/validation',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '校验申报书（与提交时相同的规则）',
        params: idParams,
        response: { 200: validationAnswerSchema },
      },
    },
    (request) => applications.validate(actorOf(request), request.params.id),
  );
  api.post(
    '/api/applications/:id/submit',
    {
      config: { access: enterprise },
      schema: { tags, summary: '提交申报书', params: idParams, response: { 200: statusAnswerSchema } },
    },
    (request) => applications.submit(actorOf(request), request.params.id, auditContextOf(request)),
  );
  api.post(
    '/api/applications/:id/withdraw',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '撤回已提交的申报书（须填写理由，仅限截止前）',
        params: idParams,
        body: withdrawBodySchema,
        response: { 200: statusAnswerSchema },
      },
    },
    (request) =>
      applications.withdraw(actorOf(request), request.params.id, request.body.reason, auditContextOf(request)),
  );
  api.get(
    '/api/applications/:id/versions',
    {
      config: { access: readers },
      schema: { tags, summary: '历史版本', params: idParams, response: { 200: z.array(versionSummarySchema) } },
    },
    (request) => applications.listVersions(actorOf(request), request.params.id),
  );
  api.get(
    '/api/applications/:id/versions/:version',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '历史版本内容',
        params: idParams.extend({ version: z.coerce.number().int().positive() }),
        response: { 200: versionDetailSchema },
      },
    },
    (request) => applications.getVersion(actorOf(request), request.params.id, request.params.version),
  );
  api.post(
    '/api/applications/:id/restore',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '恢复历史版本（作为新版本保存）',
        params: idParams,
        headers: ifMatchHeadersSchema,
        body: restoreBodySchema,
        response: { 200: z.object({ version: z.number(), fingerprint: z.string() }) },
      },
    },
    (request) =>
      applications.restoreVersion(
        actorOf(request),
        request.params.id,
        expectedVersionOf(request),
        request.body.version,
        auditContextOf(request),
      ),
  );
  api.get(
    '/api/applications/:id/export',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: '导出申报书（DOCX 或 PDF，页脚与二维码含文档指纹）',
        params: idParams,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const format = request.query.format;
      const { bytes, fileName } = await applicationFiles.exportApplication(actorOf(request), request.params.id, format);
      return sendDownload(reply, bytes, mediaTypes[format], fileName);
    },
  );
  api.post(
    '/api/applications/:id/attachments',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '上传附件（multipart：kind、file；按内容识别类型）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: {
          201: attachmentSchema
            .pick({ id: true, kind: true, sha256: true, size: true, mediaType: true })
            .extend({ fingerprint: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const upload = await readMultipart(request, largestUpload);
      const file = requireFile(upload);
      const kind = upload.fields.kind ?? '';
      return reply
        .status(201)
        .send(
          await applicationFiles.uploadAttachment(
            actorOf(request),
            request.params.id,
            kind,
            file,
            auditContextOf(request),
          ),
        );
    },
  );
  api.get(
    '/api/applications/:id/attachments/:attachmentId',
    {
      config: { access: readers },
      schema: { tags, summary: '下载附件', params: idParams.extend({ attachmentId: z.string().max(64) }) },
    },
    async (request, reply) =>
      sendStored(
        reply,
        await applicationFiles.readAttachment(actorOf(request), request.params.id, request.params.attachmentId),
      ),
  );
  api.delete(
    '/api/applications/:id/attachments/:attachmentId',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '删除附件',
        params: idParams.extend({ attachmentId: z.string().max(64) }),
        response: { 200: z.object({ fingerprint: z.string() }) },
      },
    },
    (request) =>
      applicationFiles.deleteAttachment(
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
        auditContextOf(request),
      ),
  );
  api.post(
    '/api/applications/:id/stamped',
    {
      config: { access: enterprise },
      schema: {
        tags,
        summary: '上传盖章扫描件（multipart：file、fingerprint；须为 PDF，指纹须与当前版本一致）',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: stampedUploadedSchema },
      },
    },
    async (request, reply) => {
      const upload = await readMultipart(request, largestUpload);
      const file = requireFile(upload);
      return reply
        .status(201)
        .send(
          await applicationFiles.uploadStamped(
            actorOf(request),
            request.params.id,
            file,
            upload.fields.fingerprint ?? '',
            auditContextOf(request),
          ),
        );
    },
  );
  api.get(
    '/api/applications/:id/stamped',
    {
      config: { access: readers },
      schema: { tags, summary: '下载盖章扫描件', params: idParams },
    },
    async (request, reply) =>
      sendStored(reply, await applicationFiles.readStamped(actorOf(request), request.params.id)),
  );
}
