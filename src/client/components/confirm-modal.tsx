import { Modal } from 'antd';
import type { ReactNode } from 'react';

type ConfirmModalProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  okText: string;
  isDanger?: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before an irreversible step or a decision others act on (publishing a call, granting an extension, a review
 * outcome, a list sent up, a recall), saying what it will do.
 */
export function ConfirmModal({
  open,
  title,
  children,
  okText,
  isDanger,
  isPending,
  onConfirm,
  onCancel,
}: ConfirmModalProps) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger: isDanger }}
      confirmLoading={isPending}
      onOk={onConfirm}
      onCancel={onCancel}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}
