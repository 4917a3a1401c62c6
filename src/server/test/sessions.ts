import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../app.js';

export type Session = { cookie: string; csrf: string; userId: string };

/** Signs in through the API and returns the cookie header and CSRF token a browser would send. */
export async function signIn(app: App, username: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  return sessionFrom(response);
}

export function sessionFrom(response: LightMyRequestResponse): Session {
  const cookies = response.cookies as Array<{ name: string; value: string }>;
  const csrf = cookies.find((cookie) => cookie.name === 'csrf')?.value ?? '';
  return {
    cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    csrf,
    userId: response.json().user.id,
  };
}

/** Headers for a cookie-authenticated request, with the CSRF token for writes. */
export const asUser = (session: Session) => ({ cookie: session.cookie, 'x-csrf-token': session.csrf });
