import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { PageTitle } from '../components/page-title.js';
import { appStrings } from './app.strings.js';

/** Shown when a page fails to render or its code chunk fails to load (e.g. after a redeploy). */
export function RouteErrorPage() {
  const error = useRouteError();
  console.error(error);
  return (
    <div className="page-container">
      <PageTitle title={appStrings.routeErrorTitle} />
      <Result
        status="error"
        title={<h1 className="result-heading">{appStrings.routeErrorTitle}</h1>}
        subTitle={appStrings.routeErrorMessage}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {appStrings.reload}
          </Button>
        }
      />
    </div>
  );
}
