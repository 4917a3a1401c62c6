import { Alert } from 'antd';
import { useSearchParams } from 'react-router';
import type { ApplicationView } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';

/**
 * 扫码核验: the QR code on an exported 申报书 opens this page with `?fp=` (the fingerprint printed beside it), so
 * whoever holds the paper or the stamped scan sees at once whether it is the application's current version.
 */
export function FingerprintCheck({ application }: { application: Pick<ApplicationView, 'fingerprint' | 'stamped'> }) {
  const [params] = useSearchParams();
  const scanned = params.get('fp')?.trim();
  if (!scanned) return null;
  if (scanned === application.fingerprint) {
    const stamped = application.stamped?.fingerprint === scanned;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        className="app-fingerprint-check"
        title={s.fingerprintMatches(scanned)}
        description={stamped ? s.fingerprintStamped : undefined}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="app-fingerprint-check"
      title={s.fingerprintDiffers(scanned, application.fingerprint)}
      description={s.fingerprintDiffersHint}
    />
  );
}
