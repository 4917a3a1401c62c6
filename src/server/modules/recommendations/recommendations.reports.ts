import type { Actor } from '../../plugins/access.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import type { CallsService } from '../calls/calls.service.js';
import { jurisdictionPrefix } from '../organizations/organizations.policy.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { dashboardCounts } from './recommendations.dashboard.js';
import { recommendationNotFound } from './recommendations.errors.js';
import { unitKindOf } from './recommendations.rules.js';
import type { RecommendationsService } from './recommendations.service.js';
import { renderSummaryDocx, streamSummaryXlsx } from './recommendations.summary.js';
import { type CatalogScenario, summaryColumns, summaryRows } from './recommendations.summary-rows.js';

/** Summary tables (推荐汇总表) and dashboards: read-only views over the lists and applications. */
export function createRecommendationsReports(deps: {
  recommendations: RecommendationsService;
  applications: ApplicationsService;
  calls: Pick<CallsService, 'findCall' | 'scenarioOptions'>;
  organizations: Pick<OrganizationsService, 'getOrganization'>;
  reference: Pick<ReferenceService, 'findRegion' | 'findIndustry'>;
  now: () => Date;
}) {
  async function catalogOf(callId: string) {
    const call = await deps.calls.findCall(callId);
    const scenarios: CatalogScenario[] = await deps.calls.scenarioOptions(call);
    return { call, catalog: new Map(scenarios.map((scenario) => [scenario.code, scenario])) };
  }

  /** Names each list's unit and orders the rows unit by unit (by name, as a reader looks them up), then by rank. */
  async function withUnitNames<T extends { unitId: string; rank: number }>(rows: T[]) {
    const names = new Map<string, string>();
    for (const unitId of new Set(rows.map((row) => row.unitId)))
      names.set(unitId, (await deps.organizations.getOrganization(unitId))?.name ?? '');
    return rows
      .map((row) => ({ ...row, unitName: names.get(row.unitId) ?? '' }))
      .sort(
        (a, b) =>
          a.unitName.localeCompare(b.unitName, 'zh-Hans-CN') || a.unitId.localeCompare(b.unitId) || a.rank - b.rank,
      );
  }

  return {
    async summary(actor: Actor, callId: string, format: 'xlsx' | 'docx') {
      const unit = await deps.organizations.getOrganization(actor.organizationId);
      if (!unit) throw recommendationNotFound();
      const { call, catalog } = await catalogOf(callId);
      const ranked = await withUnitNames(await deps.recommendations.rankedRows(actor, callId));
      // The office receives every province's, 计划单列市's and central group's list in one table.
      const columns = summaryColumns(call.form, actor.role === 'office');
      const table = {
        title: call.form.summaryTable.title,
        callTitle: call.title,
        unitName: unit.name,
        date: deps.now(),
        columns: columns.map(({ title, width }) => ({ title, width })),
        rows: summaryRows(call.form, ranked, catalog, columns),
        notes: call.form.summaryTable.notes ?? [],
      };
      // Excel streams row by row (2,000 rows and more); docx builds its document in memory anyway.
      const bytes = format === 'xlsx' ? await streamSummaryXlsx(table) : await renderSummaryDocx(table);
      return { bytes, fileName: `${unit.name}-${call.form.summaryTable.title}.${format}` };
    },

    async dashboard(actor: Actor, callId: string) {
      const unit = await deps.organizations.getOrganization(actor.organizationId);
      const { call, catalog } = await catalogOf(callId);
      const prefix =
        actor.role === 'office' && unit?.id === call.organizationId ? '' : unit ? jurisdictionPrefix(unit) : null;
      if (prefix === null) throw recommendationNotFound();
      const rows = await deps.applications.listForStats(callId, prefix);
      const regionNames = new Map<string, string>();
      const industryNames = new Map<string, string>();
      for (const row of rows) {
        if (!regionNames.has(row.regionCode))
          regionNames.set(row.regionCode, (await deps.reference.findRegion(row.regionCode))?.name ?? row.regionCode);
        const division = row.industryCode.slice(0, 2);
        if (!industryNames.has(division))
          industryNames.set(division, (await deps.reference.findIndustry(division))?.name ?? (division || '未填写'));
      }
      const counts = dashboardCounts(call.form, rows, {
        stageOf: (code) => {
          const scenario = catalog.get(code);
          return scenario && `${scenario.stageNumber}.${scenario.stage}`;
        },
        industry: (code) => industryNames.get(code) ?? code,
        region: (code) => regionNames.get(code) ?? code,
      });
      const kind = unit ? unitKindOf(unit) : null;
      const quota = call.form.quotas.find((candidate) => candidate.unit === kind);
      const used = quota
        ? (await deps.recommendations.rankedRows(actor, callId)).filter((entry) => entry.unitId === unit?.id).length
        : 0;
      return { ...counts, quota: quota ? { unit: quota.unit, max: quota.max, used } : null };
    },
  };
}

export type RecommendationsReports = ReturnType<typeof createRecommendationsReports>;
