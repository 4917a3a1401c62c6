import { Input, Radio } from 'antd';
import type { FormalReviewItem } from '../../../../shared/reviews/reviews.schemas.js';
import { reviewsStrings as s } from '../reviews.strings.js';

/** The printed answer (是/否) the reviewer gives an item; undefined until chosen. */
export type Answer = '是' | '否';
export type Answers = Record<string, Answer | undefined>;

const opposite = (answer: Answer): Answer => (answer === '是' ? '否' : '是');

/** The answer the system's pre-judgement suggests: the passing one, its opposite, or none (待判断). */
export function presetAnswer(item: FormalReviewItem): Answer | undefined {
  if (item.passed === null) return undefined;
  return item.passed ? item.passingAnswer : opposite(item.passingAnswer);
}

export const isPassing = (item: FormalReviewItem, answer: Answer | undefined) => answer === item.passingAnswer;

function Prejudgement({ item }: { item: FormalReviewItem }) {
  const [text, tone] =
    item.passed === null
      ? [s.judgedUnknown, 'is-unknown']
      : item.passed
        ? [s.judgedPass, 'is-pass']
        : [s.judgedFail, 'is-fail'];
  return (
    <div className="review-prejudgement">
      <span className="review-prejudgement-label">{s.prejudgement}</span>
      <span className={`review-judged ${tone}`}>{text}</span>
      {item.evidence && <span className="review-evidence">{item.evidence}</span>}
    </div>
  );
}

/** 形式审查表: each item with the system's pre-judgement, the reviewer's 是/否 and a note. */
export function ChecklistTable({
  items,
  answers,
  notes,
  isDisabled,
  isMissingShown,
  onAnswer,
  onNote,
}: {
  items: FormalReviewItem[];
  answers: Answers;
  notes: Record<string, string>;
  isDisabled: boolean;
  isMissingShown: boolean;
  onAnswer: (key: string, answer: Answer) => void;
  onNote: (key: string, note: string) => void;
}) {
  return (
    <table className="review-checklist" aria-label={s.checklistLabel}>
      <thead>
        <tr>
          <th scope="col" className="review-checklist-number">
            {s.itemNumber}
          </th>
          <th scope="col">{s.itemTitle}</th>
          <th scope="col" className="review-checklist-answer">
            {s.answer}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const number = index + 1;
          const answer = answers[item.key];
          const isMissing = isMissingShown && answer === undefined;
          const isOverridden = answer !== undefined && item.passed !== null && answer !== presetAnswer(item);
          const classes = [isMissing && 'is-missing', answer !== undefined && !isPassing(item, answer) && 'is-failed'];
          return (
            <tr key={item.key} className={classes.filter(Boolean).join(' ') || undefined}>
              <td className="review-checklist-number">{number}</td>
              <td>
                <div className="review-item-title">{item.title}</div>
                <Prejudgement item={item} />
                <Input
                  size="small"
                  className="review-item-note"
                  placeholder={s.note}
                  aria-label={s.noteLabel(number)}
                  maxLength={500}
                  disabled={isDisabled}
                  value={notes[item.key] ?? ''}
                  onChange={(event) => onNote(item.key, event.target.value)}
                />
              </td>
              <td className="review-checklist-answer">
                <Radio.Group
                  aria-label={s.answerLabel(number)}
                  disabled={isDisabled}
                  value={answer}
                  options={[
                    { label: s.yes, value: '是' },
                    { label: s.no, value: '否' },
                  ]}
                  onChange={(event) => onAnswer(item.key, event.target.value as Answer)}
                />
                {item.passingAnswer === '否' && <div className="review-muted">{s.passingAnswer('否')}</div>}
                {isOverridden && <div className="review-overridden">{s.overridden}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
