import '../accounts.css';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title.js';
import { ApiError } from '../../../lib/http.js';
import { safeNextPath } from '../accounts.access.js';
import { type LoginBody, useMe, useSignIn } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';

function describeFailure(error: unknown): { title: string; message: string } {
  if (!(error instanceof ApiError)) return { title: accountsStrings.loginFailedTitle, message: '登录失败，请稍后重试' };
  const wait = error.retryAfterSeconds ? accountsStrings.retryAfter(error.retryAfterSeconds) : '';
  if (error.code === 'ACCOUNT_LOCKED') return { title: accountsStrings.accountLockedTitle, message: error.message };
  if (error.code === 'TOO_MANY_ATTEMPTS')
    return { title: accountsStrings.tooManyAttemptsTitle, message: `${error.message}${wait ? `，${wait}` : ''}` };
  return { title: accountsStrings.loginFailedTitle, message: error.message };
}

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const nextPath = safeNextPath(searchParams.get('next'));
  const meQuery = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const helpId = useId();

  // Already signed in (e.g. the back button after signing in): go on to where the link pointed.
  if (meQuery.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={nextPath} replace />;

  const failure = signIn.isError ? describeFailure(signIn.error) : null;
  const handleFinish = (values: LoginBody) => {
    signIn.mutate(values, { onSuccess: () => void navigate(nextPath, { replace: true }) });
  };

  return (
    <div className="page-container accounts-page accounts-narrow">
      <PageTitle title={accountsStrings.loginTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {accountsStrings.loginTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{accountsStrings.loginIntro}</Typography.Paragraph>
      </header>
      <div className="content-panel">
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="accounts-banner"
            title={failure.title}
            description={failure.message}
          />
        )}
        <Form<LoginBody> layout="vertical" requiredMark={false} onFinish={handleFinish} className="accounts-form">
          <Form.Item
            name="username"
            label={accountsStrings.username}
            rules={[{ required: true, whitespace: true, message: accountsStrings.usernameRequired }]}
          >
            <Input autoComplete="username" maxLength={64} size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={accountsStrings.password}
            rules={[{ required: true, message: accountsStrings.passwordRequired }]}
          >
            <Input.Password autoComplete="current-password" maxLength={200} size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending}>
            {accountsStrings.loginButton}
          </Button>
        </Form>
        <div className="login-links">
          <Button
            type="link"
            className="login-help-toggle"
            aria-expanded={isHelpOpen}
            aria-controls={helpId}
            onClick={() => setIsHelpOpen((open) => !open)}
          >
            {accountsStrings.forgotPassword}
          </Button>
          <span>
            {accountsStrings.noAccount}
            <Link to="/register">{accountsStrings.registerEnterpriseLink}</Link>
          </span>
        </div>
        <div id={helpId} hidden={!isHelpOpen}>
          <Alert
            type="info"
            showIcon
            title={accountsStrings.forgotPasswordTitle}
            description={accountsStrings.forgotPasswordHelp}
          />
        </div>
      </div>
    </div>
  );
}
