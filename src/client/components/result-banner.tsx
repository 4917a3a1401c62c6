import { Alert } from 'antd';

/** What came of an action the user just took (an upload, a decision, a status change), as a banner shows it. */
export type ActionResult = { ok: boolean; message: string };

type ResultBannerProps = {
  result: ActionResult | null;
  className?: string;
  /** Makes the banner closable. */
  onClose?: () => void;
  /** When given, a failure shows this as its title and the message below it (e.g. 操作未完成 + the server's reason). */
  failureTitle?: string;
};

/** A success is announced as a status, a failure as an alert, so screen readers hear each as they should. */
export function ResultBanner({ result, className, onClose, failureTitle }: ResultBannerProps) {
  if (!result) return null;
  const titled = !result.ok && failureTitle !== undefined;
  return (
    <Alert
      type={result.ok ? 'success' : 'error'}
      showIcon
      role={result.ok ? 'status' : 'alert'}
      title={titled ? failureTitle : result.message}
      description={titled ? result.message : undefined}
      className={className}
      closable={onClose ? { onClose } : undefined}
    />
  );
}
