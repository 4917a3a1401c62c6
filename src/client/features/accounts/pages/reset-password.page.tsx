import '../accounts.css';
import { Alert, Button, Form, Result, Typography } from 'antd';
import { useParams } from 'react-router';
import { ButtonLink } from '../../../components/button-link.js';
import { PageTitle } from '../../../components/page-title.js';
import { applyServerErrors } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { useResetPassword } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { NewPasswordFields } from '../components/new-password-fields.js';

type ResetValues = { password: string; confirmPassword: string };

/** /reset-password/:token: sets a new password with the one-time link an administrator issued. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const resetPassword = useResetPassword();
  const [form] = Form.useForm<ResetValues>();
  const error = resetPassword.error;
  const isDeadLink = error instanceof ApiError && (error.status === 410 || error.status === 404);
  // WEAK_PASSWORD shows on the password field; anything else above the form.
  const isFieldError = error instanceof ApiError && error.code === 'WEAK_PASSWORD';

  if (resetPassword.isSuccess) {
    return (
      <div className="page-container accounts-page accounts-narrow">
        <PageTitle title={accountsStrings.resetDoneTitle} />
        <Result
          status="success"
          title={<h1 className="result-heading">{accountsStrings.resetDoneTitle}</h1>}
          subTitle={accountsStrings.resetDoneMessage}
          extra={
            <ButtonLink type="primary" to="/login">
              {accountsStrings.goToLogin}
            </ButtonLink>
          }
        />
      </div>
    );
  }

  return (
    <div className="page-container accounts-page accounts-narrow">
      <PageTitle title={accountsStrings.resetTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {accountsStrings.resetTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{accountsStrings.resetIntro}</Typography.Paragraph>
      </header>
      <div className="content-panel">
        {error && !isFieldError && (
          <Alert
            type="error"
            showIcon
            className="accounts-banner"
            title={isDeadLink ? accountsStrings.resetExpiredTitle : accountsStrings.operationFailed}
            description={
              error instanceof ApiError && error.status !== 404 ? error.message : accountsStrings.resetInvalidMessage
            }
          />
        )}
        <Form<ResetValues>
          form={form}
          layout="vertical"
          className="accounts-form"
          onFinish={({ password }) =>
            resetPassword.mutate(
              { token, password },
              { onError: (failure) => applyServerErrors(form, failure, { WEAK_PASSWORD: ['password'] }) },
            )
          }
        >
          <NewPasswordFields
            passwordLabel={accountsStrings.newPassword}
            confirmLabel={accountsStrings.confirmNewPassword}
          />
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={resetPassword.isPending}
            disabled={isDeadLink}
          >
            {accountsStrings.resetButton}
          </Button>
        </Form>
      </div>
    </div>
  );
}
