import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Role, roleSchema } from '../../shared/accounts/accounts.schemas.js';
import { AppError } from './errors.js';

export type { Role };
export const roles = roleSchema.options;

/** Who may call a route: everyone, any signed-in user, or the listed roles. */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

/** The signed-in caller, resolved from the session cookie or a bearer token. */
export type Actor = {
  userId: string;
  username: string;
  role: Role;
  organizationId: string | null;
  isOrganizationAdmin: boolean;
  /** Set for cookie sessions; null for bearer tokens (which need no CSRF token). */
  sessionId: string | null;
  csrfToken: string | null;
  /**
   * Set when the gate answered from this instance's recent sessions (routes with `sessionCheckedByWrite`): the
   * route's write must check the session in PostgreSQL, and ask `auth.ensureSessionLive` before any other answer.
   */
  sessionFromCache?: boolean;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A public route that shows a signed-in reader more (an office its own draft call) resolves the caller; other
     * public routes (catalogue, search, health) skip the session lookup.
     */
    readsActor?: boolean;
    /**
     * The handler's one write statement checks the session is still live (`auth.liveSessionCondition`) and asks
     * `auth.ensureSessionLive` on a miss, so the gate may answer from recent sessions without a query (autosave).
     */
    sessionCheckedByWrite?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type RecordedRoute = { method: string; url: string; access: RouteAccess; sessionCheckedByWrite: boolean };

export type ActorResolver = (request: FastifyRequest, options?: { checkedByWrite?: boolean }) => Promise<Actor | null>;

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Route gate (STYLE.md §3): every route must declare `config.access`, or the server refuses to start.
 * Declared routes are recorded so the access-matrix test can walk all of them. Access is decided in
 * onRequest, before the body is validated, so an anonymous call with a bad body is still 401.
 */
export function registerAccessGate(app: FastifyInstance, recorded: RecordedRoute[], resolveActor: ActorResolver): void {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
    }
    for (const method of [route.method].flat()) {
      const sessionCheckedByWrite = route.config?.sessionCheckedByWrite === true;
      if (method !== 'HEAD') recorded.push({ method, url: route.url, access, sessionCheckedByWrite });
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    if (access === 'public') {
      // Reads only, and a stale or bad credential just reads as anonymous.
      if (request.routeOptions.config?.readsActor && request.method === 'GET')
        request.actor = await resolveActor(request).catch(() => null);
      return;
    }
    const checkedByWrite = request.routeOptions.config?.sessionCheckedByWrite === true;
    request.actor = await resolveActor(request, { checkedByWrite });
    ensureAllowed(request, access);
    ensureCsrfToken(request);
  });
}

function ensureAllowed(request: FastifyRequest, access: Exclude<RouteAccess, 'public'>): void {
  const actor = request.actor;
  if (!actor) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  if (access !== 'authenticated' && !access.includes(actor.role)) {
    throw new AppError(403, 'FORBIDDEN', '当前角色无权执行此操作');
  }
}

/** Cookie-authenticated writes must echo the `csrf` cookie in `x-csrf-token` (CONTRACT.md). */
function ensureCsrfToken(request: FastifyRequest): void {
  const actor = request.actor;
  if (!actor?.sessionId || safeMethods.has(request.method)) return;
  if (request.headers['x-csrf-token'] !== actor.csrfToken) {
    throw new AppError(403, 'CSRF_TOKEN_INVALID', '页面已过期，请刷新后重试');
  }
}
