import { Alert, Button } from 'antd';
import { type ReactNode, useMemo } from 'react';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../../shared/calls/template.schemas.js';
import { formatDateTime } from '../../../lib/format.js';
import type { ApplicationView } from '../../applications/applications.api.js';
import { focusPointer } from '../../applications/components/editor-context.js';
import { type FieldAside, FieldAsideContext } from '../../applications/components/field-frame.js';
import { type ReviewComments, useReturnComments } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';
import { commentPathOf, FieldCommentNote } from './field-comments.js';
import { labelOfCommentPath } from './return-diff.js';

/**
 * 退回修改意见 in the enterprise's editor: while the application is returned, a banner with the unit, its overall
 * comment and every field comment (each a link to its field), and each field comment under its field.
 */
export function ReturnedComments({
  application,
  variant,
  children,
}: {
  application: ApplicationView;
  variant: FormVariant;
  children: ReactNode;
}) {
  const isReturned = application.status === 'returned';
  const commentsQuery = useReturnComments(application.id, isReturned);
  const comments = isReturned ? commentsQuery.data : null;
  const aside = useMemo<FieldAside | null>(() => {
    if (!comments || comments.fieldComments.length === 0) return null;
    const byPath = new Map(comments.fieldComments.map((entry) => [entry.path, entry.comment]));
    return ({ pointer }) => {
      const comment = byPath.get(commentPathOf(pointer));
      return comment ? <FieldCommentNote comment={comment} /> : null;
    };
  }, [comments]);
  const data = application.data as ApplicationData;
  // The same tree with or without comments, so the editor inside is never remounted when they load or go.
  return (
    <>
      {comments && <ReturnedBanner comments={comments} variant={variant} data={data} />}
      <FieldAsideContext.Provider value={aside}>{children}</FieldAsideContext.Provider>
    </>
  );
}

function ReturnedBanner({
  comments,
  variant,
  data,
}: {
  comments: ReviewComments;
  variant: FormVariant;
  data: ApplicationData;
}) {
  return (
    <Alert
      type="warning"
      showIcon
      className="returned-banner"
      title={s.returnedBanner(comments.unitName)}
      description={
        <div className="returned-banner-body">
          <p className="returned-banner-time">{s.returnedAt(formatDateTime(comments.at))}</p>
          {comments.comment && (
            <p>
              <strong>{s.overallComment}：</strong>
              {comments.comment}
            </p>
          )}
          {comments.fieldComments.length > 0 && (
            <>
              <strong>{s.fieldCommentsList}：</strong>
              <ul className="returned-banner-list">
                {comments.fieldComments.map((entry) => {
                  const label = labelOfCommentPath(variant, data, entry.path);
                  return (
                    <li key={entry.path}>
                      <Button
                        autoInsertSpace={false}
                        type="link"
                        size="small"
                        className="returned-banner-link"
                        aria-label={s.goToField(label)}
                        onClick={() => focusPointer(entry.path.replace(/^\/data/, ''))}
                      >
                        {label}
                      </Button>
                      ：{entry.comment}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      }
    />
  );
}
