import '../accounts.css';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  acceptInvitationBodySchema,
  roleLabels,
  usernameSchema,
} from '../../../../shared/accounts/accounts.schemas.js';
import { ButtonLink } from '../../../components/button-link.js';
import { LoadingBlock } from '../../../components/loading-block.js';
import { PageTitle } from '../../../components/page-title.js';
import { QueryError } from '../../../components/query-error.js';
import { applyServerErrors, zodRule } from '../../../lib/form-rules.js';
import { formatDateTime } from '../../../lib/format.js';
import { ApiError } from '../../../lib/http.js';
import { type AcceptInvitationBody, useAcceptInvitation, useInvitation } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { NewPasswordFields } from '../components/new-password-fields.js';

type AcceptValues = AcceptInvitationBody & { confirmPassword: string };

const fieldOfCode = { DUPLICATE_USERNAME: ['username'], WEAK_PASSWORD: ['password'] };

/** A dead link: unknown token (404) or expired / already used (410). */
function InvalidInvitation({ error }: { error: ApiError }) {
  const isExpired = error.status === 410;
  const title = isExpired ? accountsStrings.invitationExpiredTitle : accountsStrings.invitationInvalidTitle;
  return (
    <Result
      status="warning"
      title={<h1 className="result-heading">{title}</h1>}
      subTitle={isExpired ? error.message : accountsStrings.invitationInvalidMessage}
      extra={<ButtonLink to="/">{accountsStrings.backHome}</ButtonLink>}
    />
  );
}

/** /invite/:token: shows whom the invitation is for, then creates the account and signs in. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const invitationQuery = useInvitation(token);
  const acceptInvitation = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [form] = Form.useForm<AcceptValues>();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const handleFinish = ({ username, password, displayName }: AcceptValues) => {
    setFailure(null);
    acceptInvitation.mutate(
      { username: username.trim(), password, displayName: displayName.trim() },
      {
        onSuccess: () => void navigate('/account', { replace: true }),
        onError: (error) => {
          if (!applyServerErrors(form, error, fieldOfCode)) {
            setFailure(error instanceof ApiError ? error : null);
          }
        },
      },
    );
  };

  const invitationError = invitationQuery.error;
  const isDeadLink =
    invitationError instanceof ApiError && (invitationError.status === 404 || invitationError.status === 410);

  return (
    <div className="page-container accounts-page accounts-narrow">
      <PageTitle title={accountsStrings.invitationTitle} />
      {isDeadLink ? (
        <InvalidInvitation error={invitationError} />
      ) : (
        <>
          <header className="page-header">
            <Typography.Title level={1} className="page-heading">
              {accountsStrings.invitationTitle}
            </Typography.Title>
          </header>
          <div className="content-panel">
            {invitationQuery.isPending ? (
              <LoadingBlock label={accountsStrings.invitationTitle} rows={4} />
            ) : invitationQuery.isError ? (
              <QueryError
                title={accountsStrings.loadFailed}
                error={invitationQuery.error}
                retryLabel={accountsStrings.retry}
                onRetry={() => void invitationQuery.refetch()}
              />
            ) : (
              <>
                <Typography.Paragraph className="invitation-summary">
                  {accountsStrings.invitationIntro(
                    invitationQuery.data.organizationName,
                    roleLabels[invitationQuery.data.role],
                  )}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">
                  {accountsStrings.invitationExpiresAt(formatDateTime(invitationQuery.data.expiresAt))}
                </Typography.Paragraph>
                {failure && (
                  <Alert
                    type="error"
                    showIcon
                    className="accounts-banner"
                    title={
                      failure.status === 410 ? accountsStrings.invitationExpiredTitle : accountsStrings.operationFailed
                    }
                    description={failure.message}
                  />
                )}
                <Form<AcceptValues> form={form} layout="vertical" onFinish={handleFinish} className="accounts-form">
                  <Form.Item
                    name="displayName"
                    label={accountsStrings.displayName}
                    extra={accountsStrings.displayNameHint}
                    rules={[
                      { required: true, whitespace: true, message: accountsStrings.displayNameRequired },
                      zodRule(acceptInvitationBodySchema.shape.displayName),
                    ]}
                  >
                    <Input maxLength={50} autoComplete="name" />
                  </Form.Item>
                  <Form.Item
                    name="username"
                    label={accountsStrings.username}
                    extra={accountsStrings.usernameHint}
                    rules={[{ required: true, message: accountsStrings.usernameRequired }, zodRule(usernameSchema)]}
                  >
                    <Input maxLength={64} autoComplete="username" />
                  </Form.Item>
                  <NewPasswordFields usernameField="username" />
                  <Button type="primary" htmlType="submit" size="large" block loading={acceptInvitation.isPending}>
                    {accountsStrings.acceptInvitationButton}
                  </Button>
                </Form>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
