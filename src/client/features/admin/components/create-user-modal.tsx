import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { createUserBodySchema, type Role, usernameSchema } from '../../../../shared/accounts/accounts.schemas.js';
import { applyServerErrors, zodRule } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { NewPasswordFields } from '../../accounts/components/new-password-fields.js';
import { useCreateUser } from '../admin.api.js';
import { adminStrings } from '../admin.strings.js';
import type { OrganizationChoice } from './invite-modal.js';
import { defaultRoleOf, OrganizationRoleFields } from './organization-role-fields.js';

type CreateUserValues = {
  organizationId: string;
  role: Role;
  username: string;
  displayName?: string;
  password: string;
  confirmPassword: string;
  isOrganizationAdmin: boolean;
};

const fieldOfCode = {
  DUPLICATE_USERNAME: ['username'],
  INVALID_USERNAME: ['username'],
  WEAK_PASSWORD: ['password'],
  ROLE_MISMATCH: ['role'],
};

type CreateUserModalProps = {
  onClose: () => void;
  onCreated: (username: string) => void;
  organization?: OrganizationChoice;
};

/** 新建用户 with an initial password the administrator passes on. Mount it when opening. */
export function CreateUserModal({ onClose, onCreated, organization }: CreateUserModalProps) {
  const [form] = Form.useForm<CreateUserValues>();
  const createUser = useCreateUser();
  const [failure, setFailure] = useState<string | null>(null);

  const handleFinish = ({ confirmPassword: _confirm, displayName, ...values }: CreateUserValues) => {
    setFailure(null);
    const trimmedName = displayName?.trim();
    createUser.mutate(
      { ...values, username: values.username.trim(), ...(trimmedName ? { displayName: trimmedName } : {}) },
      {
        onSuccess: () => onCreated(values.username.trim()),
        onError: (error) => {
          if (!applyServerErrors(form, error, fieldOfCode)) {
            setFailure(error instanceof ApiError ? error.message : adminStrings.operationFailed);
          }
        },
      },
    );
  };

  return (
    <Modal
      open
      title={adminStrings.createUser}
      okText={adminStrings.create}
      cancelText={adminStrings.cancel}
      confirmLoading={createUser.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          className="admin-banner"
          title={adminStrings.operationFailed}
          description={failure}
        />
      )}
      <Form<CreateUserValues>
        form={form}
        layout="vertical"
        initialValues={{
          organizationId: organization?.id,
          role: defaultRoleOf(organization),
          isOrganizationAdmin: false,
        }}
        onFinish={handleFinish}
      >
        <OrganizationRoleFields form={form} organization={organization} />
        <Form.Item
          name="username"
          label={adminStrings.username}
          rules={[{ required: true, message: adminStrings.usernameRequired }, zodRule(usernameSchema)]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={adminStrings.displayName}
          rules={[zodRule(createUserBodySchema.shape.displayName)]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <NewPasswordFields usernameField="username" passwordLabel={adminStrings.password} />
        <Form.Item name="isOrganizationAdmin" valuePropName="checked" extra={adminStrings.isOrganizationAdminHint}>
          <Checkbox>{adminStrings.isOrganizationAdmin}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
