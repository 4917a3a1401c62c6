import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { reviewsStrings as s } from '../reviews.strings.js';

/** Asks before a decision that others act on (a review outcome, a list sent up, a recall), saying what it does. */
export function ConfirmDialog({
  open,
  title,
  okText,
  isDanger = false,
  isPending,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  isDanger?: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={s.cancel}
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
