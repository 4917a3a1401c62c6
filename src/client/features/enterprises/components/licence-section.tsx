import { Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { uploadFailureMessage } from '../../../lib/upload-errors.js';
import { type EnterpriseProfile, licencePath, useUploadLicence } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';
import { VerificationTag } from './verification-tag.js';

const maxBytes = 10 * 1024 * 1024;

/** 营业执照: status, download, and upload (through the http helper, so the CSRF token is sent). */
export function LicenceSection({ profile }: { profile: EnterpriseProfile }) {
  const upload = useUploadLicence(profile.id);
  const [result, setResult] = useState<ActionResult | null>(null);

  return (
    <section aria-labelledby="enterprise-licence-heading" className="content-panel enterprise-section">
      <Typography.Title level={2} id="enterprise-licence-heading" className="section-heading">
        {s.licenceSection}
      </Typography.Title>
      <p className="enterprise-licence-status">
        {s.verification}：<VerificationTag profile={profile} />
      </p>
      <ResultBanner result={result} className="enterprise-banner" onClose={() => setResult(null)} />
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
                  setResult({
                    ok: false,
                    message: uploadFailureMessage(error, {
                      unsupported: s.unsupportedType,
                      tooLarge: s.tooLarge,
                      fallback: s.uploadFailed,
                    }),
                  });
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
