import { Alert, Button } from 'antd';
import { ApiError } from '../lib/http.js';

type QueryErrorProps = { title: string; error: unknown; retryLabel: string; onRetry: () => void };

/** The error state of a data section: the server's Chinese message and a retry button. */
export function QueryError({ title, error, retryLabel, onRetry }: QueryErrorProps) {
  const message = error instanceof ApiError ? error.message : '发生未知错误，请稍后重试';
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={message}
      action={
        <Button size="small" onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    />
  );
}
