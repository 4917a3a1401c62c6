import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { applyServerErrors } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { type ChangePasswordBody, useChangePassword } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { NewPasswordFields } from './new-password-fields.js';

type ChangePasswordValues = ChangePasswordBody & { confirmPassword: string };

const fieldOfCode = { WEAK_PASSWORD: ['newPassword'], WRONG_PASSWORD: ['currentPassword'] };

export function ChangePasswordSection({ username }: { username: string }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();
  const [failure, setFailure] = useState<string | null>(null);

  const handleFinish = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setFailure(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!applyServerErrors(form, error, fieldOfCode)) {
            setFailure(error instanceof ApiError ? error.message : accountsStrings.operationFailed);
          }
        },
      },
    );
  };

  return (
    <section aria-labelledby="account-password-heading" className="content-panel account-section">
      <Typography.Title level={2} id="account-password-heading" className="section-heading">
        {accountsStrings.changePasswordSection}
      </Typography.Title>
      {changePassword.isSuccess && (
        <Alert
          type="success"
          showIcon
          role="status"
          className="accounts-banner"
          title={accountsStrings.passwordChanged}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          className="accounts-banner"
          title={accountsStrings.operationFailed}
          description={failure}
        />
      )}
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        className="accounts-form"
        onValuesChange={() => changePassword.isSuccess && changePassword.reset()}
      >
        {/* Lets password managers tie the new password to this account. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={accountsStrings.currentPassword}
          rules={[{ required: true, message: accountsStrings.passwordRequired }]}
        >
          <Input.Password autoComplete="current-password" maxLength={200} />
        </Form.Item>
        <NewPasswordFields
          passwordName="newPassword"
          passwordLabel={accountsStrings.newPassword}
          confirmLabel={accountsStrings.confirmNewPassword}
          username={username}
        />
        <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
          {accountsStrings.changePasswordButton}
        </Button>
      </Form>
    </section>
  );
}
