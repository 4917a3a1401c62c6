import { Button, Table, type TableProps, Upload } from 'antd';
import { useState } from 'react';
import { callDocumentUpload } from '../../../../shared/calls/calls.schemas.js';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { TableRegion } from '../../../components/table-region.js';
import { formatBytes } from '../../../lib/format-bytes.js';
import { ApiError } from '../../../lib/http.js';
import { uploadFailureMessage } from '../../../lib/upload-errors.js';
import {
  type CallDocument,
  callDocumentPath,
  useCallDocuments,
  useDeleteCallDocument,
  useUploadCallDocument,
} from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime } from '../calls.time.js';

const acceptAttribute = '.pdf,.docx,.xlsx,'.concat(callDocumentUpload.accept.join(','));

/** 通知文件: the notice and its annexes as downloads; the office that owns the call also uploads and removes them. */
export function CallDocuments({ callId, editable }: { callId: string; editable: boolean }) {
  const documentsQuery = useCallDocuments(callId);
  const upload = useUploadCallDocument(callId);
  const remove = useDeleteCallDocument(callId);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [removing, setRemoving] = useState<CallDocument | null>(null);

  const columns: TableProps<CallDocument>['columns'] = [
    {
      key: 'title',
      title: s.documentTitle,
      render: (_, row) => (
        <a href={callDocumentPath(callId, row.id)} download={row.fileName || undefined}>
          {row.title}
        </a>
      ),
    },
    { key: 'type', title: s.documentType, render: (_, row) => s.documentTypeLabels[row.mediaType] ?? row.mediaType },
    { key: 'size', title: s.documentSize, render: (_, row) => formatBytes(row.size) },
    { key: 'createdAt', title: s.documentUploadedAt, render: (_, row) => formatBeijingTime(row.createdAt) },
    ...(editable
      ? [
          {
            key: 'actions',
            title: s.actions,
            render: (_: unknown, row: CallDocument) => (
              <Button type="link" danger aria-label={s.removeDocument(row.title)} onClick={() => setRemoving(row)}>
                {s.remove}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const confirmRemove = () => {
    if (!removing) return;
    const { id, title } = removing;
    remove.mutate(id, {
      onSuccess: () => setResult({ ok: true, message: s.documentRemoved(title) }),
      onError: (error) => setResult({ ok: false, message: error instanceof ApiError ? error.message : s.actionFailed }),
      onSettled: () => setRemoving(null),
    });
  };

  if (documentsQuery.isError) {
    return (
      <QueryError
        title={s.documentsLoadFailed}
        error={documentsQuery.error}
        retryLabel={s.retry}
        onRetry={() => void documentsQuery.refetch()}
      />
    );
  }
  const documents = documentsQuery.data ?? [];
  if (!editable && !documentsQuery.isPending && documents.length === 0) {
    return <p className="calls-table-empty">{s.documentsEmpty}</p>;
  }
  return (
    <>
      {editable && <p className="section-intro">{s.documentsIntro}</p>}
      <ResultBanner result={result} className="calls-banner" onClose={() => setResult(null)} />
      <TableRegion label={s.documentsTableLabel}>
        <Table<CallDocument>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={documents}
          loading={documentsQuery.isPending}
          pagination={false}
          locale={{ emptyText: <span className="calls-table-empty">{s.documentsEmpty}</span> }}
        />
      </TableRegion>
      {editable && (
        <Upload
          accept={acceptAttribute}
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > callDocumentUpload.maxBytes) {
              setResult({ ok: false, message: s.documentTooLarge });
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            setResult(null);
            upload.mutate(
              { file: file as File },
              {
                onSuccess: (answer) => {
                  setResult({ ok: true, message: s.documentUploaded(answer.title) });
                  onSuccess?.(answer);
                },
                onError: (error) => {
                  setResult({
                    ok: false,
                    message: uploadFailureMessage(error, {
                      unsupported: s.documentUnsupported,
                      tooLarge: s.documentTooLarge,
                      fallback: s.actionFailed,
                    }),
                  });
                  onError?.(error);
                },
              },
            );
          }}
        >
          <Button className="call-documents-upload" loading={upload.isPending}>
            {s.uploadDocument}
          </Button>
        </Upload>
      )}
      <ConfirmModal
        open={removing !== null}
        title={s.removeDocumentConfirmTitle}
        okText={s.remove}
        isDanger
        isPending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        {removing && s.removeDocumentConfirmBody(removing.title)}
      </ConfirmModal>
    </>
  );
}
