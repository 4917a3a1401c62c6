import { Alert, Button, Checkbox, Input, Upload } from 'antd';
import { useEffect, useId, useState } from 'react';
import { uploadFailureMessage } from '../../../lib/upload-errors.js';
import { type ApplicationView, stampedPath, useUploadStamped } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { stampedDomId } from './problem-paths.js';

/** The stamped scan (盖章扫描件): a PDF up to 50 MB (applications.files.ts). */
const stampedMaxBytes = 50 * 1024 * 1024;

/** Where the uploaded scan stands against the current content. */
function StampedState({ application }: { application: ApplicationView }) {
  const stamped = application.stamped;
  if (!stamped) return <Alert type="info" showIcon title={s.stampedMissing} className="app-inline-alert" />;
  const isCurrent = stamped.fingerprint === application.fingerprint;
  return (
    <Alert
      type={isCurrent ? 'success' : 'warning'}
      showIcon
      className="app-inline-alert"
      title={
        isCurrent ? s.stampedCurrent(stamped.fingerprint) : s.stampedStale(stamped.fingerprint, application.fingerprint)
      }
      action={
        <a href={stampedPath(application.id)} download>
          {s.downloadStamped}
        </a>
      }
    />
  );
}

/**
 * Step 2, 上传盖章扫描件: the user types (or confirms) the fingerprint printed on the scan, which the server checks
 * against the current content, so a scan of an older export is refused.
 */
export function StampedStep({ application, isSaved }: { application: ApplicationView; isSaved: boolean }) {
  const upload = useUploadStamped(application.id);
  const [fingerprint, setFingerprint] = useState(application.fingerprint);
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const inputId = useId();
  const isEditable = application.can.edit;

  // A new save gives a new fingerprint: offer it, and ask for the confirmation again.
  useEffect(() => {
    setFingerprint(application.fingerprint);
    setIsConfirmed(false);
  }, [application.fingerprint]);

  const canUpload = isEditable && isSaved && isConfirmed && fingerprint.trim() !== '';
  return (
    <div id={stampedDomId} tabIndex={-1} className="app-step-body">
      <StampedState application={application} />
      {isEditable && (
        <>
          <p className="app-step-hint">{s.stepStampedHint}</p>
          <label htmlFor={inputId} className="app-field-label">
            {s.stampedFingerprint}
          </label>
          <Input
            id={inputId}
            className="app-fingerprint-input"
            value={fingerprint}
            maxLength={19}
            onChange={(event) => setFingerprint(event.target.value.toUpperCase())}
          />
          <Checkbox
            className="app-confirm-check"
            checked={isConfirmed}
            onChange={(event) => setIsConfirmed(event.target.checked)}
          >
            {s.confirmFingerprint}
          </Checkbox>
          <Upload
            accept=".pdf,application/pdf"
            showUploadList={false}
            disabled={!canUpload}
            beforeUpload={(file) => {
              if (file.size > stampedMaxBytes) {
                setFailure(s.stampedTooLarge);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              setFailure(null);
              upload.mutate(
                { file: file as File, fingerprint: fingerprint.trim() },
                {
                  // The state above shows the new scan against the current content.
                  onSuccess: (answer) => onSuccess?.(answer),
                  onError: (error) => {
                    setFailure(
                      uploadFailureMessage(error, {
                        unsupported: s.stampedNotPdf,
                        tooLarge: s.stampedTooLarge,
                        fallback: s.uploadFailed,
                      }),
                    );
                    onError?.(error);
                  },
                },
              );
            }}
          >
            <Button type="primary" disabled={!canUpload} loading={upload.isPending}>
              {application.stamped ? s.reuploadStamped : s.uploadStamped}
            </Button>
          </Upload>
          {!isSaved && <p className="app-step-reason">{s.submitBlockedSaving}</p>}
        </>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure}
          className="app-inline-alert"
          closable={{ onClose: () => setFailure(null) }}
        />
      )}
    </div>
  );
}
