import { Alert, Button, Popconfirm, Upload } from 'antd';
import { useState } from 'react';
import { figurePattern } from '../../../../shared/applications/text-count.rules.js';
import { uploadFailureMessage } from '../../../lib/upload-errors.js';
import { attachmentPath, useDeleteAttachment, useUploadAttachment } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { useEditorContext } from './editor-context.js';

/** Figures (配图) are attachments of this kind, PNG or JPEG, up to 5 MB each (applications.files.ts). */
const figureKind = 'figure';
const figureTypes = ['image/png', 'image/jpeg'];
const figureMaxBytes = 5 * 1024 * 1024;

export type TextPart = { kind: 'text'; text: string } | { kind: 'figure'; caption: string; attachmentId: string };

/** A description split into its text and the figures it embeds (`![说明](attachment:<id>)`), in order. */
export function splitFigures(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(new RegExp(figurePattern.source, 'g'))) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'figure', caption: match[1] ?? '', attachmentId: match[2] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** The token that embeds an uploaded figure in a description. */
export const figureToken = (caption: string, attachmentId: string) =>
  `![${caption.replaceAll(/[[\]]/g, '')}](attachment:${attachmentId})`;

export function FigureImage({ caption, attachmentId }: { caption: string; attachmentId: string }) {
  const { applicationId } = useEditorContext();
  return (
    <figure className="app-figure">
      <img src={attachmentPath(applicationId, attachmentId)} alt={caption} loading="lazy" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** Thumbnails of the figures a description embeds, each removable from the text (and deleted from the files). */
export function FigureStrip({ text, onRemove }: { text: string; onRemove?: (token: string) => void }) {
  const figures = splitFigures(text).filter((part) => part.kind === 'figure');
  const remove = useDeleteAttachment(useEditorContext().applicationId);
  if (figures.length === 0) return null;
  return (
    <ul className="app-figure-strip" aria-label={s.figuresLabel}>
      {figures.map((figure, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same figure may be embedded twice
        <li key={`${figure.attachmentId}-${index}`}>
          <FigureImage caption={figure.caption} attachmentId={figure.attachmentId} />
          {onRemove && (
            <Popconfirm
              title={s.confirmRemoveFigure}
              okText={s.confirm}
              cancelText={s.cancel}
              onConfirm={() => {
                onRemove(figureToken(figure.caption, figure.attachmentId));
                remove.mutate(figure.attachmentId);
              }}
            >
              <Button size="small" type="link" danger>
                {s.removeFigure}
              </Button>
            </Popconfirm>
          )}
        </li>
      ))}
    </ul>
  );
}

/** 插入配图: uploads a PNG/JPEG as a `figure` attachment and hands back the token to insert at the cursor. */
export function FigureUploadButton({
  nextNumber,
  onUploaded,
}: {
  nextNumber: number;
  onUploaded: (token: string) => void;
}) {
  const upload = useUploadAttachment(useEditorContext().applicationId);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="app-figure-upload">
      <Upload
        accept=".png,.jpg,.jpeg,image/png,image/jpeg"
        showUploadList={false}
        beforeUpload={(file) => {
          setFailure(null);
          if (!figureTypes.includes(file.type)) {
            setFailure(s.figureWrongType);
            return Upload.LIST_IGNORE;
          }
          if (file.size > figureMaxBytes) {
            setFailure(s.figureTooLarge);
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutate(
            { kind: figureKind, file: file as File },
            {
              onSuccess: (answer) => {
                onUploaded(figureToken(s.figureCaption(nextNumber), answer.id));
                onSuccess?.(answer);
              },
              onError: (error) => {
                setFailure(
                  uploadFailureMessage(error, {
                    unsupported: s.figureWrongType,
                    tooLarge: s.figureTooLarge,
                    fallback: s.figureUploadFailed,
                  }),
                );
                onError?.(error);
              },
            },
          );
        }}
      >
        <Button size="small" loading={upload.isPending}>
          {s.insertFigure}
        </Button>
      </Upload>
      <span className="app-figure-hint">{s.figureHint}</span>
      {failure && <Alert type="error" showIcon role="alert" title={failure} className="app-inline-alert" />}
    </div>
  );
}
