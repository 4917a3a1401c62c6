import { Button, Modal } from 'antd';
import type { z } from 'zod';
import type { passwordResetIssuedSchema } from '../../../../shared/accounts/accounts.schemas.js';
import { OneTimeSecret } from '../../../components/one-time-secret.js';
import { formatDateTime, toAbsoluteUrl } from '../../../lib/format.js';
import { adminStrings } from '../admin.strings.js';

type PasswordResetModalProps = {
  username: string;
  issued: z.infer<typeof passwordResetIssuedSchema>;
  onClose: () => void;
};

/** Shows a freshly issued reset link once, for the administrator to pass on. */
export function PasswordResetModal({ username, issued, onClose }: PasswordResetModalProps) {
  return (
    <Modal
      open
      title={`${adminStrings.resetLinkTitle}：${username}`}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {adminStrings.close}
        </Button>
      }
    >
      <OneTimeSecret
        label={adminStrings.resetLinkLabel}
        value={toAbsoluteUrl(issued.url)}
        title={adminStrings.resetLinkTitle}
        warning={adminStrings.resetLinkWarning(formatDateTime(issued.expiresAt))}
      />
    </Modal>
  );
}
