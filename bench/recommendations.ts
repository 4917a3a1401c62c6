/**
 * Recommendation benchmarks (issue 6), on the real PostgreSQL: a province holding 2,000 applications from 100
 * districts. Queue listing with keyset pagination (goal p95 < 100 ms per page of 50) and the 2,000-row summary
 * XLSX (goal < 2 s, memory growth < 100 MB). Baseline in the same run: GET /api/health through the same app.
 */

import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, like } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { openPostgres } from '../src/server/db/client.js';
import { migrateDatabase } from '../src/server/db/migrate.js';
import { applications } from '../src/server/modules/applications/applications.tables.js';
import { createLocalFileStore } from '../src/server/modules/files/files.store.js';
import { recommendationItems, recommendations } from '../src/server/modules/recommendations/recommendations.tables.js';
import { regions } from '../src/server/modules/reference/reference.tables.js';
import { seedReferenceData, seedUsers } from '../src/server/seed.js';
import { createOrganizationWithAdmin, testPassword } from '../src/server/test/accounts.js';
import { dataDir } from '../src/server/test/seed-documents.js';
import { signIn } from '../src/server/test/sessions.js';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const total = 2000;
const districts = 100;
/** Applications of other provinces in the same call, so the queue's index has to skip what is not the province's. */
const others = 18000;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * p)]!;

async function timed(run: () => Promise<unknown>, times: number) {
  const timings: number[] = [];
  for (let index = 0; index < times; index++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings;
}

export async function runRecommendationsBench(): Promise<void> {
  const name = `impilot_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    process.stdout.write(`recommendation bench skipped: PostgreSQL unavailable (${(error as Error).message})\n`);
    return;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-bench-files-'));
  try {
    await migrateDatabase(handle);
    await seedReferenceData(handle.db, dataDir);
    await seedUsers(handle.db, { demo: true, adminPassword: undefined });
    const app = await buildApp({
      db: handle.db,
      logger: false,
      clientDir: '/nonexistent',
      fileStore: createLocalFileStore(filesDir),
    });
    const { organizationId: provinceId } = await createOrganizationWithAdmin(handle.db, {
      type: 'recommender',
      level: 'province',
      regionCode: '420000',
      role: 'recommender',
      username: 'bench-province',
    });
    const province = await signIn(app, 'bench-province', testPassword);
    const calls = (await app.inject({ url: '/api/calls' })).json() as Array<{ id: string; templateId: string }>;
    const callId = calls.find((call) => call.templateId === 'excellent-scenario')!.id;
    // 100 real Hubei counties (districts, counties and 开发区), as the enterprises' registered regions.
    const counties = (
      await handle.db
        .select({ code: regions.code })
        .from(regions)
        .where(and(eq(regions.level, 'county'), like(regions.code, '42%')))
        .orderBy(asc(regions.code))
        .limit(districts)
    ).map((region) => region.code);
    if (counties.length < districts) throw new Error(`only ${counties.length} Hubei counties in the reference data`);
    const { organizationId: otherProvinceId } = await createOrganizationWithAdmin(handle.db, {
      type: 'recommender',
      level: 'province',
      regionCode: '440000',
      role: 'recommender',
      username: 'bench-other-province',
    });
    const application = (index: number, holderOrgId: string, regionCode: string) => ({
      id: randomUUID(),
      callId,
      enterpriseId: randomUUID(),
      enterpriseName: `压测企业${index + 1}智能装备有限公司`,
      industryCode: '34',
      regionCode,
      status: 'recommended',
      data: {
        scenarios: [{ code: '2024-11', name: '精益生产管理' }],
        contact: { name: '李明', mobile: '13800000000' },
      },
      fingerprint: '0000-0000-0000-0000',
      createdBy: 'bench',
      updatedBy: 'bench',
      holderOrgId,
      recommendedLevel: 'city',
      submittedAt: new Date(),
    });
    const rows = Array.from({ length: total }, (_, index) =>
      application(index, provinceId, counties[index % districts]!),
    );
    const noise = Array.from({ length: others }, (_, index) => application(total + index, otherProvinceId, '440106'));
    for (const batch of [rows, noise])
      for (let start = 0; start < batch.length; start += 500)
        await handle.db.insert(applications).values(batch.slice(start, start + 500));
    const listId = randomUUID();
    await handle.db.insert(recommendations).values({
      id: listId,
      callId,
      organizationId: provinceId,
      level: 'province',
      toOrgId: 'office',
      status: 'submitted',
      submittedBy: 'bench',
    });
    const items = rows.map((row, index) => ({
      recommendationId: listId,
      applicationId: row.id,
      rank: index + 1,
      fromStatus: 'recommended',
    }));
    for (let start = 0; start < total; start += 500)
      await handle.db.insert(recommendationItems).values(items.slice(start, start + 500));

    const headers = { cookie: province.cookie };
    const health = await timed(() => app.inject({ url: '/api/health' }), 200);
    const pages: number[] = [];
    for (let round = 0; round < 5; round++) {
      let cursor: string | null = '';
      while (cursor !== null) {
        const query: string = `callId=${callId}&limit=50${cursor ? `&cursor=${cursor}` : ''}`;
        const started = performance.now();
        const page: { nextCursor: string | null } = (
          await app.inject({ url: `/api/reviews/queue?${query}`, headers })
        ).json();
        pages.push(performance.now() - started);
        cursor = page.nextCursor;
      }
    }
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const xlsx = await timed(
      () => app.inject({ url: `/api/calls/${callId}/recommendations/summary?format=xlsx`, headers }),
      3,
    );
    clearInterval(sampler);
    const growthMb = (peak - heapBefore) / 1024 / 1024;
    process.stdout.write(
      `\nqueue of ${total} applications from ${districts} districts (${others} more of another province in the call), ${pages.length} pages of 50: p50 ${percentile(pages, 0.5).toFixed(1)} ms, p95 ${percentile(pages, 0.95).toFixed(1)} ms (goal < 100: ${percentile(pages, 0.95) < 100 ? 'met' : 'MISSED'}); GET /api/health p50 ${percentile(health, 0.5).toFixed(2)} ms in the same app\n` +
        `summary XLSX of ${total} rows: median ${percentile(xlsx, 0.5).toFixed(0)} ms (goal < 2000: ${percentile(xlsx, 0.5) < 2000 ? 'met' : 'MISSED'}), heap growth ${growthMb.toFixed(0)} MB (goal < 100: ${growthMb < 100 ? 'met' : 'MISSED'})\n`,
    );
    await app.close();
  } finally {
    await handle.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(filesDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runRecommendationsBench();
