import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import type { ActionResult } from '../../../components/result-banner.js';
import { ApiError } from '../../../lib/http.js';
import { type Call, useChangeCallStatus } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';

type CallStatusActionsProps = { call: Call; onResult: (result: ActionResult) => void; size?: 'small' | 'middle' };

/** 发布 (a draft) or 结束申报 (a published call), each behind a confirmation that says what cannot be undone. */
export function CallStatusActions({ call, onResult, size = 'small' }: CallStatusActionsProps) {
  const changeStatus = useChangeCallStatus();
  const [isConfirming, setIsConfirming] = useState(false);
  const action = call.status === 'draft' ? 'publish' : call.status === 'published' ? 'close' : null;
  if (!action) return null;

  const confirm = () =>
    changeStatus.mutate(
      { id: call.id, action },
      {
        onSuccess: () => {
          setIsConfirming(false);
          onResult({ ok: true, message: action === 'publish' ? s.published(call.title) : s.closedDone(call.title) });
        },
        onError: (error) => {
          setIsConfirming(false);
          onResult({ ok: false, message: error instanceof ApiError ? error.message : s.actionFailed });
        },
      },
    );

  return (
    <>
      <Button
        size={size}
        type={action === 'publish' ? 'primary' : 'default'}
        danger={action === 'close'}
        onClick={() => setIsConfirming(true)}
      >
        {action === 'publish' ? s.publish : s.close}
        <span className="visually-hidden">：{call.title}</span>
      </Button>
      <ConfirmModal
        open={isConfirming}
        title={action === 'publish' ? s.publishConfirmTitle : s.closeConfirmTitle}
        okText={action === 'publish' ? s.publish : s.close}
        isDanger={action === 'close'}
        isPending={changeStatus.isPending}
        onConfirm={confirm}
        onCancel={() => setIsConfirming(false)}
      >
        <p className="confirm-call-title">{call.title}</p>
        {action === 'publish' ? (
          <Alert type="warning" showIcon title={s.publishConfirmBody(call.formTitle, call.templateVersion)} />
        ) : (
          <Alert type="warning" showIcon title={s.closeConfirmBody} />
        )}
      </ConfirmModal>
    </>
  );
}
