import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCatalog } from './cli/verify-catalog.js';
import type { DatabaseHandle } from './db/client.js';
import { createCatalogService } from './modules/catalog/catalog.service.js';
import { createReferenceService } from './modules/reference/reference.service.js';
import { seedReferenceData, seedUsers } from './seed.js';
import { createTestDatabase, databaseKinds, isPostgresAvailable } from './test/databases.js';
import { dataDir } from './test/seed-documents.js';
import { createChineseTokenizer } from './tokenizer.js';

describe.each(databaseKinds)('reference data on %s', (kind) => {
  const skip = kind === 'postgres' && !isPostgresAvailable();
  let handle: DatabaseHandle;

  beforeAll(async () => {
    if (skip) return;
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it.skipIf(skip)('seeds every data set, then skips them all when nothing changed', async () => {
    expect(await seedReferenceData(handle.db, dataDir)).toEqual({
      catalog: 'loaded',
      industries: 'loaded',
      regions: 'loaded',
      'programme-documents': 'loaded',
    });
    expect(await seedReferenceData(handle.db, dataDir)).toEqual({
      catalog: 'unchanged',
      industries: 'unchanged',
      regions: 'unchanged',
      'programme-documents': 'unchanged',
    });
  });

  it.skipIf(skip)('holds exactly the counts the documents print (catalog:verify)', async () => {
    const result = await verifyCatalog(handle.db);
    expect(result.lines.filter((line) => line.startsWith('✗'))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.skipIf(skip)('ranks 智能在线检测 first in 2022 for 机器视觉 缺陷检测', async () => {
    const catalog = createCatalogService({ db: handle.db, tokenize: createChineseTokenizer() });
    const hits = await catalog.searchScenarios({ q: '机器视觉 缺陷检测', edition: '2022', limit: 5 });
    expect(hits[0]).toMatchObject({ code: '2022-16', name: '智能在线检测', edition: '2022' });
    expect(hits[0]!.highlight).toContain('<mark>机器视觉</mark>');
    expect(hits.every((hit) => hit.edition === '2022')).toBe(true);
    const query = { q: '机器视觉 缺陷检测', edition: '2022' as const, limit: 5 };
    expect(JSON.parse((await catalog.searchScenariosJson(query)).identity.toString())).toEqual(hits);
    for (let index = 0; index < 600; index++) await catalog.searchScenariosJson({ ...query, q: `检测 ${index}` });
    expect(JSON.parse((await catalog.searchScenariosJson(query)).identity.toString())).toEqual(hits);
  });

  it.skipIf(skip)('walks the industry tree from 制造业 down to a 小类', async () => {
    const reference = createReferenceService({ db: handle.db, dataDir });
    const sections = await reference.listIndustryChildren(undefined);
    expect(sections).toHaveLength(20);
    expect(sections.find((node) => node.code === 'C')).toMatchObject({
      name: '制造业',
      level: 'section',
      hasChildren: true,
    });
    const groups = await reference.listIndustryChildren('37');
    expect(groups.find((node) => node.code === '374')).toMatchObject({
      name: '航空、航天器及设备制造',
      level: 'group',
    });
    const classes = await reference.listIndustryChildren('374');
    expect(classes.every((node) => node.level === 'class' && node.code.startsWith('374'))).toBe(true);
  });

  it.skipIf(skip)('lists regions by parent with 6-digit codes and marks 开发区', async () => {
    const reference = createReferenceService({ db: handle.db, dataDir });
    const provinces = await reference.listRegionChildren(undefined);
    expect(provinces).toHaveLength(31);
    expect(provinces.find((node) => node.code === '420000')).toMatchObject({ name: '湖北省', level: 'province' });
    const cities = await reference.listRegionChildren('420000');
    expect(cities.find((node) => node.code === '420100')).toMatchObject({ name: '武汉市', level: 'city' });
    const counties = await reference.listRegionChildren('130100');
    expect(counties.find((node) => node.code === '130171')).toMatchObject({ isDevelopmentZone: true });
    expect(counties.find((node) => node.code === '130102')).toMatchObject({ name: '长安区', isDevelopmentZone: false });
  });

  it.skipIf(skip)('creates demo users once and the admin from ADMIN_PASSWORD', async () => {
    await seedUsers(handle.db, { demo: true, adminPassword: 'Admin-password-1' });
    await seedUsers(handle.db, { demo: true, adminPassword: 'Admin-password-1' });
    const { createUsersService } = await import('./modules/users/users.service.js');
    expect(await createUsersService({ db: handle.db }).countUsers()).toBe(8);
  });
});
