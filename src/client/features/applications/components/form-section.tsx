import { memo } from 'react';
import type { SectionDefinition } from '../../../../shared/calls/template.schemas.js';
import { sectionDomIdOf } from './editor-context.js';
import { FieldsBlock } from './fields-block.js';
import { ScenariosSection } from './scenarios-section.js';
import { TableSection } from './table-section.js';

/** One printed section of the form, re-rendered only when its own content changes. */
export const FormSection = memo(function FormSection({
  section,
  value,
}: {
  section: SectionDefinition;
  value: unknown;
}) {
  const id = sectionDomIdOf(section.key);
  const pointer = `/${section.key}`;
  return (
    <section id={id} tabIndex={-1} className="content-panel app-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-heading app-section-title">
        {section.title}
      </h2>
      {section.help && <p className="app-section-help">{section.help}</p>}
      {section.kind === 'fields' && <FieldsBlock fields={section.fields} pointer={pointer} value={value} />}
      {section.kind === 'table' && <TableSection section={section} pointer={pointer} value={value} />}
      {section.kind === 'scenarios' && <ScenariosSection section={section} value={value} />}
    </section>
  );
});
