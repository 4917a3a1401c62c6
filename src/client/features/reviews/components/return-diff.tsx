import { describePointer } from '../../../../shared/applications/diff.rules.js';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import type { FormVariant } from '../../../../shared/calls/template.schemas.js';
import { formatDateTime } from '../../../lib/format.js';
import { VersionDiff } from '../../applications/components/version-diff.js';
import type { FormalReviewSheet } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';

type LastReturn = NonNullable<FormalReviewSheet['lastReturn']>;

/** A pointer of a field comment (`/data/overview/introduction`) named for people (企业简介 › …). */
export const labelOfCommentPath = (variant: FormVariant, data: ApplicationData, path: string) =>
  describePointer(variant, data, path.replace(/^\/data/, ''));

/** 与退回版本的差异: what the enterprise changed since the return, and the comments it was returned with. */
export function ReturnDiff({
  lastReturn,
  variant,
  data,
}: {
  lastReturn: LastReturn;
  variant: FormVariant;
  data: ApplicationData;
}) {
  return (
    <section className="content-panel review-diff" aria-labelledby="review-diff-heading">
      <h2 id="review-diff-heading" className="section-heading app-section-title">
        {s.diffTitle}
      </h2>
      <p className="review-muted">{s.diffIntro(formatDateTime(lastReturn.at), lastReturn.versionAt)}</p>
      <div className="review-earlier">
        <h3 className="review-subheading">{s.earlierComments}</h3>
        {lastReturn.comment && <p className="review-earlier-overall">{s.earlierOverall(lastReturn.comment)}</p>}
        {lastReturn.fieldComments.length > 0 && (
          <ul className="review-comment-list">
            {lastReturn.fieldComments.map((entry) => (
              <li key={entry.path}>
                <span className="review-comment-field">{labelOfCommentPath(variant, lastReturn.data, entry.path)}</span>
                {entry.comment}
              </li>
            ))}
          </ul>
        )}
      </div>
      <VersionDiff variant={variant} before={lastReturn.data as ApplicationData} after={data} />
    </section>
  );
}
