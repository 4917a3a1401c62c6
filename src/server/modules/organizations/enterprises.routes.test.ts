import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { multipartBody, samplePdf } from '../../test/multipart.js';
import { asUser, type Session, sessionFrom, signIn } from '../../test/sessions.js';

let app: App;
let close: () => Promise<void>;
const sessions: Record<string, Session> = {};
const enterpriseIds: Record<string, string> = {};

/** Two enterprises in 武昌区 and 江汉区 of 武汉, one in 郑州; units at each level. */
beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close } = test);
  const units = [
    { username: 'wuchang', type: 'recommender', level: 'district', regionCode: '420106' },
    { username: 'wuhan', type: 'recommender', level: 'city', regionCode: '420100' },
    { username: 'hubei', type: 'recommender', level: 'province', regionCode: '420000' },
    { username: 'henan', type: 'recommender', level: 'province', regionCode: '410000' },
  ] as const;
  for (const unit of units) {
    await createOrganizationWithAdmin(test.handle.db, { ...unit, role: 'recommender' });
    sessions[unit.username] = await signIn(app, unit.username, testPassword);
  }
  const registrations = [
    { username: 'ent-wuchang', uscc: '91350100M000100Y43', regionCode: '420106' },
    { username: 'ent-jianghan', uscc: '91110000600037341L', regionCode: '420103' },
    { username: 'ent-zhengzhou', uscc: '911100001000079554', regionCode: '410102' },
  ];
  for (const registration of registrations) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/enterprises/register',
      payload: {
        username: registration.username,
        password: 'A-good-password-1',
        enterprise: {
          uscc: registration.uscc,
          name: `${registration.username} 有限公司`,
          regionCode: registration.regionCode,
          industryCode: '374',
          employees: 400,
          revenue: 5000,
        },
      },
    });
    enterpriseIds[registration.username] = response.json().enterprise.id;
    sessions[registration.username] = sessionFrom(response);
  }
});
afterAll(() => close());

const listedNames = async (session: Session) =>
  (await app.inject({ url: '/api/enterprises', headers: asUser(session) }))
    .json()
    .items.map((item: { name: string }) => item.name)
    .sort();

describe('who sees which enterprise', () => {
  it('a district sees its own district, a city its districts, a province its cities, and nothing beyond', async () => {
    expect(await listedNames(sessions.wuchang!)).toEqual(['ent-wuchang 有限公司']);
    expect(await listedNames(sessions.wuhan!)).toEqual(['ent-jianghan 有限公司', 'ent-wuchang 有限公司']);
    expect(await listedNames(sessions.hubei!)).toEqual(['ent-jianghan 有限公司', 'ent-wuchang 有限公司']);
    expect(await listedNames(sessions.henan!)).toEqual(['ent-zhengzhou 有限公司']);
  });

  it('an enterprise sees only itself; another enterprise or district is 404', async () => {
    expect(await listedNames(sessions['ent-wuchang']!)).toEqual(['ent-wuchang 有限公司']);
    const other = await app.inject({
      url: `/api/enterprises/${enterpriseIds['ent-jianghan']}`,
      headers: asUser(sessions['ent-wuchang']!),
    });
    expect(other.statusCode).toBe(404);
    const outside = await app.inject({
      url: `/api/enterprises/${enterpriseIds['ent-jianghan']}`,
      headers: asUser(sessions.wuchang!),
    });
    expect(outside.statusCode).toBe(404);
  });
});

describe('profile edits with optimistic concurrency', () => {
  it('saves with the current version and answers 409 to a stale one, losing nothing', async () => {
    const id = enterpriseIds['ent-wuchang']!;
    const headers = asUser(sessions['ent-wuchang']!);
    const profile = (await app.inject({ url: `/api/enterprises/${id}`, headers })).json();
    expect(profile.can).toEqual({ edit: true, verify: false });
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${id}`,
      headers: { ...headers, 'if-match': String(profile.version) },
      payload: { address: '武汉市武昌区中北路1号', employees: 1200, revenue: 50000, ownershipType: '民营' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      address: '武汉市武昌区中北路1号',
      size: 'large',
      version: profile.version + 1,
    });
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${id}`,
      headers: { ...headers, 'if-match': String(profile.version) },
      payload: { address: '覆盖' },
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await app.inject({ url: `/api/enterprises/${id}`, headers })).json().address).toBe('武汉市武昌区中北路1号');
  });

  it('lets only the enterprise itself edit, and requires If-Match', async () => {
    const id = enterpriseIds['ent-wuchang']!;
    const byDistrict = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${id}`,
      headers: { ...asUser(sessions.wuchang!), 'if-match': '1' },
      payload: { address: 'x' },
    });
    expect(byDistrict.statusCode).toBe(403);
    const noVersion = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${id}`,
      headers: asUser(sessions['ent-wuchang']!),
      payload: { address: 'x' },
    });
    expect(noVersion.statusCode).toBe(400);
  });
});

describe('business licence and verification', () => {
  const upload = (session: Session, id: string, bytes: Buffer, type = 'application/pdf') => {
    const body = multipartBody({}, { field: 'file', name: '营业执照.pdf', type, bytes });
    return app.inject({
      method: 'POST',
      url: `/api/enterprises/${id}/licence`,
      headers: { ...asUser(session), ...body.headers },
      payload: body.payload,
    });
  };

  it('refuses verification before a licence is uploaded', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/enterprises/${enterpriseIds['ent-jianghan']}/verification`,
      headers: asUser(sessions.wuhan!),
      payload: { decision: 'verified' },
    });
    expect([response.statusCode, response.json().error.code]).toEqual([422, 'LICENCE_MISSING']);
  });

  it('checks uploads by content, not by name, and records the SHA-256', async () => {
    const id = enterpriseIds['ent-wuchang']!;
    const fake = await upload(sessions['ent-wuchang']!, id, Buffer.from('this is not a pdf at all'));
    expect([fake.statusCode, fake.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const tooBig = await upload(
      sessions['ent-wuchang']!,
      id,
      Buffer.concat([samplePdf, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect([tooBig.statusCode, tooBig.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const good = await upload(sessions['ent-wuchang']!, id, samplePdf);
    expect(good.statusCode).toBe(201);
    const { createHash } = await import('node:crypto');
    expect(good.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: samplePdf.length,
      sha256: createHash('sha256').update(samplePdf).digest('hex'),
    });
  });

  it('lets the district verify it, shows it verified, and withdraws verification when the name changes', async () => {
    const id = enterpriseIds['ent-wuchang']!;
    const licence = await app.inject({ url: `/api/enterprises/${id}/licence`, headers: asUser(sessions.wuchang!) });
    expect(licence.statusCode).toBe(200);
    expect(licence.rawPayload.equals(samplePdf)).toBe(true);
    const henan = await app.inject({
      method: 'POST',
      url: `/api/enterprises/${id}/verification`,
      headers: asUser(sessions.henan!),
      payload: { decision: 'verified' },
    });
    expect(henan.statusCode).toBe(404);
    const verified = await app.inject({
      method: 'POST',
      url: `/api/enterprises/${id}/verification`,
      headers: asUser(sessions.wuchang!),
      payload: { decision: 'verified', note: '与营业执照一致' },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().verifiedAt).not.toBeNull();
    const unverifiedList = (
      await app.inject({ url: '/api/enterprises?verified=false', headers: asUser(sessions.wuhan!) })
    ).json();
    expect(unverifiedList.items.map((item: { id: string }) => item.id)).toEqual([enterpriseIds['ent-jianghan']]);
    const headers = asUser(sessions['ent-wuchang']!);
    const current = (await app.inject({ url: `/api/enterprises/${id}`, headers })).json();
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${id}`,
      headers: { ...headers, 'if-match': String(current.version) },
      payload: { name: '新名称有限公司' },
    });
    expect(renamed.json().verifiedAt).toBeNull();
  });
});
