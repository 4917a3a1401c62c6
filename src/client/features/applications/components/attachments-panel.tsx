import { Button, Popconfirm, Upload } from 'antd';
import { useState } from 'react';
import type { Attachment } from '../../../../shared/applications/applications.schemas.js';
import type { AttachmentDefinition } from '../../../../shared/calls/template.schemas.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { formatDateTime } from '../../../lib/format.js';
import { uploadFailureMessage } from '../../../lib/upload-errors.js';
import { attachmentPath, useDeleteAttachment, useUploadAttachment } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { acceptAttribute, formatAccept, formatBytes } from './format-value.js';
import { attachmentDomIdOf, attachmentsGroup, groupDomIdOf } from './problem-paths.js';

const megabytesOf = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** One attachment kind of the form: its requirement, the uploaded files, upload and delete. */
function AttachmentKind({
  applicationId,
  definition,
  files,
  problem,
  isEditable,
}: {
  applicationId: string;
  definition: AttachmentDefinition;
  files: Attachment[];
  problem: string | undefined;
  isEditable: boolean;
}) {
  const upload = useUploadAttachment(applicationId);
  const remove = useDeleteAttachment(applicationId);
  const [result, setResult] = useState<ActionResult | null>(null);
  const titleId = `${attachmentDomIdOf(definition.kind)}-title`;
  const types = formatAccept(definition.accept);
  return (
    <li
      className={problem ? 'app-attachment has-problem' : 'app-attachment'}
      id={attachmentDomIdOf(definition.kind)}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <div className="app-attachment-head">
        <div>
          <h3 id={titleId} className="app-attachment-title">
            {definition.title}
            {definition.required && (
              <span className="app-field-required" aria-hidden="true">
                *
              </span>
            )}
          </h3>
          <div className="app-attachment-accept">
            {definition.required ? `${s.required} · ` : ''}
            {s.attachmentAccept(types, megabytesOf(definition.maxBytes))}
          </div>
          {definition.help && <div className="app-field-help">{definition.help}</div>}
        </div>
        {isEditable && (
          <Upload
            accept={acceptAttribute(definition.accept)}
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > definition.maxBytes) {
                setResult({ ok: false, message: s.tooLarge(definition.title, megabytesOf(definition.maxBytes)) });
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              setResult(null);
              upload.mutate(
                { kind: definition.kind, file: file as File },
                {
                  onSuccess: (answer) => {
                    setResult({ ok: true, message: s.uploaded(definition.title) });
                    onSuccess?.(answer);
                  },
                  onError: (error) => {
                    setResult({
                      ok: false,
                      message: uploadFailureMessage(error, {
                        unsupported: s.wrongType(types),
                        fallback: s.uploadFailed,
                      }),
                    });
                    onError?.(error);
                  },
                },
              );
            }}
          >
            <Button
              loading={upload.isPending}
              aria-label={`${files.length > 0 ? s.uploadMore : s.upload}：${definition.title}`}
            >
              {files.length > 0 ? s.uploadMore : s.upload}
            </Button>
          </Upload>
        )}
      </div>
      {problem && <div className="app-field-problem">{problem}</div>}
      <ResultBanner result={result} className="app-inline-alert" onClose={() => setResult(null)} />
      {files.length === 0 ? (
        <p className="app-attachment-empty">{s.noFiles}</p>
      ) : (
        <ul className="app-file-list">
          {files.map((file) => (
            <li key={file.id}>
              <a href={attachmentPath(applicationId, file.id)} download={file.originalName}>
                {file.originalName || definition.title}
              </a>
              <span className="app-file-meta">
                {s.fileMeta(formatBytes(file.size), file.sha256.slice(0, 12), formatDateTime(file.uploadedAt))}
              </span>
              {isEditable && (
                <Popconfirm
                  title={s.confirmDelete(file.originalName || definition.title)}
                  okText={s.delete}
                  cancelText={s.cancel}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutate(file.id, { onSuccess: () => setResult({ ok: true, message: s.deleted }) })
                  }
                >
                  <Button size="small" type="link" danger aria-label={`${s.delete} ${file.originalName}`}>
                    {s.delete}
                  </Button>
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** 附件材料: every attachment kind the call asks for. Figures (配图) are managed inside their descriptions. */
export function AttachmentsPanel({
  applicationId,
  definitions,
  attachments,
  problems,
  isEditable,
}: {
  applicationId: string;
  definitions: AttachmentDefinition[];
  attachments: Attachment[];
  problems: Map<string, string>;
  isEditable: boolean;
}) {
  const id = groupDomIdOf(attachmentsGroup);
  return (
    <section id={id} tabIndex={-1} className="content-panel app-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-heading app-section-title">
        {s.attachmentsTitle}
      </h2>
      {isEditable && <p className="app-section-help">{s.attachmentsIntro}</p>}
      <ul className="app-attachments">
        {definitions.map((definition) => (
          <AttachmentKind
            key={definition.kind}
            applicationId={applicationId}
            definition={definition}
            files={attachments.filter((file) => file.kind === definition.kind)}
            problem={problems.get(definition.kind)}
            isEditable={isEditable}
          />
        ))}
      </ul>
    </section>
  );
}
