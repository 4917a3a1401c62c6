import { rowsAt, valuesAt } from '../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import type { ApplicationRow } from '../applications/applications.repository.js';

export type CatalogScenario = { code: string; name: string; stage: string; stageNumber: number; number: number };

/** 场景 as the summary tables list them: "环节序号-场景序号.场景名称", or the name of an enterprise's own scenario. */
export function scenarioLabel(entry: Record<string, unknown>, catalog: Map<string, CatalogScenario>): string {
  const scenario = typeof entry.code === 'string' ? catalog.get(entry.code) : undefined;
  return scenario ? `${scenario.stageNumber}-${scenario.number}.${scenario.name}` : String(entry.name ?? '');
}

const textOf = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value);

/**
 * One summary-table row per ranked application, in the template's column order. Sources: `rank` (推荐排序),
 * `index` (序号), `enterprise.name`, `scenarios`, or a JSON Pointer into the application's data.
 */
export function summaryRows(
  form: FormVariant,
  ranked: Array<{ rank: number; row: Pick<ApplicationRow, 'enterpriseName' | 'data'> }>,
  catalog: Map<string, CatalogScenario>,
): string[][] {
  const scenarioSection = form.sections.find((section) => section.kind === 'scenarios');
  return ranked.map(({ rank, row }, index) =>
    form.summaryTable.columns.map((column) => {
      switch (column.source) {
        case 'rank':
          return String(rank);
        case 'index':
          return String(index + 1);
        case 'enterprise.name':
          return row.enterpriseName;
        case 'scenarios':
          return scenarioSection
            ? rowsAt(row.data[scenarioSection.key])
                .map((entry) => scenarioLabel(entry, catalog))
                .join('；')
            : '';
        default:
          return column.source.startsWith('/') ? textOf(valuesAt(row.data, column.source)[0]?.value) : '';
      }
    }),
  );
}
