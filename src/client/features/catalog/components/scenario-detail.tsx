import { Descriptions, Result, Typography } from 'antd';
import { Link } from 'react-router';
import type { ScenarioDetail as ScenarioDetailData } from '../../../../shared/catalog/catalog.schemas.js';
import { ButtonLink } from '../../../components/button-link.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { isNotFoundError } from '../../../lib/http.js';
import { useScenario } from '../catalog.api.js';
import { catalogPaths } from '../catalog.paths.js';
import { catalogStrings, formatChineseOrdinal, formatEditionLabel } from '../catalog.strings.js';
import { ChangeTag } from './change-tag.js';

type ScenarioDetailProps = { code: string; fallbackEdition: ScenarioDetailData['edition'] };

function RelatedScenarios({ scenario }: { scenario: ScenarioDetailData }) {
  if (scenario.related.length === 0) {
    return <Typography.Paragraph>{catalogStrings.relatedEmpty}</Typography.Paragraph>;
  }
  const groups = [
    { direction: 'earlier', label: catalogStrings.relatedEarlier },
    { direction: 'later', label: catalogStrings.relatedLater },
  ] as const;
  return (
    <div className="related-groups">
      {groups.map(({ direction, label }) => {
        const related = scenario.related.filter((item) => item.direction === direction);
        if (related.length === 0) return null;
        return (
          <div key={direction} className="related-group">
            <Typography.Title level={4} className="related-group-title">
              {label}
            </Typography.Title>
            <ul className="related-list">
              {related.map((item) => (
                <li key={item.code}>
                  <ChangeTag kind={item.relation} />
                  <Link to={catalogPaths.scenario(item.edition, item.code)}>
                    {`${formatEditionLabel(item.edition)} · ${item.number}. ${item.name}`}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/** The detail pane of one scenario: its description, stage and where it went in other editions. */
export function ScenarioDetail({ code, fallbackEdition }: ScenarioDetailProps) {
  const scenarioQuery = useScenario(code);

  if (scenarioQuery.isPending) {
    return <LoadingBlock label="正在加载场景" rows={8} />;
  }
  if (scenarioQuery.isError) {
    if (isNotFoundError(scenarioQuery.error)) {
      return (
        <Result
          status="warning"
          title={<h2 className="result-heading">{catalogStrings.scenarioNotFoundTitle}</h2>}
          subTitle={catalogStrings.scenarioNotFoundMessage}
          extra={
            <ButtonLink type="primary" to={catalogPaths.edition(fallbackEdition)}>
              {catalogStrings.backToEdition(fallbackEdition)}
            </ButtonLink>
          }
        />
      );
    }
    return (
      <QueryError
        title={catalogStrings.errorTitle}
        error={scenarioQuery.error}
        retryLabel={catalogStrings.retry}
        onRetry={() => void scenarioQuery.refetch()}
      />
    );
  }

  const scenario = scenarioQuery.data;
  const paragraphs = scenario.description.split(/\n+/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <article aria-labelledby="scenario-heading" className="scenario-detail">
      <Typography.Title level={2} id="scenario-heading" className="scenario-title">
        {`${scenario.number}. ${scenario.name}`}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 1, lg: 2, xl: 3 }}
        items={[
          { key: 'edition', label: catalogStrings.scenarioEdition, children: scenario.editionTitle },
          {
            key: 'stage',
            label: catalogStrings.scenarioStage,
            children: `${formatChineseOrdinal(scenario.stage.number)}、${scenario.stage.name}`,
          },
          { key: 'code', label: catalogStrings.scenarioCode, children: scenario.code },
        ]}
      />
      <section aria-labelledby="scenario-description-heading">
        <Typography.Title level={3} id="scenario-description-heading" className="section-heading-small">
          {catalogStrings.scenarioDescription}
        </Typography.Title>
        {paragraphs.map((paragraph) => (
          <Typography.Paragraph key={paragraph} className="scenario-description">
            {paragraph}
          </Typography.Paragraph>
        ))}
      </section>
      <section aria-labelledby="scenario-related-heading">
        <Typography.Title level={3} id="scenario-related-heading" className="section-heading-small">
          {catalogStrings.relatedTitle}
        </Typography.Title>
        <RelatedScenarios scenario={scenario} />
      </section>
    </article>
  );
}
