import '../home.css';
import { Typography } from 'antd';
import { ButtonLink } from '../../../components/button-link.js';
import { PageTitle } from '../../../components/page-title.js';
import { OpenCallsBlock } from '../../calls/components/open-calls-block.js';
import { useEditions } from '../../catalog/catalog.api.js';
import { catalogPaths } from '../../catalog/catalog.paths.js';
import { useProgrammes } from '../../reference/reference.api.js';
import { EditionCards } from '../components/edition-cards.js';
import { HomeSearch } from '../components/home-search.js';
import { ProgrammeCards } from '../components/programme-cards.js';
import { homeStrings } from '../home.strings.js';

/** The public landing page; composes the reference (programmes) and catalogue (editions, search) features. */
export function HomePage() {
  const programmesQuery = useProgrammes();
  const editionsQuery = useEditions();
  return (
    <div className="home-page">
      <PageTitle title={homeStrings.pageTitle} />
      <section className="home-hero" aria-labelledby="home-hero-heading">
        <div className="page-container">
          <h1 id="home-hero-heading" className="home-hero-title">
            {homeStrings.heroTitle}
          </h1>
          <p className="home-hero-lead">{homeStrings.heroLead}</p>
          <ul className="home-hero-points">
            {homeStrings.heroPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <HomeSearch searchPath={(q) => catalogPaths.search({ q })} />
        </div>
      </section>
      <div className="page-container">
        <OpenCallsBlock />
        <section aria-labelledby="home-programmes-heading" className="home-section">
          <Typography.Title level={2} id="home-programmes-heading" className="section-heading">
            {homeStrings.programmesTitle}
          </Typography.Title>
          <Typography.Paragraph className="section-intro">{homeStrings.programmesIntro}</Typography.Paragraph>
          <ProgrammeCards programmesQuery={programmesQuery} />
        </section>
        <section aria-labelledby="home-editions-heading" className="home-section">
          <Typography.Title level={2} id="home-editions-heading" className="section-heading">
            {homeStrings.editionsTitle}
          </Typography.Title>
          <Typography.Paragraph className="section-intro">{homeStrings.editionsIntro}</Typography.Paragraph>
          <EditionCards editionsQuery={editionsQuery} editionPath={catalogPaths.edition} />
          <div className="home-compare-link">
            <ButtonLink to={catalogPaths.compare('2022', '2024')}>{homeStrings.compareEditions}</ButtonLink>
          </div>
        </section>
      </div>
    </div>
  );
}
