import { Alert, Empty } from 'antd';
import { useMemo } from 'react';
import { diffApplicationData, diffText } from '../../../../shared/applications/diff.rules.js';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition, FormVariant } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { formatFieldValue } from './format-value.js';

const isTextField = (field: FieldDefinition | null) =>
  field === null || !['integer', 'number', 'boolean', 'multiEnum', 'enum', 'date'].includes(field.type);

/** Words taken out shown struck through in red, words put in shown in green, the rest as it reads. */
function TextDiff({ before, after }: { before: string; after: string }) {
  return (
    <div className="app-text-diff">
      {diffText(before, after).map((part, index) => {
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one diff, in order
        if (part.kind === 'removed') return <del key={index}>{part.text}</del>;
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one diff, in order
        if (part.kind === 'added') return <ins key={index}>{part.text}</ins>;
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one diff, in order
        return <span key={index}>{part.text}</span>;
      })}
    </div>
  );
}

/** What changed from an earlier version to the current content, field by field with its printed label. */
export function VersionDiff({
  variant,
  before,
  after,
}: {
  variant: FormVariant;
  before: ApplicationData;
  after: ApplicationData;
}) {
  const changes = useMemo(() => diffApplicationData(variant, before, after), [variant, before, after]);
  if (changes.length === 0) return <Empty description={s.noDifferences} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <>
      <Alert type="info" showIcon title={s.diffLegend} className="app-inline-alert" />
      <ol className="app-diff-list">
        {changes.map((change) => (
          <li key={change.pointer} className="app-diff-item">
            <div className="app-diff-label">{change.label}</div>
            {isTextField(change.field) && (typeof change.before === 'string' || typeof change.after === 'string') ? (
              <TextDiff
                before={typeof change.before === 'string' ? change.before : ''}
                after={typeof change.after === 'string' ? change.after : ''}
              />
            ) : (
              <div className="app-text-diff">
                <del>{formatFieldValue(change.field, change.before, s.emptyValue)}</del>
                <span aria-hidden="true"> → </span>
                <ins>{formatFieldValue(change.field, change.after, s.emptyValue)}</ins>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
