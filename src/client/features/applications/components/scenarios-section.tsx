import { Button } from 'antd';
import { memo, useCallback, useRef, useState } from 'react';
import { type DataObject, rowsAt } from '../../../../shared/applications/form-walk.js';
import type { SectionDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { useEditorContext, useProblemsAt } from './editor-context.js';
import { moveItem } from './row-actions.js';
import { ScenarioCard } from './scenario-card.js';
import { type PickedScenario, ScenarioPicker } from './scenario-picker.js';

type ScenariosDefinition = Extract<SectionDefinition, { kind: 'scenarios' }>;

/** A new scenario with every sub-section present, and the rows a table needs at least, ready to type into. */
function newEntry(section: ScenariosDefinition, picked: PickedScenario): DataObject {
  const entry: DataObject = { code: picked.code, name: picked.name };
  for (const sub of section.sections)
    entry[sub.key] = sub.kind === 'fields' ? {} : Array.from({ length: sub.minRows }, () => ({}));
  return entry;
}

/** 场景: the chosen scenarios, each with the same sub-sections; added from the catalogue or named, reordered, removed. */
export const ScenariosSection = memo(function ScenariosSection({
  section,
  value,
}: {
  section: ScenariosDefinition;
  value: unknown;
}) {
  const { isReadOnly, setValue, scenarioOptions } = useEditorContext();
  const [isPicking, setIsPicking] = useState(false);
  const problems = useProblemsAt(`/${section.key}`);
  const entries = rowsAt(value);
  // The callbacks read the latest entries, so the memoised cards are not re-rendered for each other's typing.
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const pointer = `/${section.key}`;

  const move = useCallback(
    (index: number, offset: -1 | 1) => setValue(pointer, moveItem(entriesRef.current, index, offset)),
    [pointer, setValue],
  );
  const remove = useCallback(
    (index: number) =>
      setValue(
        pointer,
        entriesRef.current.filter((_, at) => at !== index),
      ),
    [pointer, setValue],
  );

  return (
    <div className="app-scenarios">
      {problems.map((problem) => (
        <div key={problem} className="app-field-problem app-block-problem">
          {problem}
        </div>
      ))}
      {entries.length === 0 && <p className="app-empty-rows">{isReadOnly ? s.notFilled : s.noScenarios}</p>}
      {entries.map((entry, index) => (
        <ScenarioCard
          // biome-ignore lint/suspicious/noArrayIndexKey: a scenario's place is its identity in the data
          key={index}
          section={section}
          index={index}
          count={entries.length}
          entry={entry}
          onMove={move}
          onRemove={remove}
        />
      ))}
      {!isReadOnly && (
        <Button type="dashed" block className="app-add-scenario" onClick={() => setIsPicking(true)}>
          + {s.addScenario}
        </Button>
      )}
      {isPicking && (
        <ScenarioPicker
          options={scenarioOptions}
          chosenCodes={entries.map((entry) => String(entry.code ?? ''))}
          allowCustom={section.allowCustom}
          onAdd={(picked) =>
            setValue(pointer, [...entriesRef.current, ...picked.map((scenario) => newEntry(section, scenario))])
          }
          onClose={() => setIsPicking(false)}
        />
      )}
    </div>
  );
});
