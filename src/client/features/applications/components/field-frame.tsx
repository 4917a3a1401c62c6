import { createContext, type ReactNode, useContext } from 'react';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { domIdOf, useProblemsAt, useWarningsAt } from './editor-context.js';

/** The ids a control needs to be labelled and described by its frame. */
export type FieldIds = {
  inputId: string;
  labelId: string;
  describedBy: string | undefined;
  isInvalid: boolean;
  /** Only threshold warnings (yellow): the value is entered but does not yet meet the programme's condition. */
  isWarning: boolean;
  isRequired: boolean;
};

/**
 * "请填写“…”": the value is missing. The 必填 mark and the problem list already say so; repeating it in red under
 * every empty field of a fresh form would drown the problems that need attention (wrong values, limits).
 */
const isMissingValue = (message: string) => /^请填写“[^”]*”$/.test(message);

/**
 * A problem as shown under its own field: the field's name is already above it, so "“企业 › 成立时间”日期格式…"
 * reads "日期格式…" and "请填写“…”" reads "请填写此项".
 */
export function shortProblem(message: string): string {
  if (/^请填写“[^”]*”$/.test(message)) return '请填写此项';
  const labelled = /^“[^”]*”(.+)$/.exec(message);
  return labelled?.[1] ?? message;
}

/** What a page around the form shows under a field (a reviewer's comment); `title` names the field for people. */
export type FieldAside = (field: { pointer: string; title: string; isInTable: boolean }) => ReactNode;
export const FieldAsideContext = createContext<FieldAside | null>(null);

/**
 * One field: its printed label (with 必填 and where a read-only value comes from), the printed note, the control,
 * an optional footer (the word counter) and the problems the server or the live check found.
 */
export function FieldFrame({
  field,
  pointer,
  footer,
  footerId,
  isLabelHidden = false,
  isStatic = false,
  labelPrefix,
  children,
}: {
  field: FieldDefinition;
  pointer: string;
  footer?: ReactNode;
  footerId?: string;
  isLabelHidden?: boolean;
  /** Read-only view: the value is text, so the label is not a <label> for an input. */
  isStatic?: boolean;
  /** Read before the title (a table row: "第2行"), so repeated columns have distinct names. */
  labelPrefix?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const problems = useProblemsAt(pointer).filter((problem) => !isMissingValue(problem));
  const warnings = useWarningsAt(pointer);
  const renderAside = useContext(FieldAsideContext);
  const inputId = domIdOf(pointer);
  const labelId = `${inputId}-label`;
  const helpId = field.help ? `${inputId}-help` : undefined;
  const problemId = problems.length + warnings.length > 0 ? `${inputId}-problem` : undefined;
  const aside = renderAside?.({
    pointer,
    title: labelPrefix ? `${labelPrefix} ${field.title}` : field.title,
    isInTable: isLabelHidden,
  });
  const asideId = aside ? `${inputId}-aside` : undefined;
  const describedBy = [helpId, footerId, problemId, asideId].filter(Boolean).join(' ') || undefined;
  const readOnlyNote = field.prefill ? s.prefilled : field.compute ? s.computed : null;
  const labelClass = isLabelHidden ? 'app-field-label visually-hidden' : 'app-field-label';
  const labelContent = (
    <>
      {labelPrefix && <span className="visually-hidden">{labelPrefix} </span>}
      {field.title}
      {field.required && !readOnlyNote && !isStatic && (
        <span className="app-field-required" title={s.required} aria-hidden="true">
          *
        </span>
      )}
      {readOnlyNote && (
        <span className="app-field-origin" title={field.prefill ? s.prefilledHint : s.computedHint}>
          {readOnlyNote}
        </span>
      )}
    </>
  );
  const isWarning = problems.length === 0 && warnings.length > 0;
  const frameClass = problems.length > 0 ? 'app-field has-problem' : isWarning ? 'app-field has-warning' : 'app-field';
  return (
    <div className={frameClass}>
      {isStatic ? (
        <div id={labelId} className={labelClass}>
          {labelContent}
        </div>
      ) : (
        <label id={labelId} htmlFor={inputId} className={labelClass}>
          {labelContent}
        </label>
      )}
      {field.help && !isLabelHidden && (
        <div id={helpId} className="app-field-help">
          {field.help}
        </div>
      )}
      {children({
        inputId,
        labelId,
        describedBy,
        isInvalid: problems.length > 0,
        isWarning,
        isRequired: field.required,
      })}
      {footer}
      {problemId && (
        <div id={problemId} className="app-field-problems">
          {problems.map((problem) => (
            <div key={problem} className="app-field-problem">
              {shortProblem(problem)}
            </div>
          ))}
          {warnings.map((warning) => (
            <div key={warning} className="app-field-warning">
              {s.mustMeetBeforeSubmit(warning)}
            </div>
          ))}
        </div>
      )}
      {aside && (
        <div id={asideId} className="app-field-aside">
          {aside}
        </div>
      )}
    </div>
  );
}
