import { Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { LoadMore } from '../../../components/load-more.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { formatDateTime } from '../../../lib/format.js';
import { StatusTag } from '../../applications/components/editor-header.js';
import { type QueueItem, useRegionNames, useReviewQueue } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** The loaded pages of one queue tab, their region names, and 加载更多. */
export function useQueueItems(callId: string, stage: QueueItem['stage']) {
  const query = useReviewQueue(callId, stage);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const regionNames = useRegionNames(items.map((item) => item.regionCode));
  const loadMore = (
    <LoadMore
      shownCount={items.length}
      hasMore={query.hasNextPage}
      isLoading={query.isFetchingNextPage}
      onLoadMore={() => void query.fetchNextPage()}
      loadMoreLabel={s.loadMore}
      shownLabel={s.shownSome}
      allLabel={s.shownAll}
    />
  );
  return { query, items, regionNames, loadMore };
}

/** 待形式审查: the submissions this unit holds, each opening the review page. */
export function ReviewQueue({ callId }: { callId: string }) {
  const { query, items, regionNames, loadMore } = useQueueItems(callId, 'review');
  if (query.isError)
    return (
      <QueryError title={s.loadFailed} error={query.error} retryLabel={s.retry} onRetry={() => void query.refetch()} />
    );
  const columns: TableProps<QueueItem>['columns'] = [
    {
      key: 'name',
      title: s.enterpriseName,
      render: (_, item) => <Link to={`/reviews/${encodeURIComponent(item.id)}`}>{item.enterpriseName}</Link>,
      onCell: () => ({ className: 'review-name-cell' }),
    },
    { key: 'region', title: s.region, render: (_, item) => regionNames.get(item.regionCode) ?? item.regionCode },
    {
      key: 'submittedAt',
      title: s.submittedAt,
      render: (_, item) => (item.submittedAt ? formatDateTime(item.submittedAt) : '—'),
    },
    { key: 'status', title: s.status, render: (_, item) => <StatusTag status={item.status} /> },
    {
      key: 'actions',
      title: s.actions,
      render: (_, item) => (
        <Link to={`/reviews/${encodeURIComponent(item.id)}`}>
          {s.review}
          <span className="visually-hidden">：{item.enterpriseName}</span>
        </Link>
      ),
    },
  ];
  return (
    <>
      <TableRegion label={s.queueLabelReview}>
        <Table<QueueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={query.isPending}
          pagination={false}
          locale={{ emptyText: <Empty description={s.reviewEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        />
      </TableRegion>
      {items.length > 0 && loadMore}
    </>
  );
}
