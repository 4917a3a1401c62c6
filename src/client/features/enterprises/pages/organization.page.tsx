import '../enterprises.css';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { useMe } from '../../accounts/accounts.api.js';
import { EnterpriseDescriptions } from '../components/enterprise-descriptions.js';
import { EnterpriseEditForm } from '../components/enterprise-edit-form.js';
import { LicenceSection } from '../components/licence-section.js';
import { useEnterprise } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';

/** 本单位: the enterprise user's own profile, its editing and the 营业执照. Rendered inside RequireSignIn. */
export function OrganizationPage() {
  const me = useMe().data;
  const enterpriseId = me?.organization?.type === 'enterprise' ? me.organization.id : undefined;
  const profileQuery = useEnterprise(enterpriseId);
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const profile = profileQuery.data;

  let body: React.ReactNode;
  if (!enterpriseId) body = <Alert type="info" showIcon title={s.noEnterprise} />;
  else if (profileQuery.isError)
    body = (
      <QueryError
        title={s.loadFailed}
        error={profileQuery.error}
        retryLabel={s.retry}
        onRetry={() => void profileQuery.refetch()}
      />
    );
  else if (!profile) body = <LoadingBlock label={s.profileSection} />;
  else
    body = (
      <div className="enterprise-sections">
        <section aria-labelledby="enterprise-profile-heading" className="content-panel enterprise-section">
          <div className="enterprise-section-header">
            <Typography.Title level={2} id="enterprise-profile-heading" className="section-heading">
              {s.profileSection}
            </Typography.Title>
            {profile.can.edit && !isEditing && (
              <Button
                onClick={() => {
                  setIsSaved(false);
                  setIsEditing(true);
                }}
              >
                {s.edit}
              </Button>
            )}
          </div>
          {isSaved && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={s.saved}
              className="enterprise-banner"
              closable={{ onClose: () => setIsSaved(false) }}
            />
          )}
          {isEditing ? (
            <EnterpriseEditForm
              profile={profile}
              onDone={(saved) => {
                setIsEditing(false);
                setIsSaved(saved !== null);
              }}
            />
          ) : (
            <EnterpriseDescriptions profile={profile} />
          )}
        </section>
        <LicenceSection profile={profile} />
      </div>
    );

  return (
    <div className="page-container enterprise-page">
      <PageTitle title={s.organizationTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {s.organizationTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{s.organizationIntro}</Typography.Paragraph>
      </header>
      {body}
    </div>
  );
}
