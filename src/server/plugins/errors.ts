import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** A domain error with a stable code (see each module's *.errors.ts). */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Field-level problems (JSON Pointer paths), rendered as `details`. */
    readonly details?: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

export const notFound = (message = '请求的资源不存在') => new AppError(404, 'NOT_FOUND', message);

/** Fastify's own 4xx codes and the stable codes and Chinese messages we answer with. */
const frameworkErrors: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', message: '请求体不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INVALID_JSON', message: '请求体为空，但声明为 JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求体超过 1 MiB 上限' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' },
  FST_REQ_FILE_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '文件超过上传大小上限' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '上传须使用 multipart/form-data' },
  FST_FILES_LIMIT: { code: 'INVALID_INPUT', message: '一次只能上传一个文件' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_CONTENT_LENGTH', message: '请求体长度与声明不符' },
};

const validationMessages: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** One handler renders every error as {"error":{"code","message"}}; only unknown errors become 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const details = error.details ? { details: error.details } : {};
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, ...details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = validationMessages[error.validationContext ?? 'body'] ?? '请求';
      const details = error.validation.map((issue) => ({
        path: issue.instancePath || '/',
        message: issue.message ?? '无效',
      }));
      return reply.status(400).send({
        error: {
          code: 'INVALID_INPUT',
          message: `${where}不符合要求：${details.map((d) => `${d.path} ${d.message}`).join('；')}`,
          details,
        },
      });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const known = frameworkErrors[error.code];
      return reply.status(status).send({
        error: { code: known?.code ?? (error.code || 'BAD_REQUEST'), message: known?.message ?? '请求无效' },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试' } });
  });
}
