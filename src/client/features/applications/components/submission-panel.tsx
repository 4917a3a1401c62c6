import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/http.js';
import {
  type ApplicationView,
  applicationsKeys,
  exportPath,
  type Problem,
  useSubmitApplication,
} from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { groupDomIdOf, submissionGroup } from './problem-paths.js';
import { StampedStep } from './stamped-step.js';

/** Starts a download of a same-origin URL without leaving the page. */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Step 1, 导出申报书: the official form as DOCX or PDF, printed with the fingerprint shown here. */
function ExportStep({
  application,
  isSaved,
  onSave,
}: {
  application: ApplicationView;
  isSaved: boolean;
  onSave: () => Promise<boolean>;
}) {
  const [isSaving, setIsSaving] = useState(false);
  // The export prints what the server holds: unsaved edits are saved first.
  const exportAs = (format: 'docx' | 'pdf') => async (event: React.MouseEvent) => {
    if (isSaved) return;
    event.preventDefault();
    setIsSaving(true);
    const isDone = await onSave();
    setIsSaving(false);
    if (isDone) download(exportPath(application.id, format));
  };
  return (
    <div className="app-step-body">
      <p className="app-step-hint">{s.stepExportHint}</p>
      <div className="app-fingerprint">
        <span className="app-fingerprint-label">{s.fingerprint}</span>
        <code className="app-fingerprint-value" data-testid="fingerprint">
          {application.fingerprint}
        </code>
      </div>
      <Space wrap>
        <Button href={exportPath(application.id, 'docx')} download onClick={exportAs('docx')} loading={isSaving}>
          {s.exportDocx}
        </Button>
        <Button href={exportPath(application.id, 'pdf')} download onClick={exportAs('pdf')} loading={isSaving}>
          {s.exportPdf}
        </Button>
      </Space>
      {isSaving && <p className="app-step-reason">{s.savingBeforeExport}</p>}
    </div>
  );
}

/** Step 3, 提交申报: refused with the reason while anything is missing; confirmed in a dialog. */
function SubmitStep({
  application,
  problems,
  isSaved,
}: {
  application: ApplicationView;
  problems: Problem[];
  isSaved: boolean;
}) {
  const queryClient = useQueryClient();
  const submit = useSubmitApplication(application.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const blockedBy = !application.can.submit
    ? s.submitBlockedDeadline
    : problems.length > 0
      ? s.submitBlockedProblems(problems.length)
      : !isSaved
        ? s.submitBlockedSaving
        : null;

  const confirm = () =>
    submit.mutate(undefined, {
      onSuccess: () => setIsConfirming(false),
      onError: (error) => {
        setIsConfirming(false);
        if (error instanceof ApiError && error.code === 'VALIDATION_FAILED')
          queryClient.setQueryData(applicationsKeys.validation(application.id), {
            valid: false,
            problems: error.details,
          });
        setFailure(error instanceof ApiError ? error.message : s.submitFailed);
      },
    });

  return (
    <div className="app-step-body">
      {blockedBy ? <p className="app-step-reason">{blockedBy}</p> : <p className="app-step-ready">{s.submitReady}</p>}
      <Button type="primary" size="large" disabled={blockedBy !== null} onClick={() => setIsConfirming(true)}>
        {s.submit}
      </Button>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={s.submitFailed}
          description={failure}
          className="app-inline-alert"
        />
      )}
      <Modal
        open={isConfirming}
        title={s.confirmSubmitTitle}
        okText={s.submit}
        cancelText={s.cancel}
        confirmLoading={submit.isPending}
        onOk={confirm}
        onCancel={() => setIsConfirming(false)}
      >
        <p>{s.confirmSubmitBody}</p>
      </Modal>
    </div>
  );
}

/** 导出与提交: export with the fingerprint, upload the stamped scan against it, then submit. */
export function SubmissionPanel({
  application,
  problems,
  isSaved,
  onSave,
}: {
  application: ApplicationView;
  problems: Problem[];
  isSaved: boolean;
  onSave: () => Promise<boolean>;
}) {
  const id = groupDomIdOf(submissionGroup);
  const steps = [
    { title: s.stepExport, body: <ExportStep application={application} isSaved={isSaved} onSave={onSave} /> },
    { title: s.stepStamped, body: <StampedStep application={application} isSaved={isSaved} /> },
    ...(application.can.edit
      ? [{ title: s.stepSubmit, body: <SubmitStep application={application} problems={problems} isSaved={isSaved} /> }]
      : []),
  ];
  return (
    <section id={id} tabIndex={-1} className="content-panel app-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-heading app-section-title">
        {s.submissionTitle}
      </h2>
      <ol className="app-steps">
        {steps.map((step, index) => (
          <li key={step.title} className="app-step">
            <h3 className="app-step-title">
              <span className="app-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {step.title}
            </h3>
            {step.body}
          </li>
        ))}
      </ol>
    </section>
  );
}
