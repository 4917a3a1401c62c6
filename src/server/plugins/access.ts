import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** 系统管理员, 主管部门, 推荐单位审核员, 企业用户, 评审专家. */
export const roles = ['admin', 'office', 'recommender', 'enterprise', 'expert'] as const;
export type Role = (typeof roles)[number];

/** Who may call a route: everyone, any signed-in user, or the listed roles. */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

export type Actor = { userId: string; role: Role };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type RecordedRoute = { method: string; url: string; access: RouteAccess };

/**
 * Route gate (STYLE.md §3): every route must declare `config.access`, or the server refuses to start.
 * Declared routes are recorded so the access-matrix test can walk all of them.
 */
export function registerAccessGate(app: FastifyInstance, recorded: RecordedRoute[]): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') recorded.push({ method, url: route.url, access });
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    ensureAllowed(request, access);
  });
}

function ensureAllowed(request: FastifyRequest, access: Exclude<RouteAccess, 'public'>): void {
  const actor = request.actor;
  if (!actor) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  if (access !== 'authenticated' && !access.includes(actor.role)) {
    throw new AppError(403, 'FORBIDDEN', '当前角色无权执行此操作');
  }
}
