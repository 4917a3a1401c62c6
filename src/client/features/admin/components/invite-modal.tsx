import { Alert, Button, Checkbox, Form, Modal, Typography } from 'antd';
import type { Role } from '../../../../shared/accounts/accounts.schemas.js';
import { OneTimeSecret } from '../../../components/one-time-secret.js';
import { formatDateTime, toAbsoluteUrl } from '../../../lib/format.js';
import { ApiError } from '../../../lib/http.js';
import { type OrganizationListItem, useCreateInvitation } from '../admin.api.js';
import { adminStrings } from '../admin.strings.js';
import { defaultRoleOf, OrganizationRoleFields } from './organization-role-fields.js';

export type OrganizationChoice = Pick<OrganizationListItem, 'id' | 'name' | 'type'>;

type InviteValues = { organizationId: string; role: Role; isOrganizationAdmin: boolean };

type InviteModalProps = {
  open: boolean;
  onClose: () => void;
  /** Opened from an organisation's row or right after creating it. */
  organization?: OrganizationChoice;
  /** Tick 单位管理员 from the start (a new organisation's first account). */
  asOrganizationAdmin?: boolean;
};

/** 邀请用户: issues a one-time link and shows it once with a copy button. Mount it when opening. */
export function InviteModal({ open, onClose, organization, asOrganizationAdmin = false }: InviteModalProps) {
  const [form] = Form.useForm<InviteValues>();
  const createInvitation = useCreateInvitation();
  const created = createInvitation.data;
  const failure = createInvitation.error;

  const close = () => {
    createInvitation.reset();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={adminStrings.inviteTitle}
      onCancel={close}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={close}>
            {adminStrings.close}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{adminStrings.cancel}</Button>
            <Button type="primary" loading={createInvitation.isPending} onClick={() => form.submit()}>
              {adminStrings.createInvitation}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <OneTimeSecret
          label={adminStrings.invitationLinkLabel}
          value={toAbsoluteUrl(created.url)}
          title={adminStrings.invitationCreatedTitle}
          warning={adminStrings.invitationWarning(formatDateTime(created.expiresAt))}
        />
      ) : (
        <>
          <Typography.Paragraph>{adminStrings.inviteIntro}</Typography.Paragraph>
          {failure && (
            <Alert
              type="error"
              showIcon
              className="admin-banner"
              title={adminStrings.operationFailed}
              description={failure instanceof ApiError ? failure.message : undefined}
            />
          )}
          <Form<InviteValues>
            form={form}
            layout="vertical"
            initialValues={{
              organizationId: organization?.id,
              role: defaultRoleOf(organization),
              isOrganizationAdmin: asOrganizationAdmin,
            }}
            onFinish={(values) => createInvitation.mutate(values)}
          >
            <OrganizationRoleFields form={form} organization={organization} />
            <Form.Item name="isOrganizationAdmin" valuePropName="checked" extra={adminStrings.isOrganizationAdminHint}>
              <Checkbox>{adminStrings.isOrganizationAdmin}</Checkbox>
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
