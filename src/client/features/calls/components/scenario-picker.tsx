import { Checkbox, Empty, Input } from 'antd';
import { useId, useState } from 'react';
import type { ScenarioOption } from '../calls.api.js';
import { callsStrings as s } from '../calls.strings.js';

type ScenarioPickerProps = {
  scenarios: ScenarioOption[];
  selected: string[];
  onChange: (codes: string[]) => void;
};

/** Stages in catalogue order, each with its scenarios that match the search (chosen ones always stay shown). */
function groupByStage(scenarios: ScenarioOption[], query: string, selected: Set<string>) {
  const needle = query.trim().toLowerCase();
  const groups = new Map<string, ScenarioOption[]>();
  for (const scenario of scenarios) {
    const matches =
      !needle || scenario.name.toLowerCase().includes(needle) || scenario.code.toLowerCase().includes(needle);
    if (!matches && !selected.has(scenario.code)) continue;
    const group = groups.get(scenario.stage) ?? [];
    group.push(scenario);
    groups.set(scenario.stage, group);
  }
  return [...groups];
}

/** The catalogue scenarios of the call's edition as a searchable checkbox list, grouped by stage (环节). */
export function ScenarioPicker({ scenarios, selected, onChange }: ScenarioPickerProps) {
  const [query, setQuery] = useState('');
  const baseId = useId();
  const selectedSet = new Set(selected);
  const groups = groupByStage(scenarios, query, selectedSet);

  const toggle = (code: string, isChecked: boolean) => {
    // Keep the catalogue order, whatever order they were ticked in.
    const next = new Set(selected);
    if (isChecked) next.add(code);
    else next.delete(code);
    onChange(scenarios.map((scenario) => scenario.code).filter((candidate) => next.has(candidate)));
  };

  return (
    <div className="scenario-picker">
      <Input.Search
        aria-label={s.searchScenarios}
        placeholder={s.searchScenarios}
        allowClear
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="scenario-search"
      />
      {groups.length === 0 ? (
        <Empty description={s.noMatchingScenarios} />
      ) : (
        <div className="scenario-groups">
          {groups.map(([stage, options], index) => {
            const chosen = options.filter((option) => selectedSet.has(option.code)).length;
            return (
              <fieldset key={stage} className="scenario-group" aria-describedby={`${baseId}-${index}-count`}>
                <legend>
                  {stage || '—'}
                  <span id={`${baseId}-${index}-count`} className="scenario-group-count">
                    {chosen > 0 ? `（已选 ${chosen}）` : ''}
                  </span>
                </legend>
                {options.map((option) => (
                  <Checkbox
                    key={option.code}
                    checked={selectedSet.has(option.code)}
                    onChange={(event) => toggle(option.code, event.target.checked)}
                    className="scenario-option"
                  >
                    <span className="scenario-code">{option.code}</span>
                    {option.name}
                  </Checkbox>
                ))}
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}
