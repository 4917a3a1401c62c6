import { Tag } from 'antd';
import { formatDateTime } from '../../../lib/format.js';
import type { EnterpriseProfile } from '../enterprises.api.js';
import { enterprisesStrings } from '../enterprises.strings.js';

/** 已核验 (with the date) / 待核验 (licence uploaded) / 未上传营业执照. */
export function VerificationTag({ profile }: { profile: Pick<EnterpriseProfile, 'verifiedAt' | 'hasLicence'> }) {
  if (profile.verifiedAt) {
    return (
      <Tag className="verification-tag-verified">
        {enterprisesStrings.verified(formatDateTime(profile.verifiedAt).slice(0, 10))}
      </Tag>
    );
  }
  if (profile.hasLicence) return <Tag className="verification-tag-pending">{enterprisesStrings.pending}</Tag>;
  return <Tag>{enterprisesStrings.noLicence}</Tag>;
}
