import { memo } from 'react';
import { isReadOnly as isDerivedField } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { useEditorContext } from './editor-context.js';
import { FieldControl, FixedControl } from './field-control.js';
import { FieldFrame, type FieldIds } from './field-frame.js';
import { FigureImage, splitFigures } from './figures.js';
import { formatFieldValue } from './format-value.js';
import { TextAreaField } from './text-area-field.js';

/** A value in the read-only view: text keeps its paragraphs and shows its figures where they are embedded. */
function StaticValue({ field, value, ids }: { field: FieldDefinition; value: unknown; ids: FieldIds }) {
  const isEmpty = formatFieldValue(field, value, '') === '';
  const className = isEmpty ? 'app-static-value is-empty' : 'app-static-value';
  const props = { id: ids.inputId, tabIndex: -1, 'aria-labelledby': ids.labelId, className };
  if (field.type !== 'textarea' || typeof value !== 'string' || isEmpty)
    return <div {...props}>{formatFieldValue(field, value)}</div>;
  return (
    <div {...props} data-kind="text">
      {splitFigures(value).map((part, index) =>
        part.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order
          <span key={index}>{part.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text, in order
          <FigureImage key={index} caption={part.caption} attachmentId={part.attachmentId} />
        ),
      )}
    </div>
  );
}

type FieldInputProps = {
  field: FieldDefinition;
  pointer: string;
  value: unknown;
  /** Shown but not typed here (a 近三年 table's year). */
  isFixed?: boolean;
  /** Inside a table row whose column header names the field. */
  isLabelHidden?: boolean;
  labelPrefix?: string;
};

/** One field in the editor: an input by type, a fixed value, or text in the read-only view. */
export const FieldInput = memo(function FieldInput({
  field,
  pointer,
  value,
  isFixed = false,
  isLabelHidden = false,
  labelPrefix,
}: FieldInputProps) {
  const { isReadOnly, setValue } = useEditorContext();
  if (isReadOnly)
    return (
      <FieldFrame field={field} pointer={pointer} isLabelHidden={isLabelHidden} labelPrefix={labelPrefix} isStatic>
        {(ids) => <StaticValue field={field} value={value} ids={ids} />}
      </FieldFrame>
    );
  if (isFixed || isDerivedField(field))
    return (
      <FieldFrame field={field} pointer={pointer} isLabelHidden={isLabelHidden} labelPrefix={labelPrefix}>
        {(ids) => <FixedControl field={field} value={value} ids={ids} />}
      </FieldFrame>
    );
  if (field.type === 'textarea')
    return <TextAreaField field={field} pointer={pointer} value={value} labelPrefix={labelPrefix} />;
  return (
    <FieldFrame field={field} pointer={pointer} isLabelHidden={isLabelHidden} labelPrefix={labelPrefix}>
      {(ids) => <FieldControl field={field} value={value} ids={ids} onChange={(next) => setValue(pointer, next)} />}
    </FieldFrame>
  );
});
