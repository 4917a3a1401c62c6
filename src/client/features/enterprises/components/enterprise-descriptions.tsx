import { Descriptions } from 'antd';
import { enterpriseSizeLabels } from '../../../../shared/organizations/enterprise-size.rules.js';
import type { EnterpriseProfile } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';
import { VerificationTag } from './verification-tag.js';

const orNotFilled = (value: string | null) => value || s.notFilled;

/** The enterprise's registered facts, read-only. */
export function EnterpriseDescriptions({ profile, columns = 2 }: { profile: EnterpriseProfile; columns?: number }) {
  return (
    <Descriptions
      column={{ xs: 1, sm: 1, md: columns }}
      bordered
      size="small"
      items={[
        { key: 'uscc', label: s.uscc, children: profile.uscc },
        { key: 'name', label: s.name, children: profile.name },
        { key: 'regionCode', label: s.regionCode, children: profile.regionCode },
        { key: 'industryCode', label: s.industryCode, children: profile.industryCode },
        { key: 'employees', label: s.employees, children: profile.employees.toLocaleString('zh-CN') },
        { key: 'revenue', label: s.revenue, children: profile.revenue.toLocaleString('zh-CN') },
        { key: 'size', label: s.size, children: enterpriseSizeLabels[profile.size] },
        { key: 'ownershipType', label: s.ownershipType, children: orNotFilled(profile.ownershipType) },
        { key: 'address', label: s.address, children: orNotFilled(profile.address) },
        {
          key: 'legalRepresentative',
          label: s.legalRepresentative,
          children: orNotFilled(profile.legalRepresentative),
        },
        { key: 'contactName', label: s.contactName, children: orNotFilled(profile.contactName) },
        { key: 'contactPhone', label: s.contactPhone, children: orNotFilled(profile.contactPhone) },
        { key: 'verification', label: s.verification, children: <VerificationTag profile={profile} /> },
      ]}
    />
  );
}
