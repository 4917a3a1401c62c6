import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { callsStrings as s } from '../calls.strings.js';

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

/** Asks before an irreversible step (publishing, closing, granting an extension), saying what it will do. */
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
