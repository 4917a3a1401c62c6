import { Alert } from 'antd';
import { useMemo } from 'react';
import { shownSections } from '../../../../shared/applications/form-walk.js';
import type { ApplicationView as Application, CallForm } from '../../applications/applications.api.js';
import { applicationsStrings } from '../../applications/applications.strings.js';
import { AttachmentsPanel } from '../../applications/components/attachments-panel.js';
import { EditorContext, type EditorContextValue } from '../../applications/components/editor-context.js';
import { type FieldAside, FieldAsideContext } from '../../applications/components/field-frame.js';
import { FormSection } from '../../applications/components/form-section.js';

const ignoreEdits = () => undefined;
const noProblems = new Map<string, string>();

/**
 * The submitted application as the editor shows it read-only (the same sections, tables, scenarios, figures and
 * attachments), with `aside` under every field for the reviewer's comments.
 */
export function ApplicationView({
  application,
  callForm,
  aside,
}: {
  application: Application;
  callForm: CallForm;
  aside: FieldAside;
}) {
  const { form: variant, scenarios } = callForm;
  // Sections the applicant's choice hides (another Hubei mode, another Wuxi type) are not part of what was submitted.
  const sections = shownSections(variant, application.data as Parameters<typeof shownSections>[1]);
  const context = useMemo<EditorContextValue>(
    () => ({ applicationId: application.id, isReadOnly: true, setValue: ignoreEdits, scenarioOptions: scenarios }),
    [application.id, scenarios],
  );
  return (
    <EditorContext.Provider value={context}>
      <FieldAsideContext.Provider value={aside}>
        <div className="review-application">
          {sections.length === 0 && <Alert type="info" title={applicationsStrings.formEmpty} />}
          {sections.map((section) => (
            <FormSection key={section.key} section={section} value={application.data[section.key]} />
          ))}
          {variant.attachments.length > 0 && (
            <AttachmentsPanel
              applicationId={application.id}
              definitions={variant.attachments}
              attachments={application.attachments}
              problems={noProblems}
              isEditable={false}
            />
          )}
        </div>
      </FieldAsideContext.Provider>
    </EditorContext.Provider>
  );
}
