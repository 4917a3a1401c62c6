import { Result } from 'antd';
import { ButtonLink } from '../components/button-link.js';
import { PageTitle } from '../components/page-title.js';
import { appStrings } from './app.strings.js';

export function NotFoundPage() {
  return (
    <div className="page-container">
      <PageTitle title={appStrings.notFoundTitle} />
      <Result
        status="404"
        title={<h1 className="result-heading">{appStrings.notFoundTitle}</h1>}
        subTitle={appStrings.notFoundMessage}
        extra={[
          <ButtonLink key="home" type="primary" to="/">
            {appStrings.backHome}
          </ButtonLink>,
          <ButtonLink key="catalog" to="/catalog">
            {appStrings.browseCatalog}
          </ButtonLink>,
        ]}
      />
    </div>
  );
}
