import { Alert, Button, Input, Space } from 'antd';
import { useRef, useState } from 'react';

type OneTimeSecretProps = {
  /** What the value is, e.g. "API 令牌" or "邀请链接"; names the field for screen readers. */
  label: string;
  value: string;
  title: string;
  warning: string;
  copyLabel?: string;
  copiedLabel?: string;
};

/**
 * A secret shown once (API token, invitation or reset link): a warning, the value in a read-only field
 * and a copy button. Falls back to selecting the text when the clipboard is not available.
 */
export function OneTimeSecret({
  label,
  value,
  title,
  warning,
  copyLabel = '复制',
  copiedLabel = '已复制',
}: OneTimeSecretProps) {
  const [isCopied, setIsCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      inputRef.current?.select();
      document.execCommand('copy');
    }
    setIsCopied(true);
  };

  return (
    <div className="one-time-secret">
      <Alert type="warning" showIcon title={title} description={warning} />
      <Space.Compact block className="one-time-secret-value">
        <Input
          readOnly
          value={value}
          aria-label={label}
          ref={(input) => {
            inputRef.current = input?.input ?? null;
          }}
          onFocus={(event) => event.target.select()}
          className="one-time-secret-input"
        />
        <Button type="primary" onClick={() => void copy()}>
          {isCopied ? copiedLabel : copyLabel}
        </Button>
      </Space.Compact>
      <span className="visually-hidden" aria-live="polite">
        {isCopied ? copiedLabel : ''}
      </span>
    </div>
  );
}
