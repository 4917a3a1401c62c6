import '../accounts.css';
import { Alert, Typography } from 'antd';
import { useLocation } from 'react-router';
import { enterpriseSizeSchema } from '../../../../shared/accounts/accounts.schemas.js';
import { enterpriseSizeLabels } from '../../../../shared/organizations/enterprise-size.rules.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { useMe } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { ApiTokensSection } from '../components/api-tokens-section.js';
import { ChangePasswordSection } from '../components/change-password-section.js';
import { ProfileSection } from '../components/profile-section.js';
import { SessionsSection } from '../components/sessions-section.js';

/** The registration page navigates here with the new enterprise's name and size. */
function readRegistration(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const { registeredEnterprise, size } = state as { registeredEnterprise?: unknown; size?: unknown };
  if (typeof registeredEnterprise !== 'string') return null;
  const parsedSize = enterpriseSizeSchema.safeParse(size);
  const sizeLabel = parsedSize.success ? `（${enterpriseSizeLabels[parsedSize.data]}）` : '';
  return accountsStrings.registeredMessage(`${registeredEnterprise}${sizeLabel}`);
}

/** 我的账号: profile, password, sessions and API tokens. Rendered inside RequireSignIn. */
export function AccountPage() {
  const meQuery = useMe();
  const location = useLocation();
  const registration = readRegistration(location.state);
  const me = meQuery.data;

  return (
    <div className="page-container accounts-page">
      <PageTitle title={accountsStrings.accountTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {accountsStrings.accountTitle}
        </Typography.Title>
      </header>
      {registration && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="accounts-banner"
          title={accountsStrings.registeredTitle}
          description={registration}
        />
      )}
      {me ? (
        <div className="account-sections">
          <ProfileSection me={me} />
          <ChangePasswordSection username={me.user.username} />
          <SessionsSection />
          <ApiTokensSection />
        </div>
      ) : (
        <LoadingBlock label={accountsStrings.accountTitle} />
      )}
    </div>
  );
}
