import { Alert, Button, Input, Modal } from 'antd';
import { useId, useState } from 'react';
import { ApiError } from '../../../lib/http.js';
import { useWithdrawApplication } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';

/** 撤回: reopens a submitted application before the deadline; the reason is recorded (2–500 characters). */
export function WithdrawButton({ applicationId, onWithdrawn }: { applicationId: string; onWithdrawn: () => void }) {
  const withdraw = useWithdrawApplication(applicationId);
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const reasonId = useId();

  const confirm = () => {
    if (reason.trim().length < 2) {
      setFailure(s.withdrawReasonRequired);
      return;
    }
    setFailure(null);
    withdraw.mutate(reason.trim(), {
      onSuccess: () => {
        setIsOpen(false);
        setReason('');
        onWithdrawn();
      },
      onError: (error) => setFailure(error instanceof ApiError ? error.message : s.withdrawFailed),
    });
  };

  return (
    <>
      <Button danger onClick={() => setIsOpen(true)}>
        {s.withdraw}
      </Button>
      <Modal
        open={isOpen}
        title={s.withdrawTitle}
        okText={s.withdraw}
        okButtonProps={{ danger: true }}
        cancelText={s.cancel}
        confirmLoading={withdraw.isPending}
        onOk={confirm}
        onCancel={() => setIsOpen(false)}
      >
        <p>{s.withdrawIntro}</p>
        <label htmlFor={reasonId} className="app-field-label">
          {s.withdrawReason}
          <span className="app-field-required" aria-hidden="true">
            *
          </span>
        </label>
        <Input.TextArea
          id={reasonId}
          value={reason}
          maxLength={500}
          autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={s.withdrawReasonPlaceholder}
          aria-required
          onChange={(event) => setReason(event.target.value)}
        />
        {failure && <Alert type="error" showIcon role="alert" title={failure} className="app-inline-alert" />}
      </Modal>
    </>
  );
}
