import '../calls.css';
import '../calls-office.css';
import { Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { useCall } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime, phaseOf } from '../calls.time.js';
import { CallDocuments } from '../components/call-documents.js';
import { CallPhaseTag } from '../components/call-phase-tag.js';
import { CallStatusActions } from '../components/call-status-actions.js';
import { Countdown } from '../components/countdown.js';
import { ExtensionsSection } from '../components/extensions-section.js';
import { StatsPanel } from '../components/stats-panel.js';
import { useNow } from '../use-now.js';

/** 申报情况 of one call for its office: live counts by state and region, extensions, publish and close. */
export function OfficeCallPage() {
  const { id = '' } = useParams();
  const callQuery = useCall(id);
  const now = useNow();
  const [result, setResult] = useState<ActionResult | null>(null);

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
          <Link to="/office/calls">{s.backToOffice}</Link>
        </p>
      </div>
    );
  }

  const call = callQuery.data;
  const phase = phaseOf(call, now);
  return (
    <div className="page-container office-call-page">
      <PageTitle title={`${s.statsTitle}：${call.title}`} />
      <p className="call-back-link">
        <Link to="/office/calls">{s.backToOffice}</Link>
      </p>
      <header className="page-header office-calls-header">
        <div>
          <div className="call-card-tags">
            <CallPhaseTag phase={phase} />
            <span className="call-card-programme">{call.templateTitle}</span>
          </div>
          <Typography.Title level={1} className="page-heading">
            {call.title}
          </Typography.Title>
          <p className="office-call-period-line">
            {s.period}：{s.periodValue(formatBeijingTime(call.opensAt), formatBeijingTime(call.closesAt))}（
            {s.beijingTime}） <Countdown phase={phase} opensAt={call.opensAt} closesAt={call.closesAt} now={now} />
          </p>
        </div>
        <div className="office-call-actions">
          {call.status !== 'draft' && <Link to={`/calls/${encodeURIComponent(call.id)}`}>{s.openPublicPage}</Link>}
          <CallStatusActions call={call} onResult={setResult} size="middle" />
        </div>
      </header>
      <ResultBanner
        result={result}
        failureTitle={s.actionFailed}
        className="calls-banner"
        onClose={() => setResult(null)}
      />
      <section className="content-panel office-call-section" aria-labelledby="office-stats-heading">
        <Typography.Title level={2} id="office-stats-heading" className="section-heading">
          {s.statsTitle}
        </Typography.Title>
        <StatsPanel callId={call.id} />
      </section>
      <section className="content-panel office-call-section" aria-labelledby="office-documents-heading">
        <Typography.Title level={2} id="office-documents-heading" className="section-heading">
          {s.documentsTitle}
        </Typography.Title>
        <CallDocuments callId={call.id} editable />
      </section>
      <section className="content-panel office-call-section" aria-labelledby="office-extensions-heading">
        <Typography.Title level={2} id="office-extensions-heading" className="section-heading">
          {s.extensionsTitle}
        </Typography.Title>
        <ExtensionsSection call={call} />
      </section>
    </div>
  );
}
