import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton } from 'antd';
import type { Edition, EditionId } from '../../../../shared/catalog/catalog.schemas.js';
import { ButtonLink } from '../../../components/button-link.js';
import { QueryError } from '../../../components/query-error.js';
import { homeStrings } from '../home.strings.js';

type EditionCardsProps = {
  editionsQuery: UseQueryResult<Edition[]>;
  editionPath: (edition: EditionId) => string;
};

export function EditionCards({ editionsQuery, editionPath }: EditionCardsProps) {
  if (editionsQuery.isPending) {
    return <Skeleton active paragraph={{ rows: 4 }} />;
  }
  if (editionsQuery.isError) {
    return (
      <QueryError
        title={homeStrings.loadErrorTitle}
        error={editionsQuery.error}
        retryLabel={homeStrings.retry}
        onRetry={() => void editionsQuery.refetch()}
      />
    );
  }
  // Newest guide first: it is the one current calls refer to.
  const editions = [...editionsQuery.data].sort((a, b) => b.id.localeCompare(a.id));
  return (
    <Row gutter={[16, 16]} role="list" className="edition-cards">
      {editions.map((edition) => (
        <Col key={edition.id} xs={24} md={8} role="listitem">
          <Card className="edition-card">
            <h3 className="edition-card-title">{edition.title}</h3>
            {edition.documentNo && <p className="edition-card-doc">{edition.documentNo}</p>}
            <p className="edition-card-count">
              {homeStrings.stageAndScenarioCount(edition.stageCount, edition.scenarioCount)}
            </p>
            <ButtonLink
              type="primary"
              to={editionPath(edition.id)}
              aria-label={`${homeStrings.browseEdition}：${edition.title}`}
            >
              {homeStrings.browseEdition}
            </ButtonLink>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
