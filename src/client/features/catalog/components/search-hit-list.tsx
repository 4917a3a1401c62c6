import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ScenarioHit } from '../../../../shared/catalog/catalog.schemas.js';
import { catalogPaths } from '../catalog.paths.js';
import { catalogStrings, formatChineseOrdinal, formatEditionLabel } from '../catalog.strings.js';
import { HighlightText } from './highlight-text.js';

export function SearchHitList({ hits }: { hits: ScenarioHit[] }) {
  return (
    <ol className="search-hit-list" aria-label={catalogStrings.searchResultsLabel}>
      {hits.map((hit) => (
        <li key={hit.code} className="search-hit">
          <Typography.Title level={3} className="search-hit-title">
            <Link to={catalogPaths.scenario(hit.edition, hit.code)}>{hit.name}</Link>
          </Typography.Title>
          <div className="search-hit-meta">
            <Tag color="#0b4a8b" variant="solid">
              {formatEditionLabel(hit.edition)}
            </Tag>
            <span>{`${formatChineseOrdinal(hit.stage.number)}、${hit.stage.name}`}</span>
            <span className="search-hit-code">{hit.code}</span>
          </div>
          <p className="search-hit-snippet">
            <HighlightText highlight={hit.highlight} />
          </p>
        </li>
      ))}
    </ol>
  );
}
