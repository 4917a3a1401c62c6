import '../review-comments.css';
import { Button, Input, Modal } from 'antd';
import { useId, useState } from 'react';
import type { FieldAside } from '../../applications/components/field-frame.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** Field comments by JSON Pointer into the request (`/data/overview/introduction`), as the server stores them. */
export type FieldComments = Record<string, string>;
export type EditingComment = { path: string; title: string };

/** The request path of a pointer into the content (the editor's pointers have no `/data`). */
export const commentPathOf = (pointer: string) => `/data${pointer}`;

/** The comment under a field, as both the reviewer and the enterprise see it. */
export function FieldCommentNote({ comment, children }: { comment: string; children?: React.ReactNode }) {
  return (
    <div className="review-field-comment" role="note">
      <span className="review-field-comment-label">{s.reviewerComment}</span>
      <span className="review-field-comment-text">{comment}</span>
      {children}
    </div>
  );
}

/**
 * The reviewer's aside under each field: the comment written so far with 修改 / 删除, or 添加意见 while the
 * application awaits this unit's decision.
 */
export function reviewerAside({
  comments,
  canComment,
  onEdit,
  onRemove,
}: {
  comments: FieldComments;
  canComment: boolean;
  onEdit: (editing: EditingComment) => void;
  onRemove: (path: string) => void;
}): FieldAside {
  return ({ pointer, title, isInTable }) => {
    const path = commentPathOf(pointer);
    const comment = comments[path];
    if (comment)
      return (
        <FieldCommentNote comment={comment}>
          {canComment && (
            <span className="review-field-comment-actions">
              <Button
                autoInsertSpace={false}
                type="link"
                size="small"
                aria-label={s.editCommentLabel(title)}
                onClick={() => onEdit({ path, title })}
              >
                {s.editComment}
              </Button>
              <Button
                autoInsertSpace={false}
                type="link"
                size="small"
                danger
                aria-label={s.removeCommentLabel(title)}
                onClick={() => onRemove(path)}
              >
                {s.removeComment}
              </Button>
            </span>
          )}
        </FieldCommentNote>
      );
    if (!canComment) return null;
    return (
      <Button
        autoInsertSpace={false}
        type="link"
        size="small"
        className={isInTable ? 'review-add-comment is-in-table' : 'review-add-comment'}
        aria-label={s.addCommentLabel(title)}
        onClick={() => onEdit({ path, title })}
      >
        {isInTable ? s.addCommentShort : s.addComment}
      </Button>
    );
  };
}

/** Writes or changes one field's comment. */
export function FieldCommentModal({
  editing,
  initial,
  onSave,
  onClose,
}: {
  editing: EditingComment;
  initial: string;
  onSave: (path: string, comment: string) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState(initial);
  const [isInvalid, setIsInvalid] = useState(false);
  const inputId = useId();
  const save = () => {
    if (text.trim() === '') {
      setIsInvalid(true);
      return;
    }
    onSave(editing.path, text.trim());
    onClose();
  };
  return (
    <Modal
      open
      title={s.commentModalTitle(editing.title)}
      okText={s.saveComment}
      cancelText={s.cancel}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      <label htmlFor={inputId} className="review-label">
        {s.commentText}
      </label>
      <Input.TextArea
        id={inputId}
        autoFocus
        value={text}
        maxLength={500}
        showCount
        autoSize={{ minRows: 3, maxRows: 8 }}
        status={isInvalid ? 'error' : undefined}
        aria-invalid={isInvalid || undefined}
        aria-describedby={isInvalid ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setIsInvalid(false);
        }}
      />
      {isInvalid && (
        <div id={`${inputId}-error`} className="review-error-text" role="alert">
          {s.commentTextRequired}
        </div>
      )}
    </Modal>
  );
}
