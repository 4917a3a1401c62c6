import type { FastifyReply } from 'fastify';

/**
 * Sends JSON text that was serialised once and cached. Fastify sends a string with a JSON content type
 * as is, so the route's response schema documents the shape without re-serialising it per request.
 */
export function sendJsonText(reply: FastifyReply, text: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}
