import '../../applications/applications.css';
import '../../applications/components/editor-form.css';
import '../../applications/components/editor-panels.css';
import '../reviews.css';
import { Alert, Button } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type ApplicationState, applicationStateLabels } from '../../../../shared/applications/application-state.js';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { formatDateTime } from '../../../lib/format.js';
import { isNotFoundError } from '../../../lib/http.js';
import { stampedPath, useApplication, useCallForm } from '../../applications/applications.api.js';
import { StatusTag } from '../../applications/components/editor-header.js';
import { ApplicationView } from '../components/application-view.js';
import {
  type EditingComment,
  FieldCommentModal,
  type FieldComments,
  reviewerAside,
} from '../components/field-comments.js';
import { labelOfCommentPath, ReturnDiff } from '../components/return-diff.js';
import { ReviewDecision } from '../components/review-decision.js';
import { sheetExportPath, useFormalReviewSheet } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** /reviews/:applicationId — 形式审查: the application read-only on the left, the checklist and decision on the right. */
export function FormalReviewPage() {
  const { applicationId = '' } = useParams();
  const applicationQuery = useApplication(applicationId);
  const application = applicationQuery.data;
  const callFormQuery = useCallForm(application?.callId);
  const sheetQuery = useFormalReviewSheet(applicationId);
  const [comments, setComments] = useState<FieldComments>({});
  const [editing, setEditing] = useState<EditingComment | null>(null);
  const [decided, setDecided] = useState<ApplicationState | null>(null);
  const canComment = sheetQuery.data?.canDecide ?? false;
  const removeComment = useCallback(
    (path: string) =>
      setComments((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== path))),
    [],
  );
  const aside = useMemo(
    () => reviewerAside({ comments, canComment, onEdit: setEditing, onRemove: removeComment }),
    [comments, canComment, removeComment],
  );
  const backPath = application ? `/reviews?call=${encodeURIComponent(application.callId)}` : '/reviews';
  const failedQuery = [applicationQuery, callFormQuery, sheetQuery].find((query) => query.isError);

  let body: React.ReactNode;
  if (failedQuery)
    body = isNotFoundError(failedQuery.error) ? (
      <Alert type="warning" showIcon title={s.reviewNotFound} />
    ) : (
      <QueryError
        title={s.loadFailed}
        error={failedQuery.error}
        retryLabel={s.retry}
        onRetry={() => void failedQuery.refetch()}
      />
    );
  else if (!application || !callFormQuery.data || !sheetQuery.data)
    body = <LoadingBlock label={s.reviewLoading} repeat={3} />;
  else {
    const sheet = sheetQuery.data;
    const variant = callFormQuery.data.form;
    const data = application.data as ApplicationData;
    const commentList = Object.keys(comments).length > 0 && (
      <ul className="review-comment-list">
        {Object.entries(comments).map(([path, text]) => {
          const label = labelOfCommentPath(variant, data, path);
          return (
            <li key={path}>
              <span className="review-comment-field">{label}</span>
              {text}
              {canComment && (
                <Button
                  autoInsertSpace={false}
                  type="link"
                  size="small"
                  danger
                  aria-label={s.removeCommentLabel(label)}
                  onClick={() => removeComment(path)}
                >
                  {s.removeComment}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    );
    body = (
      <>
        {!sheet.canDecide && !decided && (
          <Alert
            type="info"
            showIcon
            title={s.notDecidable(applicationStateLabels[sheet.status])}
            className="review-banner"
          />
        )}
        <div className="review-layout">
          <div className="review-main">
            {sheet.lastReturn && sheet.status !== 'returned' && (
              <ReturnDiff lastReturn={sheet.lastReturn} variant={variant} data={data} />
            )}
            <ApplicationView application={application} callForm={callFormQuery.data} aside={aside} />
          </div>
          <aside className="review-side content-panel" aria-labelledby="review-checklist-heading">
            <h2 id="review-checklist-heading" className="section-heading app-section-title">
              {s.checklistTitle}
            </h2>
            <ReviewDecision
              applicationId={application.id}
              sheet={sheet}
              fieldComments={comments}
              fieldCommentList={commentList}
              decided={decided}
              backPath={backPath}
              onDecided={(status) => {
                setDecided(status);
                setComments({});
              }}
            />
          </aside>
        </div>
      </>
    );
  }

  return (
    <div className="page-container review-page">
      <PageTitle title={application ? `${s.reviewTitle}：${application.enterpriseName}` : s.reviewTitle} />
      <p className="review-back">
        <Link to={backPath}>{s.backToWorkbench}</Link>
      </p>
      <header className="review-header">
        <div>
          <h1 className="review-heading">
            {s.reviewTitle}
            {application && `：${application.enterpriseName}`}
          </h1>
          {application && (
            <div className="review-meta">
              <StatusTag status={application.status} />
              <span>{application.callTitle}</span>
              {application.submittedAt && <span>{s.submittedLine(formatDateTime(application.submittedAt))}</span>}
            </div>
          )}
        </div>
        {application && (
          <div className="review-header-actions">
            {application.stamped && <a href={stampedPath(application.id)}>{s.stampedScan}</a>}
            <Button href={sheetExportPath(application.id)} download>
              {s.exportSheet}
            </Button>
          </div>
        )}
      </header>
      {body}
      {editing && (
        <FieldCommentModal
          editing={editing}
          initial={comments[editing.path] ?? ''}
          onSave={(path, text) => setComments((current) => ({ ...current, [path]: text }))}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
