import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useEnterpriseChoices } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';

export type EnterpriseChoice = { value: string; label: string };

type EnterpriseSelectProps = {
  id?: string;
  value?: EnterpriseChoice;
  onChange?: (value: EnterpriseChoice | undefined) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

/** Debounce for typing in the search box, so a name typed quickly asks the server once. */
const searchDelayMs = 300;

/** An enterprise of the office's jurisdiction, found by name or 统一社会信用代码 (GET /api/enterprises?q=). */
export function EnterpriseSelect({ value, onChange, ...inputProps }: EnterpriseSelectProps) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const choicesQuery = useEnterpriseChoices(query);
  const options = (choicesQuery.data?.items ?? []).map((enterprise) => ({
    value: enterprise.id,
    label: enterprise.name,
    uscc: enterprise.uscc,
  }));

  return (
    <Select<EnterpriseChoice>
      {...inputProps}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      labelInValue
      value={value}
      onChange={(choice) => onChange?.(choice)}
      options={options}
      optionRender={(option) => (
        <span className="enterprise-option">
          {option.data.label}
          <span className="enterprise-option-uscc">{option.data.uscc}</span>
        </span>
      )}
      loading={choicesQuery.isFetching}
      placeholder={s.enterprisePlaceholder}
      notFoundContent={choicesQuery.isFetching ? null : s.enterpriseNotFound}
      allowClear
    />
  );
}
