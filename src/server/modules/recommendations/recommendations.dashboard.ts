import { rowsAt } from '../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';

type StatsRow = { status: string; regionCode: string; industryCode: string; data: Record<string, unknown> };

const countBy = (keys: string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
};

/**
 * 推荐情况 counts of a unit's jurisdiction in one call: by state, by catalogue stage of the chosen scenarios, by
 * industry (大类) and by region. Names come from the lookups, so the counts stay pure and testable.
 */
export function dashboardCounts(
  form: FormVariant,
  rows: StatsRow[],
  names: {
    stageOf: (code: string) => string | undefined;
    industry: (code: string) => string;
    region: (code: string) => string;
  },
) {
  const scenarioSection = form.sections.find((section) => section.kind === 'scenarios');
  const byStatus: Record<string, number> = {};
  for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  const stages = rows.flatMap((row) =>
    scenarioSection
      ? rowsAt(row.data[scenarioSection.key]).map((entry) =>
          typeof entry.code === 'string' ? (names.stageOf(entry.code) ?? '其他') : '自主申报场景',
        )
      : [],
  );
  return {
    total: rows.length,
    byStatus,
    byStage: countBy(stages),
    byIndustry: countBy(rows.map((row) => names.industry(row.industryCode.slice(0, 2)))),
    byRegion: countBy(rows.map((row) => names.region(row.regionCode))),
  };
}
