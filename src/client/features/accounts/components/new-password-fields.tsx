import { Form, type FormRule, Input } from 'antd';
import { checkPasswordPolicy } from '../../../../shared/accounts/accounts.rules.js';
import { accountsStrings } from '../accounts.strings.js';

type NewPasswordFieldsProps = {
  /** Field names; nested forms pass e.g. ['newPassword']. */
  passwordName?: string;
  confirmName?: string;
  passwordLabel?: string;
  confirmLabel?: string;
  /** The form field holding the username (checked live), or a fixed username (my account). */
  usernameField?: string;
  username?: string;
};

/** 密码 + 确认密码 with the shared policy checked as the user types. */
export function NewPasswordFields({
  passwordName = 'password',
  confirmName = 'confirmPassword',
  passwordLabel = accountsStrings.password,
  confirmLabel = accountsStrings.confirmPassword,
  usernameField,
  username,
}: NewPasswordFieldsProps) {
  const policyRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const currentUsername = usernameField ? (getFieldValue(usernameField) as string | undefined) : username;
      const problem = firstPasswordProblem(currentUsername, value);
      if (problem) throw new Error(problem);
    },
  });
  const matchRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (!value || value === getFieldValue(passwordName)) return;
      throw new Error(accountsStrings.passwordsDiffer);
    },
  });
  return (
    <>
      <Form.Item
        name={passwordName}
        label={passwordLabel}
        extra={accountsStrings.passwordHint}
        dependencies={usernameField ? [usernameField] : []}
        rules={[{ required: true, message: accountsStrings.passwordRequired }, policyRule]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={confirmLabel}
        dependencies={[passwordName]}
        rules={[{ required: true, message: accountsStrings.confirmPasswordRequired }, matchRule]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
    </>
  );
}

const firstPasswordProblem = (username: string | undefined, password: string) =>
  checkPasswordPolicy(username, password)[0] ?? null;
