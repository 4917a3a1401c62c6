import '../../calls/calls.css';
import { Alert, Empty, message, Tag, Typography } from 'antd';
import {
  type ApplicationState,
  applicationStateLabels,
  isEditable,
} from '../../../../shared/applications/application-state.js';
import { ButtonLink } from '../../../components/button-link.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useMe } from '../../accounts/accounts.api.js';
import { type MyApplication, useMyApplications } from '../../calls/calls.api.js';
import { callsStrings as s } from '../../calls/calls.strings.js';
import { describeRemaining, formatBeijingTime, isUrgent } from '../../calls/calls.time.js';
import { useNow } from '../../calls/use-now.js';
import { DeleteDraftButton } from '../components/delete-draft-button.js';

/** Tag colour groups: waiting for the enterprise, moving through review, and the two outcomes. */
function stateTone(state: ApplicationState): string {
  if (isEditable(state)) return 'todo';
  if (state === 'awarded') return 'success';
  if (state === 'review_failed' || state === 'not_awarded') return 'ended';
  return 'progress';
}

function Deadline({ deadline, now }: { deadline: string; now: number }) {
  const deadlineMs = Date.parse(deadline);
  const left = describeRemaining(deadlineMs, now);
  return (
    <>
      {formatBeijingTime(deadline)}（{s.beijingTime}）
      {left ? (
        <span className={isUrgent(deadlineMs, now) ? 'call-countdown is-urgent' : 'call-countdown'}>
          {s.deadlineLeft(left)}
        </span>
      ) : (
        <span className="call-countdown is-closed">{s.closed}</span>
      )}
    </>
  );
}

function ApplicationCard({
  application,
  now,
  onDeleted,
}: {
  application: MyApplication;
  now: number;
  onDeleted: () => void;
}) {
  const editable = isEditable(application.status);
  const headingId = `application-${application.id}-title`;
  return (
    <article className="application-card" aria-labelledby={headingId}>
      <div className="application-card-header">
        <h2 id={headingId} className="application-card-title">
          {application.callTitle}
        </h2>
        <Tag className={`application-state-tag is-${stateTone(application.status)}`}>
          {applicationStateLabels[application.status]}
        </Tag>
      </div>
      <dl className="call-facts">
        <div>
          <dt>{s.deadline}</dt>
          <dd>
            <Deadline deadline={application.deadline} now={now} />
          </dd>
        </div>
        <div>
          <dt>{s.updatedAt}</dt>
          <dd>{formatBeijingTime(application.updatedAt)}</dd>
        </div>
        <div>
          <dt>{s.scenarios}</dt>
          <dd>{application.scenarioNames.length > 0 ? application.scenarioNames.join('；') : s.noScenarios}</dd>
        </div>
      </dl>
      {editable && (
        <div className="application-todo">
          <h3 className="application-todo-heading">{s.todo}</h3>
          {application.todo.length > 0 ? (
            <ul>
              {application.todo.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : (
            <p>{s.todoDone}</p>
          )}
        </div>
      )}
      <div className="application-card-actions">
        {application.canDelete && <DeleteDraftButton application={application} onDeleted={onDeleted} />}
        <ButtonLink type={editable ? 'primary' : 'default'} to={`/applications/${encodeURIComponent(application.id)}`}>
          {editable ? s.continueEditing : s.view}
          <span className="visually-hidden">{s.openApplication(application.callTitle)}</span>
        </ButtonLink>
      </div>
    </article>
  );
}

/** 我的申报: the enterprise's applications, each with its deadline, what is missing and the way back in. */
export function MyApplicationsPage() {
  const me = useMe().data;
  const isEnterprise = me?.user.role === 'enterprise';
  const applicationsQuery = useMyApplications({ enabled: isEnterprise });
  const now = useNow();
  const [messageApi, messageHolder] = message.useMessage();
  const announceDeleted = () => void messageApi.success(s.deleteDraftDone);

  const body = () => {
    if (!isEnterprise) return <Alert type="info" showIcon title={s.myOnlyEnterprises} />;
    if (applicationsQuery.isPending) return <LoadingBlock label={s.myLoading} rows={4} repeat={2} />;
    if (applicationsQuery.isError) {
      return (
        <QueryError
          title={s.loadFailed}
          error={applicationsQuery.error}
          retryLabel={s.retry}
          onRetry={() => void applicationsQuery.refetch()}
        />
      );
    }
    if (applicationsQuery.data.length === 0) {
      return (
        <div className="content-panel">
          <Empty description={s.myEmpty}>
            <ButtonLink type="primary" to="/calls">
              {s.browseCalls}
            </ButtonLink>
          </Empty>
        </div>
      );
    }
    return (
      <ul className="application-list">
        {applicationsQuery.data.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} now={now} onDeleted={announceDeleted} />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <div className="page-container my-applications-page">
      {messageHolder}
      <PageTitle title={s.myTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {s.myTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{s.myIntro}</Typography.Paragraph>
      </header>
      {body()}
    </div>
  );
}
