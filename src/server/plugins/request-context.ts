import type { FastifyRequest } from 'fastify';
import type { Actor } from './access.js';

/** Who is acting and from where, for audit rows. */
export function auditContextOf(request: FastifyRequest) {
  return { actorUserId: request.actor?.userId ?? null, actorUsername: request.actor?.username ?? null, ip: request.ip };
}

/** For routes whose access gate guarantees a signed-in caller. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route reached without an actor; its config.access must not be public');
  return request.actor;
}

/** The version an edit was based on, from `If-Match` (validated by the route's header schema). */
export const expectedVersionOf = (request: FastifyRequest) =>
  Number(String(request.headers['if-match']).replaceAll('"', ''));
