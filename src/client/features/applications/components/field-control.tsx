import { Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import type { FieldDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import type { FieldIds } from './field-frame.js';
import { formatFieldValue } from './format-value.js';

type ControlProps = { field: FieldDefinition; value: unknown; ids: FieldIds; onChange: (value: unknown) => void };

const booleanOptions = [
  { label: s.yes, value: true },
  { label: s.no, value: false },
];

/** Up to four short options read best as radio buttons; longer lists become a searchable select. */
const isRadioList = (options: string[]) => options.length <= 4 && options.every((option) => option.length <= 12);

const inputModes: Partial<Record<FieldDefinition['type'], 'tel' | 'email'>> = { phone: 'tel', email: 'email' };

/** The unit beside a number, unless the printed label already names it (资产总额（万元）). */
const unitOf = (field: FieldDefinition) => (field.unit && !field.title.includes(field.unit) ? field.unit : undefined);

/**
 * The editable control for one field type. Values are never clamped or truncated: the limits are shown as
 * problems, so what the user typed is always what is saved.
 */
export function FieldControl({ field, value, ids, onChange }: ControlProps) {
  const common = {
    id: ids.inputId,
    'aria-describedby': ids.describedBy,
    'aria-invalid': ids.isInvalid || undefined,
    'aria-required': ids.isRequired || undefined,
    status: ids.isInvalid ? ('error' as const) : ids.isWarning ? ('warning' as const) : undefined,
  };
  switch (field.type) {
    case 'integer':
    case 'number':
      return (
        <InputNumber
          {...common}
          className="app-number-input"
          value={typeof value === 'number' ? value : null}
          precision={field.type === 'integer' ? 0 : undefined}
          suffix={unitOf(field)}
          onChange={(next) => onChange(next === null ? null : Number(next))}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          id={ids.inputId}
          aria-labelledby={ids.labelId}
          aria-describedby={ids.describedBy}
          options={booleanOptions}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'enum': {
      const options = field.options ?? [];
      if (isRadioList(options))
        return (
          <Radio.Group
            id={ids.inputId}
            aria-labelledby={ids.labelId}
            aria-describedby={ids.describedBy}
            options={options}
            value={typeof value === 'string' ? value : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        );
      return (
        <Select
          {...common}
          className="app-select"
          showSearch
          allowClear
          placeholder={s.select}
          options={options.map((option) => ({ value: option, label: option }))}
          value={typeof value === 'string' && value !== '' ? value : undefined}
          onChange={(next) => onChange(next ?? null)}
        />
      );
    }
    case 'multiEnum':
      return (
        <div id={ids.inputId}>
          <Checkbox.Group
            aria-labelledby={ids.labelId}
            aria-describedby={ids.describedBy}
            options={field.options ?? []}
            value={Array.isArray(value) ? value.map(String) : []}
            onChange={(next) => onChange(next)}
          />
        </div>
      );
    case 'date':
      return (
        <Input
          {...common}
          type="date"
          className="app-date-input"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value || null)}
        />
      );
    default:
      return (
        <Input
          {...common}
          inputMode={inputModes[field.type]}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(field.type === 'uscc' ? event.target.value.toUpperCase() : event.target.value)}
        />
      );
  }
}

/** A value the enterprise does not type here (prefilled from the profile, computed, or a table's year). */
export function FixedControl({ field, value, ids }: Omit<ControlProps, 'onChange'>) {
  return (
    <Input
      id={ids.inputId}
      readOnly
      variant="filled"
      aria-describedby={ids.describedBy}
      aria-invalid={ids.isInvalid || undefined}
      value={formatFieldValue(field, value, '')}
      placeholder={s.notFilled}
    />
  );
}
