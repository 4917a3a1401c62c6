import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** JSON serialised once, kept plain and gzipped for answers that are served many times unchanged. */
export type CachedJson = { identity: Buffer; gzip: Buffer };

export function cacheJson(value: unknown): CachedJson {
  const identity = Buffer.from(JSON.stringify(value));
  return { identity, gzip: zlib.gzipSync(identity, { level: 9 }) };
}

const acceptsGzip = (request: FastifyRequest) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

/**
 * Sends cached JSON as is: Fastify passes a Buffer with a JSON content type straight through, so the route's
 * response schema documents the shape without re-serialising per request. Clients that accept gzip (every
 * browser) get the pre-compressed bytes, a third of the size of the catalogue's stage lists.
 */
export function sendCachedJson(request: FastifyRequest, reply: FastifyReply, cached: CachedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(cached.gzip);
  return reply.send(cached.identity);
}
