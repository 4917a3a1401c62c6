import { Input, Tag } from 'antd';
import { memo } from 'react';
import { type DataObject, visitLeafSection } from '../../../../shared/applications/form-walk.js';
import { countChars } from '../../../../shared/applications/text-count.rules.js';
import type { SectionDefinition } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { domIdOf, useEditorContext, useProblemsAt } from './editor-context.js';
import { shortProblem } from './field-frame.js';
import { FieldsBlock } from './fields-block.js';
import { RowActions } from './row-actions.js';
import { TableSection } from './table-section.js';

type ScenariosDefinition = Extract<SectionDefinition, { kind: 'scenarios' }>;

/** All text of one scenario counted together, as its printed limit (全文不超过3000字) counts it. */
export function scenarioCharCount(section: ScenariosDefinition, entry: DataObject): number {
  let total = 0;
  for (const sub of section.sections)
    for (const visit of visitLeafSection(sub, entry, '', ''))
      if (typeof visit.value === 'string') total += countChars(visit.value);
  return total;
}

/** One chosen scenario: its name (typed for a 自主申报场景), its total counter, and every sub-section. */
export const ScenarioCard = memo(function ScenarioCard({
  section,
  index,
  count,
  entry,
  onMove,
  onRemove,
}: {
  section: ScenariosDefinition;
  index: number;
  count: number;
  entry: DataObject;
  onMove: (index: number, offset: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const { isReadOnly, setValue, scenarioOptions } = useEditorContext();
  const pointer = `/${section.key}/${index}`;
  const problems = [...useProblemsAt(pointer), ...useProblemsAt(`${pointer}/code`)];
  const nameProblems = useProblemsAt(`${pointer}/name`);
  const code = typeof entry.code === 'string' ? entry.code : null;
  const name = typeof entry.name === 'string' ? entry.name : '';
  const option = code ? scenarioOptions.find((candidate) => candidate.code === code) : undefined;
  const total = scenarioCharCount(section, entry);
  const isOver = section.maxChars !== undefined && total > section.maxChars;
  const headingId = `${domIdOf(pointer)}-heading`;
  const nameId = domIdOf(`${pointer}/name`);

  return (
    <article className="app-scenario" id={domIdOf(pointer)} tabIndex={-1} aria-labelledby={headingId}>
      <header className="app-scenario-header">
        <div>
          <h3 id={headingId} className="app-scenario-title">
            {s.scenarioHeading(index, name)}
          </h3>
          <div className="app-scenario-meta">
            {code ? (
              <Tag className="app-scenario-tag">{s.scenarioCode(code, option?.stage ?? '')}</Tag>
            ) : (
              <Tag className="app-scenario-tag is-custom">{s.customScenario}</Tag>
            )}
            {section.maxChars !== undefined && (
              <span className={isOver ? 'app-counter is-over' : 'app-counter'}>
                {s.scenarioTotal(total, section.maxChars)}
                {isOver && <span className="app-counter-over">{s.overLimit(total - section.maxChars)}</span>}
              </span>
            )}
          </div>
        </div>
        {!isReadOnly && (
          <RowActions
            index={index}
            count={count}
            name={s.scenarioHeading(index, name)}
            removeLabel={s.removeScenario}
            confirmRemove={s.confirmRemoveScenario(name || s.scenarioHeading(index, ''))}
            onMove={(offset) => onMove(index, offset)}
            onRemove={() => onRemove(index)}
          />
        )}
      </header>
      {problems.map((problem) => (
        <div key={problem} className="app-field-problem app-block-problem">
          {problem}
        </div>
      ))}
      {code === null && !isReadOnly && (
        <div className={nameProblems.length > 0 ? 'app-field has-problem' : 'app-field'}>
          <label htmlFor={nameId} className="app-field-label">
            {s.scenarioName}
            <span className="app-field-required" aria-hidden="true">
              *
            </span>
          </label>
          <Input
            id={nameId}
            value={name}
            maxLength={100}
            status={nameProblems.length > 0 ? 'error' : undefined}
            onChange={(event) => setValue(`${pointer}/name`, event.target.value)}
          />
          {nameProblems.map((problem) => (
            <div key={problem} className="app-field-problem">
              {shortProblem(problem)}
            </div>
          ))}
        </div>
      )}
      {section.sections.map((sub) => (
        <section key={sub.key} className="app-subsection" aria-labelledby={`${domIdOf(`${pointer}/${sub.key}`)}-title`}>
          <h4 id={`${domIdOf(`${pointer}/${sub.key}`)}-title`} className="app-subsection-title">
            {sub.title}
          </h4>
          {sub.help && <p className="app-section-help">{sub.help}</p>}
          {sub.kind === 'fields' ? (
            <FieldsBlock fields={sub.fields} pointer={`${pointer}/${sub.key}`} value={entry[sub.key]} />
          ) : (
            <TableSection section={sub} pointer={`${pointer}/${sub.key}`} value={entry[sub.key]} />
          )}
        </section>
      ))}
    </article>
  );
});
