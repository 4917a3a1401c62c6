import '../catalog.css';
import { Button, Col, Drawer, Grid, Result, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { type EditionId, editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { ButtonLink } from '../../../components/button-link.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useEditions, useScenario, useStages } from '../catalog.api.js';
import { catalogPaths } from '../catalog.paths.js';
import { catalogStrings, formatEditionLabel } from '../catalog.strings.js';
import { EditionSwitcher } from '../components/edition-switcher.js';
import { ScenarioDetail } from '../components/scenario-detail.js';
import { StageMenu } from '../components/stage-menu.js';
import { StageOverview } from '../components/stage-overview.js';

/** The comparison a reader most likely wants from an edition: with the next edition, or the previous for 2024. */
function comparisonFor(edition: EditionId): { from: EditionId; to: EditionId } {
  if (edition === '2021') return { from: '2021', to: '2022' };
  return { from: '2022', to: '2024' };
}

function UnknownEdition() {
  return (
    <div className="page-container">
      <PageTitle title={catalogStrings.unknownEditionTitle} />
      <Result
        status="404"
        title={<h1 className="result-heading">{catalogStrings.unknownEditionTitle}</h1>}
        subTitle={catalogStrings.unknownEditionMessage}
        extra={
          <ButtonLink type="primary" to={catalogPaths.edition('2024')}>
            {catalogStrings.backToEdition('2024')}
          </ButtonLink>
        }
      />
    </div>
  );
}

export function CatalogPage() {
  const params = useParams();
  const parsedEdition = editionIdSchema.safeParse(params.edition);
  if (!parsedEdition.success) return <UnknownEdition />;
  return <EditionCatalog edition={parsedEdition.data} code={params.code} />;
}

function EditionCatalog({ edition, code }: { edition: EditionId; code: string | undefined }) {
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  // useBreakpoint is empty on the first render; treat unknown as wide so the tree does not flash into a drawer.
  const isNarrow = screens.md === false;
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const editionsQuery = useEditions();
  const stagesQuery = useStages(edition);
  const scenarioQuery = useScenario(code);

  // A scenario opened under the wrong edition (e.g. /catalog/2024/2022-08) moves to its own edition.
  if (scenarioQuery.data && scenarioQuery.data.edition !== edition) {
    return <Navigate to={catalogPaths.scenario(scenarioQuery.data.edition, scenarioQuery.data.code)} replace />;
  }

  const editionInfo = editionsQuery.data?.find((candidate) => candidate.id === edition);
  const pageTitle = scenarioQuery.data
    ? `${scenarioQuery.data.name}（${formatEditionLabel(edition)}）`
    : `${formatEditionLabel(edition)}${catalogStrings.catalogTitle}`;
  const comparison = comparisonFor(edition);

  const stageNavigation = stagesQuery.isPending ? (
    <Skeleton active paragraph={{ rows: 10 }} />
  ) : stagesQuery.isError ? (
    <QueryError
      title={catalogStrings.errorTitle}
      error={stagesQuery.error}
      retryLabel={catalogStrings.retry}
      onRetry={() => void stagesQuery.refetch()}
    />
  ) : (
    <StageMenu
      key={edition}
      edition={edition}
      stages={stagesQuery.data}
      selectedCode={code}
      onScenarioOpen={() => setIsDrawerOpen(false)}
    />
  );

  return (
    <div className="page-container catalog-page">
      <PageTitle title={pageTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {catalogStrings.catalogTitle}
        </Typography.Title>
        <Typography.Paragraph className={code ? 'page-intro is-collapsible' : 'page-intro'}>
          {catalogStrings.catalogIntro}
        </Typography.Paragraph>
        <div className="catalog-toolbar">
          <EditionSwitcher value={edition} onChange={(next) => void navigate(catalogPaths.edition(next))} />
          <div className="catalog-toolbar-links">
            <ButtonLink to={catalogPaths.search({ edition })}>{catalogStrings.searchTitle}</ButtonLink>
            <ButtonLink to={catalogPaths.compare(comparison.from, comparison.to)}>
              {catalogStrings.viewInCompare}
            </ButtonLink>
          </div>
        </div>
        {editionInfo && (
          <p className="edition-meta">
            <span>{editionInfo.title}</span>
            {editionInfo.documentNo && <span>{editionInfo.documentNo}</span>}
            <span>{catalogStrings.stageCount(editionInfo.stageCount)}</span>
            <span>{catalogStrings.scenarioCount(editionInfo.scenarioCount)}</span>
          </p>
        )}
      </header>
      {isNarrow && (
        <>
          <Button type="primary" block className="stage-drawer-button" onClick={() => setIsDrawerOpen(true)}>
            {catalogStrings.openStagesDrawer}
          </Button>
          <Drawer
            title={catalogStrings.stagesNavigation}
            placement="left"
            open={isDrawerOpen}
            onClose={() => setIsDrawerOpen(false)}
            size="min(360px, 88vw)"
            styles={{ body: { padding: '8px 4px' } }}
          >
            <nav aria-label={catalogStrings.stagesNavigation}>{stageNavigation}</nav>
          </Drawer>
        </>
      )}
      <Row gutter={[24, 24]} wrap={false} className="catalog-body">
        {!isNarrow && (
          <Col flex="320px">
            <nav aria-label={catalogStrings.stagesNavigation} className="catalog-sidebar">
              {stageNavigation}
            </nav>
          </Col>
        )}
        <Col flex="auto" className="catalog-content">
          <div className="content-panel">
            {code ? (
              <ScenarioDetail code={code} fallbackEdition={edition} />
            ) : stagesQuery.data ? (
              <StageOverview edition={edition} stages={stagesQuery.data} />
            ) : stagesQuery.isPending ? (
              <Skeleton active paragraph={{ rows: 12 }} />
            ) : null}
          </div>
        </Col>
      </Row>
    </div>
  );
}
