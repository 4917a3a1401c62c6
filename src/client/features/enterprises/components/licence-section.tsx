import { Alert, Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/http.js';
import { type EnterpriseProfile, licencePath, useUploadLicence } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';
import { VerificationTag } from './verification-tag.js';

const maxBytes = 10 * 1024 * 1024;

function uploadMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 415 || error.code === 'UNSUPPORTED_MEDIA_TYPE') return s.unsupportedType;
    if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') return s.tooLarge;
    return error.message;
  }
  return s.uploadFailed;
}

/** 营业执照: status, download, and upload (through the http helper, so the CSRF token is sent). */
export function LicenceSection({ profile }: { profile: EnterpriseProfile }) {
  const upload = useUploadLicence(profile.id);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  return (
    <section aria-labelledby="enterprise-licence-heading" className="content-panel enterprise-section">
      <Typography.Title level={2} id="enterprise-licence-heading" className="section-heading">
        {s.licenceSection}
      </Typography.Title>
      <p className="enterprise-licence-status">
        {s.verification}：<VerificationTag profile={profile} />
      </p>
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          role={result.ok ? 'status' : 'alert'}
          title={result.message}
          className="enterprise-banner"
          closable={{ onClose: () => setResult(null) }}
        />
      )}
      <p className="enterprise-hint">{s.licenceHint}</p>
      <div className="enterprise-licence-actions">
        {profile.can.edit && (
          <Upload
            accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > maxBytes) {
                setResult({ ok: false, message: s.tooLarge });
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={({ file, onSuccess, onError }) => {
              setResult(null);
              upload.mutate(file as File, {
                onSuccess: (answer) => {
                  setResult({ ok: true, message: s.uploaded });
                  onSuccess?.(answer);
                },
                onError: (error) => {
                  setResult({ ok: false, message: uploadMessage(error) });
                  onError?.(error);
                },
              });
            }}
          >
            <Button type="primary" loading={upload.isPending}>
              {profile.hasLicence ? s.reupload : s.upload}
            </Button>
          </Upload>
        )}
        {profile.hasLicence && <a href={licencePath(profile.id)}>{s.download}</a>}
      </div>
    </section>
  );
}
