import '../calls.css';
import '../calls-office.css';
import { Button, Space, Table, type TableProps, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { TableRegion } from '../../../components/table-region.js';
import { type Call, useCallTotals, useManagedCalls } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime, phaseOf } from '../calls.time.js';
import { CallPhaseTag } from '../components/call-phase-tag.js';
import { CallStatusActions } from '../components/call-status-actions.js';
import { useNow } from '../use-now.js';

// The dialog (form, date pickers, region cascader) loads when it is first opened, not with the table.
const CreateCallModal = lazy(() =>
  import('../components/create-call-modal.js').then((m) => ({ default: m.CreateCallModal })),
);

const officeCallPath = (id: string) => `/office/calls/${encodeURIComponent(id)}`;

/** 申报管理: the office's calls (drafts included), their application counts, and creating, publishing, closing. */
export function OfficeCallsPage() {
  const callsQuery = useManagedCalls();
  const calls = callsQuery.data ?? [];
  const totals = useCallTotals(calls);
  const now = useNow();
  const [isCreating, setIsCreating] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  const columns: TableProps<Call>['columns'] = [
    {
      key: 'title',
      title: s.title,
      render: (_, call) => <Link to={officeCallPath(call.id)}>{call.title}</Link>,
      onCell: () => ({ className: 'office-call-title-cell' }),
    },
    { key: 'programme', title: s.programme, dataIndex: 'templateTitle' },
    { key: 'year', title: s.year, dataIndex: 'year' },
    {
      key: 'period',
      title: s.period,
      render: (_, call) => (
        <span className="office-call-period">
          {formatBeijingTime(call.opensAt)} 至
          <br />
          {formatBeijingTime(call.closesAt)}
        </span>
      ),
    },
    { key: 'status', title: s.status, render: (_, call) => <CallPhaseTag phase={phaseOf(call, now)} /> },
    {
      key: 'count',
      title: s.applicationCount,
      align: 'right',
      render: (_, call) => (call.status === 'draft' ? '—' : (totals.get(call.id) ?? '…')),
    },
    {
      key: 'actions',
      title: s.actions,
      render: (_, call) => (
        <Space size="small" wrap>
          <Link to={officeCallPath(call.id)}>
            {s.manage}
            <span className="visually-hidden">：{call.title}</span>
          </Link>
          <CallStatusActions call={call} onResult={setResult} />
        </Space>
      ),
    },
  ];

  return (
    <div className="page-container office-calls-page">
      <PageTitle title={s.officeTitle} />
      <header className="page-header office-calls-header">
        <div>
          <Typography.Title level={1} className="page-heading">
            {s.officeTitle}
          </Typography.Title>
          <Typography.Paragraph className="page-intro">{s.officeIntro}</Typography.Paragraph>
        </div>
        <Button type="primary" onClick={() => setIsCreating(true)}>
          {s.createCall}
        </Button>
      </header>
      <ResultBanner
        result={result}
        failureTitle={s.actionFailed}
        className="calls-banner"
        onClose={() => setResult(null)}
      />
      <section className="content-panel" aria-label={s.officeTableLabel}>
        {callsQuery.isError ? (
          <QueryError
            title={s.loadFailed}
            error={callsQuery.error}
            retryLabel={s.retry}
            onRetry={() => void callsQuery.refetch()}
          />
        ) : (
          <TableRegion label={s.officeTableLabel}>
            <Table<Call>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={calls}
              loading={callsQuery.isPending}
              pagination={false}
              locale={{ emptyText: <span className="calls-table-empty">{s.officeEmpty}</span> }}
            />
          </TableRegion>
        )}
      </section>
      {isCreating && (
        <Suspense fallback={null}>
          <CreateCallModal
            open
            onClose={() => setIsCreating(false)}
            onCreated={({ title }) => setResult({ ok: true, message: s.created(title) })}
          />
        </Suspense>
      )}
    </div>
  );
}
