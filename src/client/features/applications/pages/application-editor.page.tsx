import '../applications.css';
import '../components/editor-form.css';
import '../components/editor-panels.css';
import { Alert } from 'antd';
import { useParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { isNotFoundError } from '../../../lib/http.js';
import { useMe } from '../../accounts/accounts.api.js';
import { ReturnedComments } from '../../reviews/components/returned-comments.js';
import { useApplication, useCall, useCallForm } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { ApplicationEditor } from '../components/application-editor.js';
import { FingerprintCheck } from '../components/fingerprint-check.js';

/** /applications/:id — 填写申报书 (read-only for those who may not edit it). Rendered inside RequireSignIn. */
export function ApplicationEditorPage() {
  const { id = '' } = useParams();
  const me = useMe().data;
  const applicationQuery = useApplication(id);
  const application = applicationQuery.data;
  const callFormQuery = useCallForm(application?.callId);
  const callQuery = useCall(application?.callId);
  const failedQuery = [applicationQuery, callFormQuery, callQuery].find((query) => query.isError);

  let body: React.ReactNode;
  const heading = <h1 className="page-heading app-editor-fallback-heading">{s.pageTitle}</h1>;
  if (failedQuery && isNotFoundError(failedQuery.error) && failedQuery === applicationQuery)
    body = (
      <>
        {heading}
        <Alert type="warning" showIcon title={s.notFound} />
      </>
    );
  else if (failedQuery)
    body = (
      <>
        {heading}
        <QueryError
          title={s.loadFailed}
          error={failedQuery.error}
          retryLabel={s.retry}
          onRetry={() => void failedQuery.refetch()}
        />
      </>
    );
  else if (!application || !callFormQuery.data || !callQuery.data)
    body = (
      <>
        {heading}
        <LoadingBlock label={s.loading} repeat={3} />
      </>
    );
  else
    body = (
      <ReturnedComments application={application} variant={callFormQuery.data.form}>
        <FingerprintCheck application={application} />
        <ApplicationEditor
          key={application.id}
          application={application}
          callForm={callFormQuery.data}
          call={callQuery.data}
          savedByName={me?.user.username ?? ''}
        />
      </ReturnedComments>
    );

  return (
    <div className="page-container app-editor-page">
      <PageTitle title={application ? `${s.pageTitle}：${application.callTitle}` : s.pageTitle} />
      {body}
    </div>
  );
}
