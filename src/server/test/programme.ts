import type { App } from '../app.js';
import type { Database } from '../db/client.js';
import { createOrganizationWithAdmin, testPassword } from './accounts.js';
import { multipartBody, samplePdf } from './multipart.js';
import { asUser, type Session, sessionFrom, signIn } from './sessions.js';

/** A complete enterprise profile, so every prefilled field of the forms has a value. */
export const completeProfile = {
  ownershipType: '民营',
  address: '湖北省武汉市武昌区中北路 100 号',
  legalRepresentative: '张建国',
  contactName: '李明',
  contactPhone: '027-87654321',
};

/** Registers an enterprise through the API and completes its profile; returns its session and id. */
export async function registerEnterprise(
  app: App,
  input: { username: string; uscc: string; regionCode: string; name?: string },
): Promise<{ session: Session; id: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/enterprises/register',
    payload: {
      username: input.username,
      password: 'A-good-password-1',
      enterprise: {
        uscc: input.uscc,
        name: input.name ?? `${input.username} 智能装备有限公司`,
        regionCode: input.regionCode,
        industryCode: '34',
        employees: 400,
        revenue: 5000,
      },
    },
  });
  if (response.statusCode !== 201) throw new Error(`registration failed: ${response.body}`);
  const session = sessionFrom(response);
  const id = response.json().enterprise.id as string;
  const profile = await app.inject({
    method: 'PATCH',
    url: `/api/enterprises/${id}`,
    headers: { ...asUser(session), 'if-match': '1' },
    payload: completeProfile,
  });
  if (profile.statusCode !== 200) throw new Error(`profile update failed: ${profile.body}`);
  return { session, id };
}

/** A national programme office with one signed-in user. */
export async function createOffice(
  app: App,
  db: Database,
  username: string,
  level = 'national',
  regionCode: string | null = null,
) {
  await createOrganizationWithAdmin(db, { type: 'office', level, regionCode, role: 'office', username });
  return signIn(app, username, testPassword);
}

/** Creates and publishes a call; returns its id. */
export async function publishCall(
  app: App,
  office: Session,
  body: {
    templateId: string;
    title?: string;
    year?: number;
    catalogEdition?: string;
    opensAt: string;
    closesAt: string;
    variant?: string;
    regionPrefix?: string;
  },
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/calls',
    headers: asUser(office),
    payload: { title: `${body.templateId} 申报通知`, year: 2026, catalogEdition: '2024', ...body },
  });
  if (created.statusCode !== 201) throw new Error(`call creation failed: ${created.body}`);
  const id = created.json().id as string;
  const published = await app.inject({ method: 'POST', url: `/api/calls/${id}/publish`, headers: asUser(office) });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`);
  return id;
}

/** Creates the enterprise's draft application in a call; returns its id and version. */
export async function createDraft(
  app: App,
  session: Session,
  callId: string,
  scenarioCodes: string[] = [],
): Promise<{ id: string; version: number }> {
  const created = await app.inject({
    method: 'POST',
    url: `/api/calls/${callId}/applications`,
    headers: asUser(session),
    payload: { scenarioCodes },
  });
  if (created.statusCode !== 201) throw new Error(`application creation failed: ${created.body}`);
  return created.json();
}

/** Builds an application from the first example of every property in a JSON Schema (CONTRACT.md). */
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

/** Fills an application with the form's examples, attaches what is required, stamps and submits it. */
export async function submitComplete(
  app: App,
  session: Session,
  applicationId: string,
  callId: string,
  overrides: Record<string, Record<string, unknown>> = {},
) {
  const headers = asUser(session);
  const schema = (await app.inject({ url: `/api/calls/${callId}/form-schema` })).json();
  const current = (await app.inject({ url: `/api/applications/${applicationId}`, headers })).json();
  const saved = await app.inject({
    method: 'PATCH',
    url: `/api/applications/${applicationId}`,
    headers: { ...headers, 'if-match': String(current.version) },
    payload: { data: withOverrides(dataFromExamples(schema), overrides) },
  });
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
  for (const attachment of schema['x-attachments'].filter((item: { required: boolean }) => item.required))
    await uploadFile(app, session, `/api/applications/${applicationId}/attachments`, { kind: attachment.kind });
  await stampAndSubmit(app, session, applicationId);
}

/** Uploads the stamped scan for the current fingerprint and submits. */
export async function stampAndSubmit(app: App, session: Session, applicationId: string) {
  const headers = asUser(session);
  const { fingerprint } = (await app.inject({ url: `/api/applications/${applicationId}`, headers })).json();
  await uploadFile(app, session, `/api/applications/${applicationId}/stamped`, { fingerprint });
  const submitted = await app.inject({ method: 'POST', url: `/api/applications/${applicationId}/submit`, headers });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
}

async function uploadFile(app: App, session: Session, url: string, fields: Record<string, string>) {
  const body = multipartBody(fields, { field: 'file', name: 'scan.pdf', type: 'application/pdf', bytes: samplePdf });
  const response = await app.inject({
    method: 'POST',
    url,
    headers: { ...asUser(session), ...body.headers },
    payload: body.payload,
  });
  if (response.statusCode !== 201) throw new Error(`upload to ${url} failed: ${response.body}`);
}

/** Example data with some fields of some sections replaced. */
function withOverrides(data: Record<string, unknown>, overrides: Record<string, Record<string, unknown>>) {
  const next = { ...data };
  for (const [section, fields] of Object.entries(overrides))
    next[section] = { ...(next[section] as Record<string, unknown>), ...fields };
  return next;
}
