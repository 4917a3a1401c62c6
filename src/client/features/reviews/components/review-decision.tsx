import { Alert, Button, Input, Radio } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ApplicationState, applicationStateLabels } from '../../../../shared/applications/application-state.js';
import { hasRequiredReason } from '../../../../shared/reviews/reviews.rules.js';
import type { ReviewOutcome } from '../../../../shared/reviews/reviews.schemas.js';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { ApiError } from '../../../lib/http.js';
import { type FormalReviewSheet, useDecideReview } from '../reviews.api.js';
import { reviewsStrings as s } from '../reviews.strings.js';
import { type Answers, ChecklistTable, isPassing, presetAnswer } from './checklist-table.js';
import type { FieldComments } from './field-comments.js';

const outcomes: ReviewOutcome[] = ['pass', 'return', 'reject'];

/** The checklist, the outcome, the overall comment and the field comments, sent as one decision after a confirmation. */
export function ReviewDecision({
  applicationId,
  sheet,
  fieldComments,
  fieldCommentList,
  decided,
  backPath,
  onDecided,
}: {
  applicationId: string;
  sheet: FormalReviewSheet;
  fieldComments: FieldComments;
  /** The field comments written so far, named and removable (rendered by the page, which knows the form). */
  fieldCommentList: React.ReactNode;
  /** The state this page's decision led to, once made. */
  decided: ApplicationState | null;
  backPath: string;
  onDecided: (status: ApplicationState) => void;
}) {
  const decide = useDecideReview(applicationId);
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(sheet.items.map((item) => [item.key, presetAnswer(item)])),
  );
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<ReviewOutcome | undefined>();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isMissingShown, setIsMissingShown] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const isDisabled = !sheet.canDecide || decide.isPending || decided !== null;
  const failedCount = sheet.items.filter((item) => !isPassing(item, answers[item.key])).length;
  const commentCount = Object.keys(fieldComments).length;

  const check = (): string | null => {
    const unanswered = sheet.items.filter((item) => answers[item.key] === undefined).length;
    if (unanswered > 0) {
      setIsMissingShown(true);
      return s.unanswered(unanswered);
    }
    if (!outcome) return s.chooseOutcome;
    if (!hasRequiredReason({ outcome, comment, fieldComments: Object.keys(fieldComments) }))
      return outcome === 'reject' ? s.rejectReasonRequired : s.commentRequired;
    return null;
  };

  const askToConfirm = () => {
    const found = check();
    setProblem(found);
    setFailure(null);
    if (!found) setIsConfirming(true);
  };

  const submit = () => {
    if (!outcome) return;
    decide.mutate(
      {
        items: sheet.items.map((item) => ({
          key: item.key,
          passed: isPassing(item, answers[item.key]),
          note: notes[item.key]?.trim() ?? '',
        })),
        outcome,
        comment: comment.trim(),
        fieldComments: Object.entries(fieldComments).map(([path, text]) => ({ path, comment: text })),
      },
      {
        onSuccess: ({ status }) => {
          setIsConfirming(false);
          onDecided(status);
        },
        onError: (error) => {
          setIsConfirming(false);
          setFailure(error instanceof ApiError ? error.message : s.decideFailed);
        },
      },
    );
  };

  return (
    <div className="review-decision">
      <ChecklistTable
        items={sheet.items}
        answers={answers}
        notes={notes}
        isDisabled={isDisabled}
        isMissingShown={isMissingShown}
        onAnswer={(key, answer) => {
          setAnswers((current) => ({ ...current, [key]: answer }));
          setFailure(null);
        }}
        onNote={(key, note) => setNotes((current) => ({ ...current, [key]: note }))}
      />
      <fieldset className="review-outcome" disabled={isDisabled}>
        <legend className="review-label">{s.outcome}</legend>
        <Radio.Group
          value={outcome}
          disabled={isDisabled}
          optionType="button"
          buttonStyle="solid"
          options={outcomes.map((value) => ({ value, label: s.outcomes[value] }))}
          onChange={(event) => {
            setOutcome(event.target.value as ReviewOutcome);
            setFailure(null);
          }}
        />
        {outcome && <p className="review-muted review-outcome-hint">{s.outcomeHints[outcome]}</p>}
        {outcome === 'pass' && failedCount > 0 && (
          <p className="review-warning-text">{s.passWithFailed(failedCount)}</p>
        )}
      </fieldset>
      <label htmlFor="review-comment" className="review-label">
        {s.comment}
      </label>
      <Input.TextArea
        id="review-comment"
        value={comment}
        disabled={isDisabled}
        maxLength={2000}
        autoSize={{ minRows: 3, maxRows: 8 }}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="review-field-comments">
        <h3 className="review-subheading">{s.fieldCommentsTitle(commentCount)}</h3>
        {commentCount === 0 && <p className="review-muted">{s.fieldCommentsHint}</p>}
        {fieldCommentList}
      </div>
      {problem && <Alert type="warning" showIcon role="alert" title={problem} className="review-inline-alert" />}
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={s.decideFailed}
          description={failure}
          className="review-inline-alert"
        />
      )}
      {decided ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={s.decided(applicationStateLabels[decided])}
          description={<Link to={backPath}>{s.backToWorkbench}</Link>}
        />
      ) : (
        sheet.canDecide && (
          <Button type="primary" size="large" block onClick={askToConfirm} loading={decide.isPending}>
            {s.submitDecision}
          </Button>
        )
      )}
      <ConfirmModal
        open={isConfirming}
        title={s.decisionConfirmTitle}
        okText={s.submitDecision}
        isDanger={outcome === 'reject'}
        isPending={decide.isPending}
        onConfirm={submit}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{s.decisionConfirmBody(outcome ? s.outcomes[outcome] : '', failedCount, commentCount)}</p>
        {comment.trim() && <p className="review-confirm-comment">{comment.trim()}</p>}
      </ConfirmModal>
    </div>
  );
}
