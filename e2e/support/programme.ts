import { type ApiSession, createUserWithOrganization, registerEnterprise } from './accounts.js';

/** The smallest PDF the upload check accepts, padded to look like a scan. */
export const samplePdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

type Answer<T> = { status: number; body: T };

/**
 * A signed-in API client for programme fixtures: JSON with extra headers (If-Match) and multipart uploads, keeping
 * the session cookies and echoing the csrf cookie on writes, as a script would (CONTRACT.md).
 */
export class ProgrammeClient {
  private readonly cookies = new Map<string, string>();

  private constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<ProgrammeClient> {
    const client = new ProgrammeClient(baseUrl);
    await client.expect(200, 'POST', '/api/auth/login', { body: { username, password } });
    return client;
  }

  async send<T>(
    method: string,
    path: string,
    { body, headers = {}, form }: { body?: unknown; headers?: Record<string, string>; form?: FormData } = {},
  ): Promise<Answer<T>> {
    const all: Record<string, string> = { accept: 'application/json', ...headers };
    if (body !== undefined) all['content-type'] = 'application/json';
    if (this.cookies.size > 0) all.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('csrf');
    if (csrf && method !== 'GET') all['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: all,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Sends and insists on the status, so a failed fixture stops the spec with the server's answer. */
  async expect<T = Record<string, unknown>>(
    status: number,
    method: string,
    path: string,
    options: Parameters<ProgrammeClient['send']>[2] = {},
  ): Promise<T> {
    const answer = await this.send<T>(method, path, options);
    if (answer.status !== status)
      throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Uploads the sample PDF with the given fields before the file (the server reads them first). */
  upload(path: string, fields: Record<string, string>, fileName = 'scan.pdf') {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([samplePdf], { type: 'application/pdf' }), fileName);
    return this.expect(201, 'POST', path, { form });
  }
}

/** Builds an application from the first example of every property in the call's JSON Schema (CONTRACT.md). */
export function dataFromExamples(schema: Record<string, unknown>): Record<string, unknown> {
  const build = (node: Record<string, unknown>): unknown => {
    if (Array.isArray(node.examples)) return node.examples[0];
    if (node.type === 'object' || node.properties) {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, build(child)]));
    }
    if (node.type === 'array') {
      const count = Math.max(1, Number(node.minItems ?? 1));
      return Array.from({ length: count }, () => build(node.items as Record<string, unknown>));
    }
    return null;
  };
  return build(schema) as Record<string, unknown>;
}

/** The enterprise profile fields the forms prefill, so the examples make a complete application. */
const completeProfile = {
  ownershipType: '民营',
  address: '湖北省武汉市武昌区中北路 100 号',
  legalRepresentative: '张建国',
  contactName: '李明',
  contactPhone: '027-87654321',
};

/** Uploads the stamped scan for the application's current fingerprint and submits it. */
export async function stampAndSubmit(client: ProgrammeClient, applicationId: string, { submit = true } = {}) {
  const { fingerprint } = await client.expect<{ fingerprint: string }>(
    200,
    'GET',
    `/api/applications/${applicationId}`,
  );
  await client.upload(`/api/applications/${applicationId}/stamped`, { fingerprint }, '盖章扫描件.pdf');
  if (submit) await client.expect(200, 'POST', `/api/applications/${applicationId}/submit`);
}

/**
 * Registers an enterprise in `regionCode`, completes its profile, and creates, fills (from the schema's examples, which
 * also choose a 湖北试点示范 mode) and attaches what the call's form requires to an application — all through the API.
 * `scenarioCodes` are the catalogue scenarios the application starts with (none for a form without a scenarios
 * section); with `submit`, the stamped scan is uploaded and the application submitted.
 */
export async function prepareApplicationAs(
  baseUrl: string,
  {
    callId,
    regionCode,
    name,
    scenarioCodes = [],
    submit = true,
  }: { callId: string; regionCode: string; name: string; scenarioCodes?: string[]; submit?: boolean },
) {
  const registered = await registerEnterprise(baseUrl, { regionCode, name });
  const client = await ProgrammeClient.signIn(baseUrl, registered.username, registered.password);
  await client.expect(200, 'PATCH', `/api/enterprises/${registered.organizationId}`, {
    body: completeProfile,
    headers: { 'if-match': '1' },
  });
  const { id } = await client.expect<{ id: string }>(201, 'POST', `/api/calls/${callId}/applications`, {
    body: { scenarioCodes },
  });
  const schema = await client.expect<Record<string, unknown>>(200, 'GET', `/api/calls/${callId}/form-schema`);
  const { version } = await client.expect<{ version: number }>(200, 'GET', `/api/applications/${id}`);
  await client.expect(200, 'PATCH', `/api/applications/${id}`, {
    body: { data: dataFromExamples(schema) },
    headers: { 'if-match': String(version) },
  });
  const attachments = schema['x-attachments'] as Array<{ kind: string; required: boolean }>;
  for (const attachment of attachments.filter((item) => item.required))
    await client.upload(`/api/applications/${id}/attachments`, { kind: attachment.kind }, `${attachment.kind}.pdf`);
  if (submit) await stampAndSubmit(client, id);
  return { ...registered, client, applicationId: id };
}

/** An enterprise in `regionCode` submits a complete 优秀场景 application for scenario 2024-01 (see prepareApplicationAs). */
export function submitApplicationAs(
  baseUrl: string,
  { callId, regionCode, name }: { callId: string; regionCode: string; name: string },
) {
  return prepareApplicationAs(baseUrl, { callId, regionCode, name, scenarioCodes: ['2024-01'] });
}

/** A recommending unit at a level and region with one reviewer account. */
export function createRecommender(admin: ApiSession, level: 'province' | 'city' | 'district', regionCode: string) {
  return createUserWithOrganization(admin, { type: 'recommender', level, regionCode, role: 'recommender' });
}

/**
 * A reviewer account in the named unit: specs share one server and others create Hubei province units too, so the
 * list a city sends goes to whichever covering unit the chain picks; the spec signs in there.
 */
export async function createReviewerIn(admin: ApiSession, organizationName: string) {
  const { body } = await admin.send<{ items: Array<{ id: string; name: string }> }>(
    'GET',
    `/api/admin/organizations?type=recommender&q=${encodeURIComponent(organizationName)}`,
  );
  const organization = body.items.find((item) => item.name === organizationName);
  if (!organization) throw new Error(`no recommending unit named ${organizationName}`);
  const suffix = Math.random().toString(16).slice(2, 10);
  const username = `reviewer_${suffix}`;
  const password = `Pass-word-${suffix}`;
  await admin.create('/api/admin/users', { username, password, role: 'recommender', organizationId: organization.id });
  return { username, password };
}
