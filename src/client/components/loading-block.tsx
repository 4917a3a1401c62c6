import { Skeleton } from 'antd';

type LoadingBlockProps = { label: string; rows?: number; repeat?: number };

/** A skeleton that also tells screen readers what is loading. */
export function LoadingBlock({ label, rows = 6, repeat = 1 }: LoadingBlockProps) {
  return (
    <div role="status" aria-busy="true" className="loading-block">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: repeat }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders
        <Skeleton key={index} active title paragraph={{ rows }} />
      ))}
    </div>
  );
}
