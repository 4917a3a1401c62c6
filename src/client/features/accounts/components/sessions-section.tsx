import { Alert, Button, Popconfirm, type TableProps, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { sessionSchema } from '../../../../shared/accounts/accounts.schemas.js';
import { formatDateTime } from '../../../lib/format.js';
import { useEndOtherSessions, useEndSession, useSessions } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { describeUserAgent } from '../accounts.user-agent.js';
import { AccountTable } from './account-table.js';

type Session = z.infer<typeof sessionSchema>;

export function SessionsSection() {
  const sessionsQuery = useSessions();
  const endSession = useEndSession();
  const endOtherSessions = useEndOtherSessions();
  const failure = endSession.error ?? endOtherSessions.error;
  const hasOtherSessions = (sessionsQuery.data ?? []).some((session) => !session.isCurrent);

  const columns: TableProps<Session>['columns'] = [
    {
      key: 'device',
      title: accountsStrings.sessionDevice,
      render: (_, session) => (
        <span title={session.userAgent}>
          {describeUserAgent(session.userAgent)}
          {session.isCurrent && (
            <Tag color="blue" className="session-current-tag">
              {accountsStrings.thisDevice}
            </Tag>
          )}
        </span>
      ),
    },
    { key: 'ip', title: accountsStrings.sessionIp, dataIndex: 'ip' },
    {
      key: 'createdAt',
      title: accountsStrings.sessionCreatedAt,
      render: (_, session) => formatDateTime(session.createdAt),
    },
    {
      key: 'lastSeenAt',
      title: accountsStrings.sessionLastSeenAt,
      render: (_, session) => formatDateTime(session.lastSeenAt),
    },
    {
      key: 'actions',
      title: accountsStrings.actions,
      render: (_, session) =>
        session.isCurrent ? null : (
          <Popconfirm
            title={accountsStrings.endSessionConfirm}
            okText={accountsStrings.confirm}
            cancelText={accountsStrings.cancel}
            onConfirm={() => endSession.mutateAsync(session.id)}
          >
            <Button size="small" danger>
              {accountsStrings.endSession}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <section aria-labelledby="account-sessions-heading" className="content-panel account-section">
      <div className="account-section-header">
        <Typography.Title level={2} id="account-sessions-heading" className="section-heading">
          {accountsStrings.sessionsSection}
        </Typography.Title>
        <Popconfirm
          title={accountsStrings.endOtherSessionsConfirm}
          okText={accountsStrings.confirm}
          cancelText={accountsStrings.cancel}
          onConfirm={() => endOtherSessions.mutateAsync()}
          disabled={!hasOtherSessions}
        >
          <Button danger disabled={!hasOtherSessions} loading={endOtherSessions.isPending}>
            {accountsStrings.endOtherSessions}
          </Button>
        </Popconfirm>
      </div>
      <Typography.Paragraph className="section-intro">{accountsStrings.sessionsIntro}</Typography.Paragraph>
      {endOtherSessions.isSuccess && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="accounts-banner"
          title={accountsStrings.otherSessionsEnded}
        />
      )}
      <AccountTable
        query={sessionsQuery}
        columns={columns}
        label={accountsStrings.sessionsTableLabel}
        emptyText={accountsStrings.sessionsEmpty}
        failure={failure}
      />
    </section>
  );
}
