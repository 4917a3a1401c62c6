import { Empty } from 'antd';
import { Link } from 'react-router';
import type { EditionId, ScenarioRef } from '../../../../shared/catalog/catalog.schemas.js';
import type { ComparisonRow } from '../catalog.compare.js';
import { catalogPaths } from '../catalog.paths.js';
import { catalogStrings, formatEditionLabel } from '../catalog.strings.js';
import { ChangeTag } from './change-tag.js';

function ScenarioRefList({ refs }: { refs: ScenarioRef[] }) {
  if (refs.length === 0) return <span className="comparison-none">{catalogStrings.compareNone}</span>;
  return (
    <ul className="comparison-ref-list">
      {refs.map((ref) => (
        <li key={ref.code}>
          <Link to={catalogPaths.scenario(ref.edition, ref.code)}>{`${ref.number}. ${ref.name}`}</Link>
        </li>
      ))}
    </ul>
  );
}

type ComparisonRowsProps = { from: EditionId; to: EditionId; rows: ComparisonRow[] };

/**
 * Side by side on wide screens (earlier | change | later); stacked on phones, where each cell shows
 * its own column caption because the header row is hidden.
 */
export function ComparisonRows({ from, to, rows }: ComparisonRowsProps) {
  if (rows.length === 0) return <Empty description={catalogStrings.compareEmpty} />;
  const fromLabel = formatEditionLabel(from);
  const toLabel = formatEditionLabel(to);
  return (
    <div className="comparison">
      <div className="comparison-header" aria-hidden="true">
        <span>{fromLabel}</span>
        <span>{catalogStrings.compareFilterLabel}</span>
        <span>{toLabel}</span>
      </div>
      <ol className="comparison-rows">
        {rows.map((row) => (
          <li key={row.key} className={`comparison-row comparison-row-${row.kind}`}>
            <div className="comparison-cell">
              <span className="comparison-caption">{fromLabel}</span>
              <ScenarioRefList refs={row.from} />
            </div>
            <div className="comparison-cell comparison-change">
              <span className="comparison-caption visually-hidden">{catalogStrings.compareFilterLabel}</span>
              <ChangeTag kind={row.kind} />
              {row.note && <span className="comparison-note">{row.note}</span>}
            </div>
            <div className="comparison-cell">
              <span className="comparison-caption">{toLabel}</span>
              <ScenarioRefList refs={row.to} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
