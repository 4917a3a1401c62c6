import '../catalog.css';
import { Radio, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type EditionId, editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useEditionMap, useEditions } from '../catalog.api.js';
import { buildComparisonRows, countRowsByKind } from '../catalog.compare.js';
import { type ChangeKind, changeKinds, changeLabels, isChangeKind } from '../catalog.relations.js';
import { catalogStrings, formatEditionLabel } from '../catalog.strings.js';
import { ComparisonRows } from '../components/comparison-rows.js';

function readEdition(value: string | null, fallback: EditionId): EditionId {
  const parsed = editionIdSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * The page always compares an earlier edition with a later one: the map's relations (合并, 拆分 …) read
 * forwards in time, so a reversed or equal pair in the URL falls back to a forward one.
 */
function readEditionPair(searchParams: URLSearchParams): { from: EditionId; to: EditionId } {
  const first = readEdition(searchParams.get('from'), '2022');
  const second = readEdition(searchParams.get('to'), '2024');
  if (first < second) return { from: first, to: second };
  if (first > second) return { from: second, to: first };
  return { from: '2022', to: '2024' };
}

function editionOptions(isDisabled: (edition: EditionId) => boolean) {
  return editionIdSchema.options.map((edition) => ({
    value: edition,
    label: formatEditionLabel(edition),
    disabled: isDisabled(edition),
  }));
}

export function EditionComparePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { from, to } = readEditionPair(searchParams);
  const changeParam = searchParams.get('change');
  const selectedKind: ChangeKind | 'all' = isChangeKind(changeParam) ? changeParam : 'all';
  const mapQuery = useEditionMap(from, to);
  const editionsQuery = useEditions();

  const rows = useMemo(() => (mapQuery.data ? buildComparisonRows(mapQuery.data) : []), [mapQuery.data]);
  const counts = useMemo(() => countRowsByKind(rows), [rows]);
  const visibleRows = selectedKind === 'all' ? rows : rows.filter((row) => row.kind === selectedKind);

  const updateParams = (next: { from?: EditionId; to?: EditionId; change?: ChangeKind | 'all' }) => {
    const params = new URLSearchParams({ from: next.from ?? from, to: next.to ?? to });
    const change = next.change ?? selectedKind;
    if (change !== 'all') params.set('change', change);
    setSearchParams(params, { replace: next.change !== undefined });
  };

  const scenarioCountOf = (edition: EditionId) =>
    editionsQuery.data?.find((candidate) => candidate.id === edition)?.scenarioCount;
  const fromCount = scenarioCountOf(from);
  const toCount = scenarioCountOf(to);

  return (
    <div className="page-container compare-page">
      <PageTitle
        title={`${formatEditionLabel(from)}与${formatEditionLabel(to)}对比 - ${catalogStrings.compareTitle}`}
      />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {catalogStrings.compareTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{catalogStrings.compareIntro}</Typography.Paragraph>
      </header>
      <div className="content-panel">
        <div className="compare-controls">
          <div className="compare-select">
            <label htmlFor="compare-from">{catalogStrings.compareFromLabel}</label>
            <Select<EditionId>
              id="compare-from"
              value={from}
              options={editionOptions((edition) => edition >= to)}
              onChange={(value) => updateParams({ from: value })}
              style={{ width: 140 }}
            />
          </div>
          <div className="compare-select">
            <label htmlFor="compare-to">{catalogStrings.compareToLabel}</label>
            <Select<EditionId>
              id="compare-to"
              value={to}
              options={editionOptions((edition) => edition <= from)}
              onChange={(value) => updateParams({ to: value })}
              style={{ width: 140 }}
            />
          </div>
        </div>
        {mapQuery.isPending ? (
          <LoadingBlock label="正在加载对比" rows={10} />
        ) : mapQuery.isError ? (
          <QueryError
            title={catalogStrings.errorTitle}
            error={mapQuery.error}
            retryLabel={catalogStrings.retry}
            onRetry={() => void mapQuery.refetch()}
          />
        ) : (
          <section aria-labelledby="compare-result-heading">
            <Typography.Title level={2} id="compare-result-heading" className="section-heading">
              {`${formatEditionLabel(from)} → ${formatEditionLabel(to)}`}
            </Typography.Title>
            {fromCount !== undefined && toCount !== undefined && (
              <p className="compare-summary">
                {`${formatEditionLabel(from)}共 ${fromCount} 个场景，${formatEditionLabel(to)}共 ${toCount} 个场景。`}
              </p>
            )}
            <ul className="compare-counts" aria-label="各类变化数量">
              {changeKinds.map((kind) => (
                <li key={kind} className={`compare-count compare-count-${kind}`} data-kind={kind}>
                  <span className="compare-count-value">{counts[kind]}</span>
                  <span className="compare-count-label">{changeLabels[kind]}</span>
                </li>
              ))}
            </ul>
            <div className="compare-filter">
              <span id="compare-filter-label" className="compare-filter-label">
                {catalogStrings.compareFilterLabel}
              </span>
              <Radio.Group
                aria-labelledby="compare-filter-label"
                optionType="button"
                buttonStyle="solid"
                value={selectedKind}
                onChange={(event) => updateParams({ change: event.target.value as ChangeKind | 'all' })}
                options={[
                  { value: 'all', label: `${catalogStrings.compareAll} ${rows.length}` },
                  ...changeKinds.map((kind) => ({ value: kind, label: `${changeLabels[kind]} ${counts[kind]}` })),
                ]}
              />
            </div>
            <ComparisonRows from={from} to={to} rows={visibleRows} />
          </section>
        )}
      </div>
    </div>
  );
}
