import { Alert, Button, Input, Select, Space, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { organizationTypeSchema } from '../../../../shared/accounts/accounts.schemas.js';
import { LoadMore } from '../../../components/load-more.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { canCreateOrganizations } from '../../accounts/accounts.access.js';
import { useMe } from '../../accounts/accounts.api.js';
import { type OrganizationListItem, useOrganizations } from '../admin.api.js';
import { adminStrings, organizationLevelLabels, organizationTypeLabels } from '../admin.strings.js';
import { type CreatedOrganization, CreateOrganizationModal } from '../components/create-organization-modal.js';
import { InviteModal, type OrganizationChoice } from '../components/invite-modal.js';

type InviteTarget = { organization: OrganizationChoice; asOrganizationAdmin: boolean };

export function OrganizationsPage() {
  const me = useMe().data;
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const parsedType = organizationTypeSchema.safeParse(searchParams.get('type'));
  const type = parsedType.success ? parsedType.data : undefined;
  const organizationsQuery = useOrganizations({ q: q || undefined, type });
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<CreatedOrganization | null>(null);
  const [inviteTarget, setInviteTarget] = useState<InviteTarget | null>(null);
  const rows = organizationsQuery.data?.pages.flatMap((page) => page.items) ?? [];
  const allowedTypes: Array<'office' | 'recommender'> =
    me?.user.role !== 'admin' && me?.organization?.type === 'recommender' ? ['recommender'] : ['office', 'recommender'];

  const updateFilters = (next: { q?: string; type?: string }) => {
    const params = new URLSearchParams();
    const nextQ = next.q ?? q;
    const nextType = 'type' in next ? next.type : type;
    if (nextQ) params.set('q', nextQ);
    if (nextType) params.set('type', nextType);
    setSearchParams(params, { replace: true });
  };

  const columns: TableProps<OrganizationListItem>['columns'] = [
    { key: 'name', title: adminStrings.organizationName, dataIndex: 'name' },
    { key: 'type', title: adminStrings.organizationType, render: (_, row) => organizationTypeLabels[row.type] },
    {
      key: 'level',
      title: adminStrings.organizationLevel,
      render: (_, row) => (row.level ? organizationLevelLabels[row.level] : '—'),
    },
    { key: 'regionCode', title: adminStrings.regionCode, render: (_, row) => row.regionCode ?? '—' },
    { key: 'userCount', title: adminStrings.userCount, dataIndex: 'userCount', align: 'right' },
    {
      key: 'actions',
      title: adminStrings.actions,
      render: (_, row) => (
        <Space size="small" wrap>
          <Link to={`/admin/users?organizationId=${encodeURIComponent(row.id)}`} state={{ organizationName: row.name }}>
            {adminStrings.viewUsers}
            <span className="visually-hidden">：{row.name}</span>
          </Link>
          <Button
            size="small"
            onClick={() => setInviteTarget({ organization: row, asOrganizationAdmin: row.userCount === 0 })}
          >
            {adminStrings.invite}
            <span className="visually-hidden">：{row.name}</span>
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <section aria-labelledby="admin-organizations-heading" className="content-panel">
      <div className="admin-section-header">
        <Typography.Title level={2} id="admin-organizations-heading" className="section-heading">
          {adminStrings.organizationsTitle}
        </Typography.Title>
        {canCreateOrganizations(me) && (
          <Button type="primary" onClick={() => setIsCreating(true)}>
            {adminStrings.createOrganization}
          </Button>
        )}
      </div>
      <Typography.Paragraph className="section-intro">{adminStrings.organizationsIntro}</Typography.Paragraph>
      {created && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="admin-banner"
          title={adminStrings.organizationCreated(created.name)}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => setInviteTarget({ organization: created, asOrganizationAdmin: true })}
            >
              {adminStrings.inviteOrganizationAdmin}
            </Button>
          }
          closable={{ onClose: () => setCreated(null) }}
        />
      )}
      <div className="admin-filters">
        <Input.Search
          aria-label={adminStrings.searchOrganizations}
          placeholder={adminStrings.searchOrganizations}
          defaultValue={q}
          allowClear
          onSearch={(value) => updateFilters({ q: value.trim() })}
          className="admin-search"
        />
        <Select
          aria-label={adminStrings.typeFilter}
          value={type ?? ''}
          onChange={(value: string) => updateFilters({ type: value || undefined })}
          options={[
            { value: '', label: adminStrings.allTypes },
            ...organizationTypeSchema.options.map((value) => ({ value, label: organizationTypeLabels[value] })),
          ]}
          className="admin-type-filter"
        />
      </div>
      {organizationsQuery.isError ? (
        <QueryError
          title={adminStrings.loadFailed}
          error={organizationsQuery.error}
          retryLabel={adminStrings.retry}
          onRetry={() => void organizationsQuery.refetch()}
        />
      ) : (
        <>
          <TableRegion label={adminStrings.organizationsTableLabel}>
            <Table<OrganizationListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={organizationsQuery.isPending}
              pagination={false}
              locale={{ emptyText: adminStrings.organizationsEmpty }}
            />
          </TableRegion>
          {!organizationsQuery.isPending && (
            <LoadMore
              shownCount={rows.length}
              hasMore={organizationsQuery.hasNextPage}
              isLoading={organizationsQuery.isFetchingNextPage}
              onLoadMore={() => void organizationsQuery.fetchNextPage()}
              loadMoreLabel={adminStrings.loadMore}
              shownLabel={adminStrings.loadedCount}
              allLabel={adminStrings.allLoaded}
            />
          )}
        </>
      )}
      <CreateOrganizationModal
        open={isCreating}
        allowedTypes={allowedTypes}
        onClose={() => setIsCreating(false)}
        onCreated={setCreated}
      />
      {inviteTarget && (
        <InviteModal
          open
          organization={inviteTarget.organization}
          asOrganizationAdmin={inviteTarget.asOrganizationAdmin}
          onClose={() => setInviteTarget(null)}
        />
      )}
    </section>
  );
}
