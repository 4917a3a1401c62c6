import { Input, Modal } from 'antd';
import { useId, useState } from 'react';
import { ApiError } from '../../../lib/http.js';
import { useReturnItem } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** 退回此项: the level above hands one application of a received list back, with a reason the sender reads. */
export function ReturnItemModal({
  callId,
  listId,
  applicationId,
  name,
  onDone,
  onClose,
}: {
  callId: string;
  listId: string;
  applicationId: string;
  name: string;
  onDone: (result: { ok: boolean; message: string }) => void;
  onClose: () => void;
}) {
  const returnItem = useReturnItem(callId);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  const confirm = () => {
    if (reason.trim().length < 2) {
      setProblem(s.returnReasonRequired);
      return;
    }
    returnItem.mutate(
      { listId, applicationId, reason: reason.trim() },
      {
        onSuccess: () => {
          onDone({ ok: true, message: s.itemReturned(name) });
          onClose();
        },
        onError: (error) => setProblem(error instanceof ApiError ? error.message : s.returnFailed),
      },
    );
  };

  return (
    <Modal
      open
      title={s.returnItemTitle(name)}
      okText={s.returnConfirm}
      cancelText={s.cancel}
      okButtonProps={{ danger: true }}
      confirmLoading={returnItem.isPending}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{s.returnItemIntro}</p>
      <label htmlFor={inputId} className="review-label">
        {s.returnReason}
      </label>
      <Input.TextArea
        id={inputId}
        autoFocus
        value={reason}
        maxLength={500}
        autoSize={{ minRows: 3, maxRows: 6 }}
        status={problem ? 'error' : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setProblem(null);
        }}
      />
      {problem && (
        <div id={`${inputId}-problem`} className="review-error-text" role="alert">
          {problem}
        </div>
      )}
    </Modal>
  );
}
