import { rowsAt, valuesAt } from '../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import type { ApplicationRow } from '../applications/applications.repository.js';

export type CatalogScenario = { code: string; name: string; stage: string; stageNumber: number; number: number };

/**
 * 场景 as the summary tables list them, "环节序号.环节名称-场景序号.场景名称" (000_… 附件5: "1.工艺设计-6.工艺数字化设计"),
 * or the name of an enterprise's own scenario.
 */
export function scenarioLabel(entry: Record<string, unknown>, catalog: Map<string, CatalogScenario>): string {
  const scenario = typeof entry.code === 'string' ? catalog.get(entry.code) : undefined;
  if (!scenario) return String(entry.name ?? '');
  const stage = scenario.stage ? `${scenario.stageNumber}.${scenario.stage}-` : '';
  return `${stage}${scenario.number}.${scenario.name}`;
}

/** One scenario a line, each but the last closed by "；", as 000_… 附件5's example cell lists them. */
export const scenarioCell = (labels: string[]) => labels.filter(Boolean).join('；\n');

const textOf = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? '是' : '否') : String(value);

type SummaryColumn = FormVariant['summaryTable']['columns'][number];

/** 推荐单位 of the office's combined table: each unit ranks its own list, so a rank means nothing without its unit. */
export const unitColumn: SummaryColumn = { title: '推荐单位', source: 'unit.name' };

/** The template's columns; the combined table of several units' lists adds 推荐单位 after the first (序号). */
export function summaryColumns(form: FormVariant, combined: boolean): SummaryColumn[] {
  const { columns } = form.summaryTable;
  return combined ? [...columns.slice(0, 1), unitColumn, ...columns.slice(1)] : columns;
}

export type RankedRow = { rank: number; unitName?: string; row: Pick<ApplicationRow, 'enterpriseName' | 'data'> };

/**
 * One summary-table row per ranked application, in the order of `columns`. Sources: `rank` (推荐排序),
 * `index` (序号), `enterprise.name`, `unit.name` (推荐单位), `scenarios`, or a JSON Pointer into the application's data.
 */
export function summaryRows(
  form: FormVariant,
  ranked: RankedRow[],
  catalog: Map<string, CatalogScenario>,
  columns: SummaryColumn[] = form.summaryTable.columns,
): string[][] {
  const scenarioSection = form.sections.find((section) => section.kind === 'scenarios');
  return ranked.map(({ rank, unitName, row }, index) =>
    columns.map((column) => {
      switch (column.source) {
        case 'rank':
          return String(rank);
        case 'index':
          return String(index + 1);
        case 'enterprise.name':
          return row.enterpriseName;
        case 'unit.name':
          return unitName ?? '';
        case 'scenarios':
          return scenarioSection
            ? scenarioCell(rowsAt(row.data[scenarioSection.key]).map((entry) => scenarioLabel(entry, catalog)))
            : '';
        default:
          return column.source.startsWith('/') ? textOf(valuesAt(row.data, column.source)[0]?.value) : '';
      }
    }),
  );
}
