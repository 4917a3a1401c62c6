import { Button } from 'antd';

type LoadMoreProps = {
  shownCount: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
  loadMoreLabel: string;
  shownLabel: (count: number) => string;
  allLabel: (count: number) => string;
};

/** The foot of a cursor-paged list: how many rows are shown and a button for the next page. */
export function LoadMore({
  shownCount,
  hasMore,
  isLoading,
  onLoadMore,
  loadMoreLabel,
  shownLabel,
  allLabel,
}: LoadMoreProps) {
  return (
    <div className="load-more">
      <span className="load-more-count" aria-live="polite">
        {hasMore ? shownLabel(shownCount) : allLabel(shownCount)}
      </span>
      {hasMore && (
        <Button onClick={onLoadMore} loading={isLoading}>
          {loadMoreLabel}
        </Button>
      )}
    </div>
  );
}
