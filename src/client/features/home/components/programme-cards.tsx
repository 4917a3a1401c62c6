import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Skeleton, Tag } from 'antd';
import type { Programme } from '../../../../shared/reference/reference.schemas.js';
import { QueryError } from '../../../components/query-error.js';
import { homeStrings, programmeLevelLabels } from '../home.strings.js';

const levelColors = { national: '#a61d24', province: '#0b4a8b', city: '#0e6e55' } as const;

export function ProgrammeCards({ programmesQuery }: { programmesQuery: UseQueryResult<Programme[]> }) {
  if (programmesQuery.isPending) {
    return (
      <Row gutter={[16, 16]} aria-busy="true">
        {[1, 2].map((placeholder) => (
          <Col key={placeholder} xs={24} md={12}>
            <Card>
              <Skeleton active />
            </Card>
          </Col>
        ))}
      </Row>
    );
  }
  if (programmesQuery.isError) {
    return (
      <QueryError
        title={homeStrings.loadErrorTitle}
        error={programmesQuery.error}
        retryLabel={homeStrings.retry}
        onRetry={() => void programmesQuery.refetch()}
      />
    );
  }
  if (programmesQuery.data.length === 0) return <Empty description={homeStrings.programmesEmpty} />;
  return (
    <Row gutter={[16, 16]} className="programme-cards" role="list">
      {programmesQuery.data.map((programme) => (
        <Col key={programme.key} xs={24} md={12} role="listitem">
          <Card className="programme-card">
            <h3 className="programme-name">
              <Tag color={levelColors[programme.level]} variant="solid">
                {programmeLevelLabels[programme.level]}
              </Tag>
              {programme.name}
            </h3>
            <p className="programme-summary">{programme.summary}</p>
            {/* `source` names the seed file the entry was taken from, which means nothing to a reader. */}
            <dl className="programme-facts">
              <dt>{homeStrings.programmeIssuer}</dt>
              <dd>{programme.issuer}</dd>
            </dl>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
