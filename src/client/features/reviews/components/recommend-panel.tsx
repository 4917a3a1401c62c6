import { Alert, Button, Checkbox, Empty, Input, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { ApiError } from '../../../lib/http.js';
import { StatusTag } from '../../applications/components/editor-header.js';
import { type QueueItem, useDashboard, useSubmitRecommendation } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';
import { useQueueItems } from './queue-table.js';
import { type RankedEntry, RankedList } from './ranked-list.js';

type Result = { ok: boolean; message: string };

/** 名额: used by lists already sent, and what this list would add. */
function QuotaLine({ callId, count }: { callId: string; count: number }) {
  const quota = useDashboard(callId).data?.quota;
  if (quota === undefined) return null;
  if (quota === null) return <span className="review-quota">{s.quotaNone}</span>;
  const over = quota.used + count - quota.max;
  return (
    <span className="review-quota" data-testid="quota">
      <strong>{s.quotaLine(quota.used, quota.max)}</strong>
      <span>{s.quotaThisTime(count)}</span>
      {over > 0 && <Tag className="review-over-tag">{s.quotaOver(over)}</Tag>}
    </span>
  );
}

/** 待推荐: choose applications, put them in priority order, and send the list to the level above. */
export function RecommendPanel({ callId, canRecommend }: { callId: string; canRecommend: boolean }) {
  const { query, items, regionNames, loadMore } = useQueueItems(callId, 'recommend');
  const submit = useSubmitRecommendation(callId);
  const [order, setOrder] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  if (query.isError)
    return (
      <QueryError title={s.loadFailed} error={query.error} retryLabel={s.retry} onRetry={() => void query.refetch()} />
    );

  const regionOf = (item: QueueItem) => regionNames.get(item.regionCode) ?? item.regionCode;
  const entries: RankedEntry[] = order.flatMap((id) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? [{ id, name: item.enterpriseName, detail: regionOf(item) }] : [];
  });
  const toggle = (id: string, isChosen: boolean) =>
    setOrder((current) => (isChosen ? [...current, id] : current.filter((candidate) => candidate !== id)));

  const columns: TableProps<QueueItem>['columns'] = [
    ...(canRecommend
      ? [
          {
            key: 'choose',
            title: s.chooseColumn,
            width: 48,
            render: (_: unknown, item: QueueItem) => (
              <Checkbox
                aria-label={s.choose(item.enterpriseName)}
                checked={order.includes(item.id)}
                onChange={(event) => toggle(item.id, event.target.checked)}
              />
            ),
          },
        ]
      : []),
    {
      key: 'name',
      title: s.enterpriseName,
      render: (_, item) => <Link to={`/reviews/${encodeURIComponent(item.id)}`}>{item.enterpriseName}</Link>,
      onCell: () => ({ className: 'review-name-cell' }),
    },
    { key: 'region', title: s.region, render: (_, item) => regionOf(item) },
    { key: 'status', title: s.status, render: (_, item) => <StatusTag status={item.status} /> },
  ];

  const send = () =>
    submit.mutate(
      {
        items: order.map((applicationId, index) => ({ applicationId, rank: index + 1 })),
        comment: comment.trim() || undefined,
      },
      {
        onSuccess: () => {
          setResult({ ok: true, message: s.submitted(order.length) });
          setOrder([]);
          setComment('');
          setIsConfirming(false);
        },
        onError: (error) => {
          setResult({ ok: false, message: error instanceof ApiError ? error.message : s.submitFailed });
          setIsConfirming(false);
        },
      },
    );

  return (
    <div className="review-recommend">
      {result?.ok && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={result.message}
          closable={{ onClose: () => setResult(null) }}
          className="review-inline-alert"
        />
      )}
      {!canRecommend && <Alert type="info" showIcon title={s.officeCannotRecommend} className="review-inline-alert" />}
      <TableRegion label={s.queueLabelRecommend}>
        <Table<QueueItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={query.isPending}
          pagination={false}
          locale={{ emptyText: <Empty description={s.recommendEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        />
      </TableRegion>
      {items.length > 0 && loadMore}
      {canRecommend && items.length > 0 && (
        <section className="review-ranking" aria-labelledby="review-ranking-heading">
          <div className="review-ranking-head">
            <h3 id="review-ranking-heading" className="review-subheading">
              {s.rankingTitle}
            </h3>
            <QuotaLine callId={callId} count={order.length} />
          </div>
          <p className="review-muted">{s.rankingIntro}</p>
          <RankedList entries={entries} onReorder={setOrder} onRemove={(id) => toggle(id, false)} />
          <label htmlFor="review-list-comment" className="review-label">
            {s.listCommentLabel}
          </label>
          <Input.TextArea
            id="review-list-comment"
            value={comment}
            maxLength={2000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onChange={(event) => setComment(event.target.value)}
          />
          {result && !result.ok && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={s.submitFailed}
              description={result.message}
              closable={{ onClose: () => setResult(null) }}
              className="review-list-failure"
            />
          )}
          <Button
            type="primary"
            className="review-submit-list"
            disabled={order.length === 0}
            onClick={() => setIsConfirming(true)}
          >
            {s.submitList}
          </Button>
        </section>
      )}
      <ConfirmModal
        open={isConfirming}
        title={s.submitConfirmTitle}
        okText={s.submitList}
        isPending={submit.isPending}
        onConfirm={send}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{s.submitConfirmBody(entries.length)}</p>
        <ol className="review-confirm-list">
          {entries.map((entry) => (
            <li key={entry.id}>{entry.name}</li>
          ))}
        </ol>
      </ConfirmModal>
    </div>
  );
}
