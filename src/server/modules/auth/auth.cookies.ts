import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionLifetimeMs } from './auth.rules.js';
import type { AuthService } from './auth.service.js';

export const sessionCookieName = 'impilot_session';
export const csrfCookieName = 'csrf';

/** Session cookie: HttpOnly, SameSite=Lax, Secure only over HTTPS; the csrf cookie is readable by the page. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionToken: string,
  csrfToken: string,
): void {
  const secure = request.protocol === 'https';
  const maxAge = Math.floor(sessionLifetimeMs / 1000);
  reply.setCookie(sessionCookieName, sessionToken, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
  reply.setCookie(csrfCookieName, csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
  reply.clearCookie(csrfCookieName, { path: '/' });
}

/** The bearer token, if the request carries one. */
export function bearerTokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Signs the caller in (after login, registration or an accepted invitation) and sets the session cookies. */
export async function startSession(
  auth: AuthService,
  request: FastifyRequest,
  reply: FastifyReply,
  credentials: { username: string; password: string },
) {
  const signedIn = await auth.signIn({
    username: credentials.username,
    password: credentials.password,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? ''),
  });
  setSessionCookies(request, reply, signedIn.sessionToken, signedIn.csrfToken);
  return signedIn.user;
}
