import { Descriptions, Typography } from 'antd';
import { roleLabels } from '../../../../shared/accounts/accounts.schemas.js';
import type { Me } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';

export function ProfileSection({ me }: { me: Me }) {
  return (
    <section aria-labelledby="account-profile-heading" className="content-panel account-section">
      <Typography.Title level={2} id="account-profile-heading" className="section-heading">
        {accountsStrings.profileSection}
      </Typography.Title>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        size="small"
        items={[
          { key: 'username', label: accountsStrings.username, children: me.user.username },
          { key: 'displayName', label: accountsStrings.displayName, children: me.user.displayName },
          { key: 'role', label: accountsStrings.role, children: roleLabels[me.user.role] },
          {
            key: 'organization',
            label: accountsStrings.organization,
            children: me.organization?.name ?? accountsStrings.noOrganization,
          },
          {
            key: 'organizationAdmin',
            label: accountsStrings.organizationAdmin,
            children: me.user.isOrganizationAdmin ? accountsStrings.yes : accountsStrings.no,
          },
        ]}
      />
    </section>
  );
}
