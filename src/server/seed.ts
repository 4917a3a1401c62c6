import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  benchmarkChecklistSchema,
  demoFactoryTasksSchema,
  pilotModesSchema,
} from '../shared/reference/programmes.schemas.js';
import type { Database } from './db/client.js';
import { seedDemoData } from './demo.js';
import { createCatalogRepository } from './modules/catalog/catalog.repository.js';
import { readCatalogFiles, toCatalogContents } from './modules/catalog/catalog.seed.js';
import { createReferenceRepository } from './modules/reference/reference.repository.js';
import { readIndustries, readRegions } from './modules/reference/reference.seed.js';
import { createSystemRepository } from './modules/system/system.repository.js';
import { createUsersService } from './modules/users/users.service.js';

export type SeedReport = Record<string, 'loaded' | 'unchanged'>;

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/** Structured programme documents in data/programmes, keyed by file name. */
const programmeDocumentSchemas = {
  'demo-factory-tasks-2021': demoFactoryTasksSchema,
  'hubei-pilot-modes-2020': pilotModesSchema,
  'wuxi-benchmark-2023': benchmarkChecklistSchema,
} as const;
export const programmeDocumentKeys = Object.keys(programmeDocumentSchemas) as Array<
  keyof typeof programmeDocumentSchemas
>;

/**
 * Loads the reference data sets, each in its own transaction, skipping a set whose source is unchanged
 * (its checksum is recorded), so a warm start does no writes.
 */
export async function seedReferenceData(db: Database, dataDir: string): Promise<SeedReport> {
  const report: SeedReport = {};
  const sets: Array<{ name: string; read: () => { raw: string; apply: (tx: Database) => Promise<void> } }> = [
    {
      name: 'catalog',
      read: () => {
        const files = readCatalogFiles(dataDir);
        const contents = toCatalogContents(files.editions, files.map);
        return { raw: files.raw, apply: (tx) => createCatalogRepository({ db: tx }).replaceCatalog(contents) };
      },
    },
    {
      name: 'industries',
      read: () => {
        const { rows, raw } = readIndustries(dataDir);
        return { raw, apply: (tx) => createReferenceRepository({ db: tx }).replaceIndustries(rows) };
      },
    },
    {
      name: 'regions',
      read: () => {
        const { rows, raw } = readRegions();
        return { raw, apply: (tx) => createReferenceRepository({ db: tx }).replaceRegions(rows) };
      },
    },
    {
      name: 'programme-documents',
      read: () => {
        const texts = programmeDocumentKeys.map((key) =>
          fs.readFileSync(path.join(dataDir, 'programmes', `${key}.json`), 'utf8'),
        );
        const rows = texts.map((text, index) => {
          const key = programmeDocumentKeys[index]!;
          // Validated so a malformed transcription stops seeding instead of reaching later issues' rules.
          const content = programmeDocumentSchemas[key].parse(JSON.parse(text));
          return { key, title: content.title, source: content.source, content };
        });
        return {
          raw: texts.join('\n'),
          apply: (tx) => createReferenceRepository({ db: tx }).replaceProgrammeDocuments(rows),
        };
      },
    },
  ];
  for (const set of sets) {
    const { raw, apply } = set.read();
    const sum = checksum(raw);
    if ((await createSystemRepository({ db }).findSeedChecksum(set.name)) === sum) {
      report[set.name] = 'unchanged';
      continue;
    }
    await db.transaction(async (tx) => {
      await apply(tx as unknown as Database);
      await createSystemRepository({ db: tx as unknown as Database }).saveSeedChecksum(set.name, sum);
    });
    report[set.name] = 'loaded';
  }
  return report;
}

export async function seedUsers(db: Database, options: { demo: boolean; adminPassword: string | undefined }) {
  const users = createUsersService({ db });
  // ADMIN_PASSWORD creates `admin` when it does not exist yet; it never resets an existing password.
  if (options.adminPassword) {
    await users.ensureUser({
      username: 'admin',
      password: options.adminPassword,
      role: 'admin',
      displayName: '系统管理员',
    });
  }
  if (options.demo) await seedDemoData(db);
}
