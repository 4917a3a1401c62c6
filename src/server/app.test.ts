import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app.js';
import { createTestApp } from './test/app.js';

let app: App;
let close: () => Promise<void>;
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-client-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>impilot</title>');
  ({ app, close } = await createTestApp('pglite', { clientDir }));
});
afterAll(async () => {
  await close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('platform endpoints', () => {
  it('answers health with {"status":"ok"}', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await app.inject('/api/openapi.json');
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/catalog/editions',
        '/api/catalog/editions/{id}/stages',
        '/api/catalog/scenarios',
        '/api/catalog/map',
        '/api/reference/industries',
        '/api/reference/regions',
      ]),
    );
    const search = document.paths['/api/catalog/scenarios'].get;
    expect(search.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(
      expect.arrayContaining(['q', 'edition']),
    );
  });

  it('serves interactive API docs at /api/docs', async () => {
    const response = await app.inject('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('uniform JSON errors', () => {
  it('answers an unknown API route with 404 NOT_FOUND', async () => {
    const response = await app.inject('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/catalog/scenarios/match',
      headers: { 'content-type': 'application/json' },
      payload: '{"text": "机器视觉',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'INVALID_JSON' });
  });

  it('answers a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/catalog/scenarios/match',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'a'.repeat(1024 * 1024 + 1) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('names the failing fields of a validation error as JSON Pointers', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/catalog/scenarios/match',
      payload: { text: '', limit: 0 },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['/limit', '/text']);
  });

  it('rejects an unknown edition in the query with 400 and in the path with 404', async () => {
    expect((await app.inject('/api/catalog/scenarios?q=检测&edition=1999')).statusCode).toBe(400);
    const response = await app.inject('/api/catalog/editions/1999/stages');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('EDITION_NOT_FOUND');
  });

  it('never answers 500 to arbitrary query strings and bodies', async () => {
    const urls = ['/api/catalog/scenarios', '/api/catalog/map', '/api/reference/industries', '/api/reference/regions'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...urls),
        fc.dictionary(fc.constantFrom('q', 'edition', 'from', 'to', 'parent', 'limit'), fc.string({ maxLength: 30 })),
        async (url, query) => {
          const response = await app.inject({ url, query });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (payload) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/catalog/scenarios/match',
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode).toBeLessThan(500);
        expect(response.json()).toBeTypeOf('object');
      }),
      { numRuns: 150 },
    );
  });
});

describe('catalogue API', () => {
  it('lists the three editions with their counts', async () => {
    const editions = (await app.inject('/api/catalog/editions')).json();
    expect(
      editions.map((edition: { id: string; stageCount: number; scenarioCount: number }) => [
        edition.id,
        edition.stageCount,
        edition.scenarioCount,
      ]),
    ).toEqual([
      ['2021', 15, 52],
      ['2022', 16, 45],
      ['2024', 15, 40],
    ]);
    expect(editions[2]).toMatchObject({
      title: '智能制造典型场景参考指引（2024年版）',
      documentNo: '工信厅通装函〔2024〕361号',
    });
  });

  it('returns the stage tree of an edition with every scenario', async () => {
    const response = await app.inject('/api/catalog/editions/2022/stages');
    expect(response.headers['content-type']).toContain('application/json');
    const stages = response.json();
    expect(stages).toHaveLength(16);
    expect(stages.flatMap((stage: { scenarios: unknown[] }) => stage.scenarios)).toHaveLength(45);
    expect(Object.keys(stages[0])).toEqual(['number', 'name', 'summary', 'scenarios']);
    expect(Object.keys(stages[0].scenarios[0])).toEqual(['code', 'number', 'name', 'description']);
  });

  it('searches in Chinese and ranks 智能在线检测 first for 机器视觉 缺陷检测 in 2022', async () => {
    const hits = (
      await app.inject({ url: '/api/catalog/scenarios', query: { q: '机器视觉 缺陷检测', edition: '2022' } })
    ).json();
    expect(hits[0]).toMatchObject({
      code: '2022-16',
      edition: '2022',
      name: '智能在线检测',
      stage: { name: '质量管控' },
    });
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('matches tokens, not substrings: a query of unrelated characters finds nothing', async () => {
    const hits = (await app.inject({ url: '/api/catalog/scenarios', query: { q: '视检' } })).json();
    expect(hits.filter((hit: { name: string }) => hit.name === '智能在线检测')).toEqual([]);
  });

  it('shows a scenario with the scenarios it continues in other editions', async () => {
    const detail = (await app.inject('/api/catalog/scenarios/2022-16')).json();
    expect(detail).toMatchObject({ code: '2022-16', edition: '2022', stage: { number: 6, name: '质量管控' } });
    expect(detail.related.length).toBeGreaterThan(0);
    expect((await app.inject('/api/catalog/scenarios/2022-99')).statusCode).toBe(404);
  });

  it('returns the 2021→2024 map and its reverse with dropped and added swapped', async () => {
    const forward = (await app.inject('/api/catalog/map?from=2021&to=2024')).json();
    const backward = (await app.inject('/api/catalog/map?from=2024&to=2021')).json();
    const codes = (refs: Array<{ code: string }>) => refs.map((ref) => ref.code).sort();
    expect(codes(backward.added)).toEqual(codes(forward.dropped));
    expect(codes(backward.dropped)).toEqual(codes(forward.added));
    expect(backward.links).toHaveLength(forward.links.length);
    expect((await app.inject('/api/catalog/map?from=2022&to=2022')).statusCode).toBe(400);
  });
});

describe('reference API', () => {
  it('returns the children of a node, the top level without parent, and 404 for unknown parents', async () => {
    expect((await app.inject('/api/reference/industries')).json()).toHaveLength(20);
    expect((await app.inject('/api/reference/regions?parent=420000')).json().length).toBeGreaterThan(10);
    const unknown = await app.inject('/api/reference/regions?parent=999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('REGION_NOT_FOUND');
  });

  it('serves the structured programme documents', async () => {
    const document = (await app.inject('/api/reference/documents/hubei-pilot-modes-2020')).json();
    expect(document.source).toBe('002_e560f0feb83a9262.txt');
    expect((await app.inject('/api/reference/programmes')).json()).toHaveLength(4);
  });
});

describe('client and access', () => {
  it('answers deep links into the client with index.html', async () => {
    const response = await app.inject('/catalog/2022/2022-16');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>impilot</title>');
  });

  it('has every route declare who may call it, and the public catalogue is open to anonymous callers', async () => {
    const sampleQueries: Record<string, Record<string, string>> = {
      '/api/catalog/scenarios': { q: '检测' },
      '/api/catalog/map': { from: '2021', to: '2024' },
      '/api/reference/enterprise-size': { employees: '300', revenue: '2000' },
    };
    expect(app.routeRegistry.length).toBeGreaterThanOrEqual(8);
    const publicGets = app.routeRegistry.filter(
      (route) => route.access === 'public' && route.method === 'GET' && !route.url.includes(':'),
    );
    expect(publicGets.length).toBeGreaterThanOrEqual(6);
    for (const route of publicGets) {
      const response = await app.inject({ method: 'GET', url: route.url, query: sampleQueries[route.url] ?? {} });
      expect([route.url, response.statusCode]).toEqual([route.url, 200]);
    }
  });
});

describe('cached catalogue answers', () => {
  it('sends the same stage list gzipped to clients that accept gzip', async () => {
    const plain = await app.inject('/api/catalog/editions/2024/stages');
    const gzipped = await app.inject({
      url: '/api/catalog/editions/2024/stages',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('accept-encoding');
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
  });
});
