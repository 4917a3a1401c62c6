import '../enterprises.css';
import { Button, Input, Select, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { enterpriseSizeLabels } from '../../../../shared/organizations/enterprise-size.rules.js';
import { LoadMore } from '../../../components/load-more.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { EnterpriseDrawer } from '../components/enterprise-drawer.js';
import { VerificationTag } from '../components/verification-tag.js';
import { type EnterpriseProfile, useEnterprises } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';

/** 辖区企业: the enterprises in a recommending unit's jurisdiction (all of them for the platform administrator). */
export function EnterprisesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const verifiedParam = searchParams.get('verified');
  const verified = verifiedParam === 'true' || verifiedParam === 'false' ? verifiedParam : undefined;
  const enterprisesQuery = useEnterprises({ q: q || undefined, verified });
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = enterprisesQuery.data?.pages.flatMap((page) => page.items) ?? [];

  const updateFilters = (next: { q?: string; verified?: string }) => {
    const params = new URLSearchParams();
    const nextQ = next.q ?? q;
    const nextVerified = 'verified' in next ? next.verified : verified;
    if (nextQ) params.set('q', nextQ);
    if (nextVerified) params.set('verified', nextVerified);
    setSearchParams(params, { replace: true });
  };

  const columns: TableProps<EnterpriseProfile>['columns'] = [
    { key: 'name', title: s.name, dataIndex: 'name' },
    { key: 'uscc', title: s.uscc, dataIndex: 'uscc' },
    { key: 'regionCode', title: s.regionCode, dataIndex: 'regionCode' },
    { key: 'size', title: s.size, render: (_, row) => enterpriseSizeLabels[row.size] },
    { key: 'verification', title: s.verification, render: (_, row) => <VerificationTag profile={row} /> },
    {
      key: 'actions',
      title: s.actions,
      render: (_, row) => (
        <Button type="link" size="small" className="enterprise-view-button" onClick={() => setOpenId(row.id)}>
          {s.view}
          <span className="visually-hidden">：{row.name}</span>
        </Button>
      ),
    },
  ];

  return (
    <div className="page-container enterprise-page">
      <PageTitle title={s.enterprisesTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {s.enterprisesTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{s.enterprisesIntro}</Typography.Paragraph>
      </header>
      <section aria-label={s.enterprisesTitle} className="content-panel">
        <div className="enterprise-filters">
          <Input.Search
            aria-label={s.search}
            placeholder={s.search}
            defaultValue={q}
            allowClear
            onSearch={(value) => updateFilters({ q: value.trim() })}
            className="enterprise-search"
          />
          <Select
            aria-label={s.verifiedFilter}
            value={verified ?? ''}
            onChange={(value: string) => updateFilters({ verified: value || undefined })}
            options={[
              { value: '', label: s.allStates },
              { value: 'true', label: s.verifiedOnly },
              { value: 'false', label: s.unverifiedOnly },
            ]}
            className="enterprise-verified-filter"
          />
        </div>
        {enterprisesQuery.isError ? (
          <QueryError
            title={s.loadFailed}
            error={enterprisesQuery.error}
            retryLabel={s.retry}
            onRetry={() => void enterprisesQuery.refetch()}
          />
        ) : (
          <>
            <TableRegion label={s.tableLabel}>
              <Table<EnterpriseProfile>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                loading={enterprisesQuery.isPending}
                pagination={false}
                locale={{ emptyText: s.empty }}
              />
            </TableRegion>
            {!enterprisesQuery.isPending && (
              <LoadMore
                shownCount={rows.length}
                hasMore={enterprisesQuery.hasNextPage}
                isLoading={enterprisesQuery.isFetchingNextPage}
                onLoadMore={() => void enterprisesQuery.fetchNextPage()}
                loadMoreLabel={s.loadMore}
                shownLabel={s.loadedCount}
                allLabel={s.allLoaded}
              />
            )}
          </>
        )}
      </section>
      {openId && <EnterpriseDrawer id={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
