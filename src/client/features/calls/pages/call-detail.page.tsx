import '../calls.css';
import { Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useMe } from '../../accounts/accounts.api.js';
import { type Call, useCall, useCallForm } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime, phaseOf } from '../calls.time.js';
import { ApplyPanel } from '../components/apply-panel.js';
import { CallDocuments } from '../components/call-documents.js';
import { CallPhaseTag } from '../components/call-phase-tag.js';
import { Countdown } from '../components/countdown.js';
import { FormSummary } from '../components/form-summary.js';
import { useNow } from '../use-now.js';

function CallFacts({ call }: { call: Call }) {
  const facts = [
    [s.organization, call.organizationName || '—'],
    [s.programme, call.templateTitle],
    [s.year, s.yearValue(call.year)],
    [
      s.period,
      `${s.periodValue(formatBeijingTime(call.opensAt), formatBeijingTime(call.closesAt))}（${s.beijingTime}）`,
    ],
    [s.catalogEdition, s.catalogEditionValue(call.catalogEdition)],
    [s.form, call.formTitle],
    [s.contact, call.contact || s.noContact],
  ];
  return (
    <dl className="call-detail-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** 申报通知详情: the notice, its facts and form, and for an enterprise the way in (开始申报). */
export function CallDetailPage() {
  const { id = '' } = useParams();
  const callQuery = useCall(id);
  const formQuery = useCallForm(id);
  const me = useMe().data;
  const now = useNow();

  if (callQuery.isPending) {
    return (
      <div className="page-container">
        <LoadingBlock label={s.detailLoading} />
      </div>
    );
  }
  if (callQuery.isError) {
    return (
      <div className="page-container">
        <PageTitle title={s.loadFailed} />
        <Typography.Title level={1} className="page-heading">
          {s.loadFailed}
        </Typography.Title>
        <QueryError
          title={s.loadFailed}
          error={callQuery.error}
          retryLabel={s.retry}
          onRetry={() => void callQuery.refetch()}
        />
        <p className="call-back-link">
          <Link to="/calls">{s.backToList}</Link>
        </p>
      </div>
    );
  }

  const call = callQuery.data;
  const phase = phaseOf(call, now);
  return (
    <div className="page-container call-detail-page">
      <PageTitle title={call.title} />
      <p className="call-back-link">
        <Link to="/calls">{s.backToList}</Link>
      </p>
      <header className="page-header">
        <div className="call-card-tags">
          <CallPhaseTag phase={phase} />
          <span className="call-card-programme">{call.templateTitle}</span>
        </div>
        <Typography.Title level={1} className="page-heading">
          {call.title}
        </Typography.Title>
        <Countdown phase={phase} opensAt={call.opensAt} closesAt={call.closesAt} now={now} />
      </header>
      <div className="call-detail-layout">
        <div className="call-detail-main">
          <section className="content-panel" aria-labelledby="call-notice-heading">
            <Typography.Title level={2} id="call-notice-heading" className="section-heading">
              {s.notice}
            </Typography.Title>
            <div className="call-notice-text">{call.notice || s.noNotice}</div>
          </section>
          <section className="content-panel" aria-labelledby="call-documents-heading">
            <Typography.Title level={2} id="call-documents-heading" className="section-heading">
              {s.documentsTitle}
            </Typography.Title>
            <CallDocuments callId={call.id} editable={false} />
          </section>
          <section className="content-panel" aria-labelledby="call-form-heading">
            <Typography.Title level={2} id="call-form-heading" className="section-heading">
              {s.formStructure}
            </Typography.Title>
            {formQuery.isPending ? (
              <LoadingBlock label={s.applyLoading} rows={4} />
            ) : formQuery.isError ? (
              <QueryError
                title={s.loadFailed}
                error={formQuery.error}
                retryLabel={s.retry}
                onRetry={() => void formQuery.refetch()}
              />
            ) : (
              <FormSummary form={formQuery.data.form} headingId="call-form-heading" />
            )}
          </section>
        </div>
        <aside className="call-detail-aside" aria-labelledby="call-facts-heading">
          <section className="content-panel">
            <Typography.Title level={2} id="call-facts-heading" className="section-heading">
              {s.facts}
            </Typography.Title>
            <CallFacts call={call} />
            <ApplyPanel call={call} phase={phase} me={me} />
          </section>
        </aside>
      </div>
    </div>
  );
}
