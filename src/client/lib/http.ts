import type { ZodType } from 'zod';
import { errorBodySchema } from '../../shared/errors/errors.schemas.js';

/** An API answer other than 2xx, carrying the server's stable error code and Chinese message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor({ status, code, message }: { status: number; code: string; message: string }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * GETs JSON from the same-origin API and validates it against the shared schema, so a contract drift
 * shows as a clear error instead of a half-rendered page.
 */
export async function getJson<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = errorBodySchema.safeParse(body);
    throw new ApiError({
      status: response.status,
      code: parsedError.success ? parsedError.data.error.code : 'HTTP_ERROR',
      message: parsedError.success ? parsedError.data.error.message : `服务暂时不可用（${response.status}）`,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'INVALID_RESPONSE', message: '服务返回的数据格式有误' });
  }
  return parsed.data;
}

/** Builds `path?query` from the defined entries only. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
