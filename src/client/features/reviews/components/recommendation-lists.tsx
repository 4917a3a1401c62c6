import { Button, Empty, Tag } from 'antd';
import { useState } from 'react';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { formatDateTime } from '../../../lib/format.js';
import { ApiError } from '../../../lib/http.js';
import { type Recommendation, useRecallRecommendation, useRecommendations } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';
import { ReturnItemModal } from './return-item-modal.js';

type Returning = { listId: string; applicationId: string; name: string };

const statusOrder = { submitted: 0, locked: 1, recalled: 2 };

/** This unit's own lists first, then those it received; within each, live lists before recalled ones, newest first. */
const byRelevance = (a: Recommendation, b: Recommendation) =>
  Number(a.direction === 'received') - Number(b.direction === 'received') ||
  statusOrder[a.status] - statusOrder[b.status] ||
  b.submittedAt.localeCompare(a.submittedAt);

/** Applications this unit has sent on in a live list of its own: the level above holds them, so they cannot be returned. */
function forwardedIds(lists: Recommendation[]): Set<string> {
  const own = lists.filter((list) => list.direction === 'submitted' && list.status !== 'recalled');
  return new Set(own.flatMap((list) => list.items.filter((item) => !item.returned).map((item) => item.applicationId)));
}

function ListCard({
  list,
  forwarded,
  onRecall,
  onReturn,
}: {
  list: Recommendation;
  forwarded: Set<string>;
  onRecall: () => void;
  onReturn: (returning: Returning) => void;
}) {
  const isOwn = list.direction === 'submitted';
  const title = isOwn ? s.listSubmitted(list.toOrganizationName) : s.listReceived(list.organizationName);
  const headingId = `recommendation-${list.id}`;
  const canReturn = !isOwn && list.status !== 'recalled';
  return (
    <article className={`review-list-card is-${list.status}`} aria-labelledby={headingId}>
      <header className="review-list-head">
        <div>
          <h3 id={headingId} className="review-list-title">
            {title}
            <Tag className={`review-list-status is-${list.status}`}>{s.listStatus[list.status][list.direction]}</Tag>
          </h3>
          <p className="review-muted">{s.listMeta(formatDateTime(list.submittedAt), list.items.length)}</p>
          {list.comment && <p className="review-list-comment">{s.listComment(list.comment)}</p>}
        </div>
        {isOwn && list.status === 'submitted' && (
          <Button danger onClick={onRecall}>
            {s.recall}
          </Button>
        )}
      </header>
      <ol className="review-list-items" aria-label={s.itemsLabel(title)}>
        {[...list.items]
          .sort((a, b) => a.rank - b.rank)
          .map((item) => (
            <li key={item.applicationId} className={item.returned ? 'is-returned' : undefined}>
              <span className="review-ranked-rank">{s.rank(item.rank)}</span>
              <span className="review-list-name">
                {item.enterpriseName}
                {item.isExempt && <Tag className="review-exempt-tag">{s.exempt}</Tag>}
                {item.returned && <Tag className="review-returned-tag">{s.returnedTag}</Tag>}
                {item.comment && <span className="review-ranked-detail">{item.comment}</span>}
                {item.returnReason && (
                  <span className="review-ranked-detail">{s.returnedReason(item.returnReason)}</span>
                )}
              </span>
              {canReturn && !item.returned && !forwarded.has(item.applicationId) && (
                <Button
                  autoInsertSpace={false}
                  size="small"
                  aria-label={s.returnItemLabel(item.enterpriseName)}
                  onClick={() =>
                    onReturn({ listId: list.id, applicationId: item.applicationId, name: item.enterpriseName })
                  }
                >
                  {s.returnItem}
                </Button>
              )}
            </li>
          ))}
      </ol>
    </article>
  );
}

/** 推荐名单: the lists this unit sent (recallable until the level above acts) and received (items returnable). */
export function RecommendationLists({ callId }: { callId: string }) {
  const listsQuery = useRecommendations(callId);
  const recall = useRecallRecommendation(callId);
  const [recalling, setRecalling] = useState<string | null>(null);
  const [returning, setReturning] = useState<Returning | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);

  if (listsQuery.isPending) return <LoadingBlock label={s.listsLoading} rows={4} />;
  if (listsQuery.isError)
    return (
      <QueryError
        title={s.loadFailed}
        error={listsQuery.error}
        retryLabel={s.retry}
        onRetry={() => void listsQuery.refetch()}
      />
    );

  const forwarded = forwardedIds(listsQuery.data);
  const confirmRecall = () => {
    if (!recalling) return;
    recall.mutate(recalling, {
      onSuccess: () => setResult({ ok: true, message: s.recalled }),
      onError: (error) => setResult({ ok: false, message: error instanceof ApiError ? error.message : s.recallFailed }),
      onSettled: () => setRecalling(null),
    });
  };

  return (
    <div className="review-lists">
      <ResultBanner result={result} className="review-inline-alert" onClose={() => setResult(null)} />
      {listsQuery.data.length === 0 && <Empty description={s.listsEmpty} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {[...listsQuery.data].sort(byRelevance).map((list) => (
        <ListCard
          key={list.id}
          list={list}
          forwarded={forwarded}
          onRecall={() => setRecalling(list.id)}
          onReturn={setReturning}
        />
      ))}
      <ConfirmModal
        open={recalling !== null}
        title={s.recallConfirmTitle}
        okText={s.recall}
        isDanger
        isPending={recall.isPending}
        onConfirm={confirmRecall}
        onCancel={() => setRecalling(null)}
      >
        {s.recallConfirmBody}
      </ConfirmModal>
      {returning && (
        <ReturnItemModal
          callId={callId}
          {...returning}
          onDone={(message) => setResult(message)}
          onClose={() => setReturning(null)}
        />
      )}
    </div>
  );
}
