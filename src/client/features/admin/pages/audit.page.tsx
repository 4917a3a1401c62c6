import { Button, Form, Input, Select, Table, type TableProps, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { auditActionLabels } from '../../../../shared/accounts/audit-actions.js';
import { LoadMore } from '../../../components/load-more.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { formatDateTime } from '../../../lib/format.js';
import { type AuditEntry, type AuditFilters, useAuditLog } from '../admin.api.js';
import { adminStrings } from '../admin.strings.js';

/** `key: value` lines for an object (one level, values as compact JSON); the value itself otherwise. */
function describeValue(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value))
    return [typeof value === 'string' ? value : JSON.stringify(value)];
  return Object.entries(value).map(
    ([key, entry]) => `${key}: ${typeof entry === 'string' ? entry : JSON.stringify(entry)}`,
  );
}

function ChangeCell({ entry }: { entry: AuditEntry }) {
  const sides = [
    { label: adminStrings.auditBefore, lines: describeValue(entry.oldValue) },
    { label: adminStrings.auditAfter, lines: describeValue(entry.newValue) },
  ].filter((side) => side.lines.length > 0);
  if (sides.length === 0) return <span>—</span>;
  return (
    <dl className="audit-change">
      {sides.map((side) => (
        <div key={side.label} className="audit-change-side">
          <dt>{side.label}</dt>
          <dd>
            {side.lines.map((line) => (
              <code key={line}>{line}</code>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const columns: TableProps<AuditEntry>['columns'] = [
  { key: 'at', title: adminStrings.auditAt, render: (_, entry) => formatDateTime(entry.at), width: 150 },
  { key: 'actor', title: adminStrings.auditActor, render: (_, entry) => entry.actorUsername ?? adminStrings.system },
  { key: 'ip', title: adminStrings.auditIp, render: (_, entry) => entry.ip ?? '—' },
  {
    key: 'action',
    title: adminStrings.auditAction,
    render: (_, entry) => (
      <span>
        {auditActionLabels[entry.action] ?? entry.action}
        <br />
        <Typography.Text type="secondary" code>
          {entry.action}
        </Typography.Text>
      </span>
    ),
  },
  {
    key: 'target',
    title: adminStrings.auditTarget,
    render: (_, entry) =>
      entry.targetType ? (
        <span className="audit-target">
          {entry.targetType}
          {entry.targetId && <code>{entry.targetId}</code>}
        </span>
      ) : (
        '—'
      ),
  },
  { key: 'change', title: adminStrings.auditChange, render: (_, entry) => <ChangeCell entry={entry} /> },
];

const actionOptions = Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }));

/** 审计日志 for platform administrators, filtered by action and actor and paged with the answer's cursor. */
export function AuditPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: AuditFilters = {
    action: searchParams.get('action') || undefined,
    actor: searchParams.get('actor') || undefined,
  };
  const auditQuery = useAuditLog(filters);
  const rows = auditQuery.data?.pages.flatMap((page) => page.items) ?? [];

  const applyFilters = (values: { action?: string; actor?: string }) => {
    const params = new URLSearchParams();
    if (values.action?.trim()) params.set('action', values.action.trim());
    if (values.actor?.trim()) params.set('actor', values.actor.trim());
    setSearchParams(params, { replace: true });
  };

  return (
    <section aria-labelledby="admin-audit-heading" className="content-panel">
      <Typography.Title level={2} id="admin-audit-heading" className="section-heading">
        {adminStrings.auditTitle}
      </Typography.Title>
      <Typography.Paragraph className="section-intro">{adminStrings.auditIntro}</Typography.Paragraph>
      <Form
        layout="inline"
        className="admin-filters"
        initialValues={filters}
        key={searchParams.toString()}
        onFinish={applyFilters}
      >
        <Form.Item name="action" label={adminStrings.auditAction}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={adminStrings.auditActionPlaceholder}
            options={actionOptions}
            style={{ minWidth: 180 }}
          />
        </Form.Item>
        <Form.Item name="actor" label={adminStrings.auditActor}>
          <Input maxLength={64} placeholder={adminStrings.auditActorPlaceholder} allowClear />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {adminStrings.auditFilter}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button onClick={() => applyFilters({})}>{adminStrings.auditReset}</Button>
        </Form.Item>
      </Form>
      {auditQuery.isError ? (
        <QueryError
          title={adminStrings.loadFailed}
          error={auditQuery.error}
          retryLabel={adminStrings.retry}
          onRetry={() => void auditQuery.refetch()}
        />
      ) : (
        <>
          <TableRegion label={adminStrings.auditTableLabel}>
            <Table<AuditEntry>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={rows}
              loading={auditQuery.isPending}
              pagination={false}
              locale={{ emptyText: adminStrings.auditEmpty }}
            />
          </TableRegion>
          {!auditQuery.isPending && (
            <LoadMore
              shownCount={rows.length}
              hasMore={auditQuery.hasNextPage}
              isLoading={auditQuery.isFetchingNextPage}
              onLoadMore={() => void auditQuery.fetchNextPage()}
              loadMoreLabel={adminStrings.loadMore}
              shownLabel={adminStrings.loadedCount}
              allLabel={adminStrings.allLoaded}
            />
          )}
        </>
      )}
    </section>
  );
}
