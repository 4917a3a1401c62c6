import { Alert, Button, Input, Popconfirm, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { roleLabels } from '../../../../shared/accounts/accounts.schemas.js';
import { LoadMore } from '../../../components/load-more.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { formatDateTime } from '../../../lib/format.js';
import { ApiError } from '../../../lib/http.js';
import { type UserListItem, useIssuePasswordReset, useUsers } from '../admin.api.js';
import { adminStrings } from '../admin.strings.js';
import { CreateUserModal } from '../components/create-user-modal.js';
import { InviteModal } from '../components/invite-modal.js';
import { PasswordResetModal } from '../components/password-reset-modal.js';

function isLocked(user: UserListItem): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
}

/** The organisation's name comes with the link from the organisations page, or from the first listed user. */
function readOrganizationName(state: unknown): string | undefined {
  const name = (state as { organizationName?: unknown } | null)?.organizationName;
  return typeof name === 'string' ? name : undefined;
}

export function UsersPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const q = searchParams.get('q') ?? '';
  const organizationId = searchParams.get('organizationId') ?? undefined;
  const usersQuery = useUsers({ q: q || undefined, organizationId });
  const issueReset = useIssuePasswordReset();
  const [openDialog, setOpenDialog] = useState<'create' | 'invite' | null>(null);
  const [createdUsername, setCreatedUsername] = useState<string | null>(null);
  const [resetFor, setResetFor] = useState<string | null>(null);
  const rows = usersQuery.data?.pages.flatMap((page) => page.items) ?? [];
  const organizationName = readOrganizationName(location.state) ?? rows[0]?.organizationName ?? organizationId;

  const updateFilters = (next: { q?: string; organizationId?: string | null }) => {
    const params = new URLSearchParams();
    const nextQ = next.q ?? q;
    const nextOrganizationId = next.organizationId === null ? undefined : (next.organizationId ?? organizationId);
    if (nextQ) params.set('q', nextQ);
    if (nextOrganizationId) params.set('organizationId', nextOrganizationId);
    setSearchParams(params, { replace: true, state: location.state });
  };

  const columns: TableProps<UserListItem>['columns'] = [
    { key: 'username', title: adminStrings.username, dataIndex: 'username' },
    { key: 'displayName', title: adminStrings.displayName, dataIndex: 'displayName' },
    { key: 'role', title: adminStrings.role, render: (_, user) => roleLabels[user.role] },
    { key: 'organization', title: adminStrings.organization, render: (_, user) => user.organizationName ?? '—' },
    {
      key: 'isOrganizationAdmin',
      title: adminStrings.isOrganizationAdmin,
      render: (_, user) => (user.isOrganizationAdmin ? adminStrings.yes : adminStrings.no),
    },
    {
      key: 'status',
      title: adminStrings.status,
      render: (_, user) =>
        isLocked(user) ? (
          <Tag color="red">{adminStrings.locked(formatDateTime(user.lockedUntil ?? ''))}</Tag>
        ) : (
          adminStrings.active
        ),
    },
    { key: 'createdAt', title: adminStrings.createdAt, render: (_, user) => formatDateTime(user.createdAt) },
    {
      key: 'actions',
      title: adminStrings.actions,
      render: (_, user) => (
        <Popconfirm
          title={adminStrings.resetPasswordConfirm(user.username)}
          okText={adminStrings.confirm}
          cancelText={adminStrings.cancel}
          onConfirm={() =>
            issueReset.mutateAsync(user.id).then(
              () => setResetFor(user.username),
              () => undefined,
            )
          }
        >
          <Button size="small">
            {adminStrings.resetPassword}
            <span className="visually-hidden">：{user.username}</span>
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <section aria-labelledby="admin-users-heading" className="content-panel">
      <div className="admin-section-header">
        <Typography.Title level={2} id="admin-users-heading" className="section-heading">
          {adminStrings.usersTitle}
        </Typography.Title>
        <Space wrap>
          <Button onClick={() => setOpenDialog('invite')}>{adminStrings.inviteUser}</Button>
          <Button type="primary" onClick={() => setOpenDialog('create')}>
            {adminStrings.createUser}
          </Button>
        </Space>
      </div>
      <Typography.Paragraph className="section-intro">{adminStrings.usersIntro}</Typography.Paragraph>
      {createdUsername && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="admin-banner"
          title={adminStrings.userCreated(createdUsername)}
          closable={{ onClose: () => setCreatedUsername(null) }}
        />
      )}
      {issueReset.isError && (
        <Alert
          type="error"
          showIcon
          className="admin-banner"
          title={adminStrings.operationFailed}
          description={issueReset.error instanceof ApiError ? issueReset.error.message : undefined}
        />
      )}
      <div className="admin-filters">
        <Input.Search
          aria-label={adminStrings.searchUsers}
          placeholder={adminStrings.searchUsers}
          defaultValue={q}
          allowClear
          onSearch={(value) => updateFilters({ q: value.trim() })}
          className="admin-search"
        />
        {organizationId && (
          <Tag
            className="admin-filter-tag"
            closable={{ 'aria-label': adminStrings.clearOrganizationFilter }}
            onClose={() => updateFilters({ organizationId: null })}
          >
            {adminStrings.organizationFilter(organizationName ?? '')}
          </Tag>
        )}
      </div>
      {usersQuery.isError ? (
        <QueryError
          title={adminStrings.loadFailed}
          error={usersQuery.error}
          retryLabel={adminStrings.retry}
          onRetry={() => void usersQuery.refetch()}
        />
      ) : (
        <>
          <TableRegion label={adminStrings.usersTableLabel}>
            <Table<UserListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={usersQuery.isPending}
              pagination={false}
              locale={{ emptyText: adminStrings.usersEmpty }}
            />
          </TableRegion>
          {!usersQuery.isPending && (
            <LoadMore
              shownCount={rows.length}
              hasMore={usersQuery.hasNextPage}
              isLoading={usersQuery.isFetchingNextPage}
              onLoadMore={() => void usersQuery.fetchNextPage()}
              loadMoreLabel={adminStrings.loadMore}
              shownLabel={adminStrings.loadedCount}
              allLabel={adminStrings.allLoaded}
            />
          )}
        </>
      )}
      {openDialog === 'create' && (
        <CreateUserModal
          onClose={() => setOpenDialog(null)}
          onCreated={(username) => {
            setOpenDialog(null);
            setCreatedUsername(username);
          }}
        />
      )}
      {openDialog === 'invite' && <InviteModal open onClose={() => setOpenDialog(null)} />}
      {resetFor && issueReset.data && (
        <PasswordResetModal
          username={resetFor}
          issued={issueReset.data}
          onClose={() => {
            setResetFor(null);
            issueReset.reset();
          }}
        />
      )}
    </section>
  );
}
