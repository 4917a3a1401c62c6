import { Alert, Button } from 'antd';
import { useState } from 'react';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { ApiError } from '../../../lib/http.js';
import { type MyApplication, useDeleteDraft } from '../../calls/calls.api.js';
import { callsStrings as s } from '../../calls/calls.strings.js';
import { clearStoredDraft } from './draft-storage.js';

/**
 * 删除草稿: for a draft started by mistake (say, in the other national direction, which it would block for the
 * year). Asks first; a draft a colleague changed meanwhile is not deleted unseen (the list refreshes instead).
 */
export function DeleteDraftButton({
  application,
  onDeleted,
}: {
  application: Pick<MyApplication, 'id' | 'version' | 'callTitle'>;
  onDeleted: () => void;
}) {
  const deleteDraft = useDeleteDraft();
  const [isOpen, setIsOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = () =>
    deleteDraft.mutate(
      { id: application.id, version: application.version },
      {
        onSuccess: () => {
          clearStoredDraft(application.id);
          setIsOpen(false);
          onDeleted();
        },
        onError: (error) =>
          setFailure(
            error instanceof ApiError && error.code === 'VERSION_CONFLICT'
              ? s.deleteDraftMoved
              : error instanceof ApiError
                ? error.message
                : s.deleteDraftFailed,
          ),
      },
    );

  return (
    <>
      <Button
        danger
        onClick={() => {
          setFailure(null);
          setIsOpen(true);
        }}
      >
        {s.deleteDraft}
        <span className="visually-hidden">{s.openApplication(application.callTitle)}</span>
      </Button>
      <ConfirmModal
        open={isOpen}
        title={s.deleteDraftTitle}
        okText={s.deleteDraftConfirm}
        isDanger
        isPending={deleteDraft.isPending}
        onConfirm={confirm}
        onCancel={() => setIsOpen(false)}
      >
        <p>{s.deleteDraftBody(application.callTitle)}</p>
        {failure && <Alert type="error" showIcon role="alert" title={failure} className="app-inline-alert" />}
      </ConfirmModal>
    </>
  );
}
