import { Typography } from 'antd';
import { Link } from 'react-router';
import type { EditionId, Stage } from '../../../../shared/catalog/catalog.schemas.js';
import { catalogPaths } from '../catalog.paths.js';
import { catalogStrings, formatChineseOrdinal } from '../catalog.strings.js';

type StageOverviewProps = { edition: EditionId; stages: Stage[] };

/** Every stage with its summary and scenario links: the catalogue's landing pane and the phone's list. */
export function StageOverview({ edition, stages }: StageOverviewProps) {
  return (
    <section aria-labelledby="stage-overview-heading" className="stage-overview">
      <Typography.Title level={2} id="stage-overview-heading" className="section-heading">
        {catalogStrings.stageOverviewTitle}
      </Typography.Title>
      <ol className="stage-overview-list">
        {stages.map((stage) => (
          <li key={stage.number} className="stage-overview-item">
            <Typography.Title level={3} className="stage-overview-title">
              {`${formatChineseOrdinal(stage.number)}、${stage.name}`}
              <span className="stage-overview-count">{catalogStrings.scenariosInStage(stage.scenarios.length)}</span>
            </Typography.Title>
            {stage.summary && <Typography.Paragraph className="stage-summary">{stage.summary}</Typography.Paragraph>}
            <ul className="scenario-chip-list">
              {stage.scenarios.map((scenario) => (
                <li key={scenario.code}>
                  <Link className="scenario-chip" to={catalogPaths.scenario(edition, scenario.code)}>
                    {`${scenario.number}. ${scenario.name}`}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
