import type { ZodType } from 'zod';
import { errorBodySchema } from '../../shared/errors/errors.schemas.js';

/** One field problem from a 400 answer; `path` is a JSON Pointer into the request body (`/enterprise/uscc`). */
export type ApiErrorDetail = { path: string; message: string };

/** An API answer other than 2xx, carrying the server's stable error code and Chinese message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];
  /** Seconds from a Retry-After header (429 ACCOUNT_LOCKED, TOO_MANY_ATTEMPTS), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor({
    status,
    code,
    message,
    details = [],
    retryAfterSeconds = null,
  }: {
    status: number;
    code: string;
    message: string;
    details?: ApiErrorDetail[];
    retryAfterSeconds?: number | null;
  }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function isUnauthenticatedError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

const networkError = () =>
  new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });

/** The `csrf` cookie the server sets with the session; every cookie-authenticated write echoes it (CONTRACT.md). */
export function readCsrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'csrf') return decodeURIComponent(value.join('='));
  }
  return undefined;
}

async function readAnswer<T>(response: Response, schema: ZodType<T>): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsedError = errorBodySchema.safeParse(body);
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError({
      status: response.status,
      code: parsedError.success ? parsedError.data.error.code : 'HTTP_ERROR',
      message: parsedError.success ? parsedError.data.error.message : `服务暂时不可用（${response.status}）`,
      details: parsedError.success ? (parsedError.data.error.details ?? []) : [],
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'INVALID_RESPONSE', message: '服务返回的数据格式有误' });
  }
  return parsed.data;
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
    throw networkError();
  }
  return readAnswer(response, schema);
}

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a write to the same-origin API with the session's CSRF token and validates the answer against
 * the shared schema. `body` is sent as JSON when given.
 */
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  {
    body,
    schema,
    headers: extraHeaders = {},
  }: { body?: unknown; schema: ZodType<T>; headers?: Record<string, string> },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = readCsrfToken();
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw networkError();
  }
  return readAnswer(response, schema);
}

/** POSTs a multipart form (a file upload) with the session's CSRF token; the browser sets the boundary. */
export async function sendForm<T>(path: string, { body, schema }: { body: FormData; schema: ZodType<T> }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const csrfToken = readCsrfToken();
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  return readAnswer(response, schema);
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
