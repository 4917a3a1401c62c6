import { memo } from 'react';
import { computeField } from '../../../../shared/applications/form-normalize.js';
import { objectAt } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { FieldInput } from './field-input.js';

/** Descriptions and multiple choices take the whole width; short fields sit two to a line. */
const isWide = (field: FieldDefinition) => field.type === 'textarea' || field.type === 'multiEnum';

/**
 * The fields of one object (a section, or a scenario's sub-section). Computed fields show the value their
 * siblings give now, not the one from the last save.
 */
export const FieldsBlock = memo(function FieldsBlock({
  fields,
  pointer,
  value,
}: {
  fields: FieldDefinition[];
  pointer: string;
  value: unknown;
}) {
  const values = objectAt(value);
  return (
    <div className="app-fields-grid">
      {fields.map((field) => (
        <div key={field.key} className={isWide(field) ? 'app-field-cell is-wide' : 'app-field-cell'}>
          <FieldInput
            field={field}
            pointer={`${pointer}/${field.key}`}
            value={field.compute ? computeField(field, values) : values[field.key]}
          />
        </div>
      ))}
    </div>
  );
});
