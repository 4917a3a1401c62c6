import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  expectedEditionCounts,
  expectedIndustryCounts,
  expectedRegionCounts,
} from '../modules/catalog/catalog.expected.js';
import { catalogScenarios, catalogStages } from '../modules/catalog/catalog.tables.js';
import { industries, regions } from '../modules/reference/reference.tables.js';

/** Compares what is in the database with the counts the seed documents print. */
export async function verifyCatalog(db: Database): Promise<{ lines: string[]; ok: boolean }> {
  const lines: string[] = [];
  let ok = true;
  const check = (label: string, actual: number, expected: number) => {
    const matches = actual === expected;
    ok &&= matches;
    lines.push(`${matches ? '✓' : '✗'} ${label}: ${actual}${matches ? '' : ` (应为 expected ${expected})`}`);
  };
  for (const [edition, expected] of Object.entries(expectedEditionCounts)) {
    const [stages] = await db
      .select({ value: count() })
      .from(catalogStages)
      .where(eq(catalogStages.editionId, edition));
    const [scenarios] = await db
      .select({ value: count() })
      .from(catalogScenarios)
      .where(eq(catalogScenarios.editionId, edition));
    check(`${edition} 版 环节 stages`, stages?.value ?? 0, expected.stages);
    check(`${edition} 版 场景 scenarios`, scenarios?.value ?? 0, expected.scenarios);
  }
  const industryRows = await db
    .select({ level: industries.level, value: count() })
    .from(industries)
    .groupBy(industries.level);
  for (const [level, expected] of Object.entries(expectedIndustryCounts)) {
    check(`GB/T 4754-2017 ${level}`, industryRows.find((row) => row.level === level)?.value ?? 0, expected);
  }
  const regionRows = await db.select({ level: regions.level, value: count() }).from(regions).groupBy(regions.level);
  for (const [level, expected] of Object.entries(expectedRegionCounts)) {
    check(`GB/T 2260 ${level}`, regionRows.find((row) => row.level === level)?.value ?? 0, expected);
  }
  return { lines, ok };
}
