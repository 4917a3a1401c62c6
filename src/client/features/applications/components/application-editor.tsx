import { Alert, Button, message } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applicationStateLabels, isEditable } from '../../../../shared/applications/application-state.js';
import { shownSections } from '../../../../shared/applications/form-walk.js';
import type { Call } from '../../../../shared/calls/calls.schemas.js';
import { formatDateTime } from '../../../lib/format.js';
import { type ApplicationView, type CallForm, useValidation } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { AttachmentsPanel } from './attachments-panel.js';
import { EditorContext, type EditorContextValue, ProblemsContext, WarningsContext } from './editor-context.js';
import { EditorHeader } from './editor-header.js';
import { FormSection } from './form-section.js';
import { HistoryDrawer } from './history-drawer.js';
import { MergeDialog } from './merge-dialog.js';
import { attachmentsGroup, countByGroup, submissionGroup } from './problem-paths.js';
import { type NavGroup, ProblemsPanel } from './problems-panel.js';
import { SectionNav } from './section-nav.js';
import { SubmissionPanel } from './submission-panel.js';
import { type Notify, useDraftEditor } from './use-draft-editor.js';
import { useEditorProblems } from './use-editor-problems.js';
import { useRestoreVersion } from './use-restore-version.js';
import { WithdrawButton } from './withdraw-button.js';

function readOnlyNotice(application: ApplicationView): string {
  if (application.status === 'submitted' && application.submittedAt)
    return s.submittedNotice(formatDateTime(application.submittedAt));
  if (isEditable(application.status)) return s.readOnlyNotice;
  return s.lockedNotice(applicationStateLabels[application.status]);
}

/**
 * 申报书填写: the form with autosave and merge, attachments, export, stamped scan and submission; read-only when
 * the application may not be edited (submitted, or viewed by an office).
 */
export function ApplicationEditor({
  application,
  callForm,
  call,
  savedByName,
}: {
  application: ApplicationView;
  callForm: CallForm;
  call: Pick<Call, 'year' | 'opensAt'>;
  savedByName: string;
}) {
  const { form: variant, scenarios } = callForm;
  const [messageApi, messageHolder] = message.useMessage();
  const notify = useCallback<Notify>(
    (type, text) => void messageApi.open({ type, content: text, duration: 6 }),
    [messageApi],
  );
  const canEdit = application.can.edit;
  const editor = useDraftEditor({ initial: application, canEdit, savedByName, notify });
  const validation = useValidation(application.id);
  const { problems, byPointer, warningsByPointer } = useEditorProblems({
    variant,
    call,
    scenarios,
    data: editor.data,
    isSynced: editor.status.kind === 'saved',
    serverContentProblems: editor.serverProblems,
    validationProblems: validation.data?.problems,
  });
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const { restore, isRestoring } = useRestoreVersion({
    applicationId: application.id,
    editor,
    notify,
    onRestored: () => setIsHistoryOpen(false),
  });

  // Withdrawn (or returned) after being locked: the editor starts again from the server's content, with any edits
  // the device kept while it was locked.
  const couldEdit = useRef(canEdit);
  useEffect(() => {
    if (canEdit && !couldEdit.current) editor.replaceFromServer(application, { isRestore: false });
    couldEdit.current = canEdit;
  }, [canEdit, application, editor.replaceFromServer]);

  const context = useMemo<EditorContextValue>(
    () => ({
      applicationId: application.id,
      isReadOnly: !canEdit,
      setValue: editor.setValue,
      scenarioOptions: scenarios,
    }),
    [application.id, canEdit, editor.setValue, scenarios],
  );
  const data = canEdit ? editor.data : application.data;
  // Only the chosen mode's (申报类型's) sections are shown; what was typed in another stays saved, unprinted.
  const sections = useMemo(() => shownSections(variant, data), [variant, data]);
  const groups = useMemo<NavGroup[]>(
    () => [
      ...sections.map((section) => ({ key: section.key, title: section.title })),
      ...(variant.attachments.length > 0 ? [{ key: attachmentsGroup, title: s.attachmentsTitle }] : []),
      { key: submissionGroup, title: s.submissionTitle },
    ],
    [sections, variant.attachments.length],
  );
  const attachmentProblems = new Map(
    problems
      .filter((problem) => problem.path.startsWith('/attachments/'))
      .map((problem) => [problem.path.slice('/attachments/'.length), problem.message]),
  );
  const isSaved = editor.status.kind === 'saved';

  return (
    <div className="app-editor">
      {messageHolder}
      <EditorHeader
        application={application}
        status={editor.status}
        isEditable={canEdit}
        onSaveNow={() => void editor.save()}
        actions={
          <>
            <Button onClick={() => setIsHistoryOpen(true)}>{s.history}</Button>
            {application.can.withdraw && (
              <WithdrawButton applicationId={application.id} onWithdrawn={() => notify('success', s.withdrawn)} />
            )}
          </>
        }
      />
      {!canEdit && <Alert type="info" showIcon title={readOnlyNotice(application)} className="app-editor-notice" />}
      <div className={canEdit ? 'app-editor-layout' : 'app-editor-layout is-read-only'}>
        <SectionNav groups={groups} counts={countByGroup(problems)} />
        <div className="app-editor-main">
          <EditorContext.Provider value={context}>
            <ProblemsContext.Provider value={byPointer}>
              <WarningsContext.Provider value={warningsByPointer}>
                {variant.sections.length === 0 && <Alert type="info" title={s.formEmpty} />}
                {sections.map((section) => (
                  <FormSection key={section.key} section={section} value={data[section.key]} />
                ))}
                {variant.attachments.length > 0 && (
                  <AttachmentsPanel
                    applicationId={application.id}
                    definitions={variant.attachments}
                    attachments={application.attachments}
                    problems={attachmentProblems}
                    isEditable={canEdit}
                  />
                )}
              </WarningsContext.Provider>
            </ProblemsContext.Provider>
          </EditorContext.Provider>
          <SubmissionPanel application={application} problems={problems} isSaved={isSaved} onSave={editor.save} />
        </div>
        {canEdit && <ProblemsPanel problems={problems} groups={groups} />}
      </div>
      {editor.pendingMerge && (
        <MergeDialog
          key={editor.pendingMerge.server.version}
          merge={editor.pendingMerge}
          variant={variant}
          data={editor.data}
          myName={savedByName}
          onResolve={editor.resolveMerge}
        />
      )}
      {isHistoryOpen && (
        <HistoryDrawer
          applicationId={application.id}
          variant={variant}
          currentData={data}
          currentVersion={application.version}
          isEditable={canEdit}
          isRestoring={isRestoring}
          onRestore={(version) => void restore(version)}
          onClose={() => setIsHistoryOpen(false)}
        />
      )}
    </div>
  );
}
