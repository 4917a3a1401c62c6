import { type GetRef, Input } from 'antd';
import { useRef } from 'react';
import { countChars, figureIdsOf } from '../../../../shared/applications/text-count.rules.js';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { domIdOf, useEditorContext } from './editor-context.js';
import { FieldFrame } from './field-frame.js';
import { FigureStrip, FigureUploadButton } from './figures.js';

/** The live 字数 of a text against its printed limit; red past the limit, which never stops the typing. */
export function CharCounter({ id, text, maxChars }: { id: string; text: string; maxChars: number | undefined }) {
  const count = countChars(text);
  const isOver = maxChars !== undefined && count > maxChars;
  return (
    <div id={id} className={isOver ? 'app-counter is-over' : 'app-counter'}>
      {maxChars === undefined ? s.counterNoLimit(count) : s.counter(count, maxChars)}
      {isOver && <span className="app-counter-over">{s.overLimit(count - maxChars)}</span>}
    </div>
  );
}

/** A description (textarea) with its counter and, where the form allows, figures inserted at the cursor. */
export function TextAreaField({
  field,
  pointer,
  value,
  labelPrefix,
}: {
  field: FieldDefinition;
  pointer: string;
  value: unknown;
  labelPrefix?: string;
}) {
  const { setValue } = useEditorContext();
  const textAreaRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const text = typeof value === 'string' ? value : '';
  const counterId = `${domIdOf(pointer)}-counter`;

  const insertAtCursor = (token: string) => {
    const element = textAreaRef.current?.resizableTextArea?.textArea;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const before = text.slice(0, start);
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    setValue(pointer, `${before}${lead}${token}\n${text.slice(end)}`);
  };
  const removeToken = (token: string) => setValue(pointer, text.replace(token, '').replaceAll(/\n{3,}/g, '\n\n'));

  return (
    <FieldFrame
      field={field}
      pointer={pointer}
      labelPrefix={labelPrefix}
      footerId={counterId}
      footer={
        <div className="app-textarea-footer">
          <CharCounter id={counterId} text={text} maxChars={field.maxChars} />
          {field.images && <FigureUploadButton nextNumber={figureIdsOf(text).length + 1} onUploaded={insertAtCursor} />}
        </div>
      }
    >
      {(ids) => (
        <>
          <Input.TextArea
            ref={textAreaRef}
            id={ids.inputId}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.isInvalid || undefined}
            aria-required={ids.isRequired || undefined}
            status={ids.isInvalid ? 'error' : ids.isWarning ? 'warning' : undefined}
            value={text}
            autoSize={{ minRows: (field.maxChars ?? 1000) > 200 ? 5 : 3, maxRows: 20 }}
            onChange={(event) => setValue(pointer, event.target.value)}
          />
          {field.images && <FigureStrip text={text} onRemove={removeToken} />}
        </>
      )}
    </FieldFrame>
  );
}
