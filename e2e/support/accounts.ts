import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { computeUsccCheckCharacter, usccCharset } from '../../src/shared/organizations/uscc.rules.js';
import { waitForVisible } from './pages.js';

/** The platform administrator's password; global-setup starts the server with it as ADMIN_PASSWORD. */
export const e2eAdminPassword = 'E2e-admin-pass-2026';

/** Specs share one server, so every username, organisation and USCC a spec creates carries a fresh suffix. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/**
 * A valid 统一社会信用代码 that no other spec uses: 91 (企业) + a Fuzhou region code + 9 random characters
 * + the check character computed by the shared rule.
 */
export function makeUscc(): string {
  const body = Array.from(randomBytes(9), (byte) => usccCharset[byte % usccCharset.length]).join('');
  const first17 = `91350100${body}`;
  return first17 + computeUsccCheckCharacter(first17);
}

type ApiAnswer<T> = { status: number; body: T };

/**
 * A signed-in API client for setting up fixtures, as a script or another system would: it keeps the session
 * cookies and echoes the csrf cookie in x-csrf-token on writes (CONTRACT.md).
 */
export class ApiSession {
  private readonly cookies = new Map<string, string>();

  private constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<ApiSession> {
    const session = new ApiSession(baseUrl);
    const answer = await session.send('POST', '/api/auth/login', { username, password });
    if (answer.status !== 200)
      throw new Error(`sign-in as ${username} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return session;
  }

  static signInAsAdmin(baseUrl: string): Promise<ApiSession> {
    return ApiSession.signIn(baseUrl, 'admin', e2eAdminPassword);
  }

  async send<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const csrf = this.cookies.get('csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** POSTs and insists on the expected status, so a failed fixture stops the spec with the server's answer. */
  async create<T>(path: string, body: unknown, expectedStatus = 201): Promise<T> {
    const answer = await this.send<T>('POST', path, body);
    if (answer.status !== expectedStatus) {
      throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }
}

/** Creates an organisation and a user in it through the administrator's API session; returns the credentials. */
export async function createUserWithOrganization(
  admin: ApiSession,
  {
    type = 'recommender',
    level = 'province',
    regionCode = '420000',
    role = 'recommender',
    isOrganizationAdmin = false,
  }: {
    type?: 'office' | 'recommender';
    level?: 'national' | 'province' | 'city' | 'district' | 'central';
    regionCode?: string;
    role?: 'office' | 'recommender' | 'expert';
    isOrganizationAdmin?: boolean;
  } = {},
): Promise<{ username: string; password: string; organizationId: string; organizationName: string; userId: string }> {
  const suffix = uniqueSuffix();
  const organizationName = `测试单位${suffix}`;
  const { id: organizationId } = await admin.create<{ id: string }>('/api/admin/organizations', {
    type,
    name: organizationName,
    level,
    ...(level === 'national' || level === 'central' ? {} : { regionCode }),
  });
  const username = `user_${suffix}`;
  const password = `Pass-word-${suffix}`;
  const { id: userId } = await admin.create<{ id: string }>('/api/admin/users', {
    username,
    password,
    role,
    organizationId,
    isOrganizationAdmin,
  });
  return { username, password, organizationId, organizationName, userId };
}

/** Signs in through the sign-in page as a person would, and waits for the page `next` leads to. */
export async function signInThroughPage(page: Page, { username, password }: { username: string; password: string }) {
  await page.goto('/login');
  await waitForVisible(page.getByRole('heading', { level: 1, name: '登录' }));
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page
    .getByRole('main')
    .getByRole('button', { name: /登\s*录/ })
    .click();
}

/** Registers an enterprise (and its first user) through the public API, as the registration page does. */
export async function registerEnterprise(
  baseUrl: string,
  { regionCode = '350102', name = `测试企业${uniqueSuffix()}` }: { regionCode?: string; name?: string } = {},
): Promise<{ username: string; password: string; uscc: string; name: string; organizationId: string }> {
  const suffix = uniqueSuffix();
  const username = `ent_${suffix}`;
  const password = `Ent-pass-${suffix}`;
  const uscc = makeUscc();
  const response = await fetch(`${baseUrl}/api/enterprises/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      username,
      password,
      enterprise: { uscc, name, regionCode, industryCode: '34', employees: 120, revenue: 8000 },
    }),
  });
  const body = (await response.json()) as { enterprise?: { id: string } };
  if (response.status !== 201 || !body.enterprise) {
    throw new Error(`registration answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return { username, password, uscc, name, organizationId: body.enterprise.id };
}
