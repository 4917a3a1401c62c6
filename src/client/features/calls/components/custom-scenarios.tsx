import { Button, Input, Space } from 'antd';
import { useId, useState } from 'react';
import { callsStrings as s } from '../calls.strings.js';

/** At most this many scenarios named by the enterprise (createApplicationBodySchema). */
export const customScenarioLimit = 20;

type CustomScenariosProps = { names: string[]; onChange: (names: string[]) => void };

/** 自主填报的场景: scenarios outside the catalogue, added by name (the notices encourage new ones). */
export function CustomScenarios({ names, onChange }: CustomScenariosProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  const add = () => {
    const name = draft.trim();
    if (name.length < 2) return setProblem(s.customNameTooShort);
    if (names.includes(name)) return setProblem(s.customNameDuplicate);
    if (names.length >= customScenarioLimit) return setProblem(s.customLimit(customScenarioLimit));
    setProblem(null);
    setDraft('');
    onChange([...names, name]);
  };

  return (
    <div className="custom-scenarios">
      <label htmlFor={inputId} className="custom-scenario-label">
        {s.customScenarioName}
      </label>
      <Space.Compact block>
        <Input
          id={inputId}
          value={draft}
          maxLength={100}
          placeholder={s.customScenarioPlaceholder}
          status={problem ? 'error' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={(event) => {
            event.preventDefault();
            add();
          }}
        />
        <Button onClick={add}>{s.addCustomScenario}</Button>
      </Space.Compact>
      {problem && (
        <div id={`${inputId}-problem`} className="custom-scenario-problem" role="alert">
          {problem}
        </div>
      )}
      {names.length > 0 && (
        <ul className="custom-scenario-list" aria-label={s.customScenarios}>
          {names.map((name) => (
            <li key={name}>
              <span className="custom-scenario-name">{name}</span>
              <Button
                type="link"
                size="small"
                aria-label={s.removeCustomScenario(name)}
                onClick={() => onChange(names.filter((candidate) => candidate !== name))}
              >
                {s.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
