import { Form, type FormInstance, Select } from 'antd';
import { useState } from 'react';
import { rolesOfOrganizationType } from '../../../../shared/accounts/accounts.rules.js';
import { type Role, roleLabels } from '../../../../shared/accounts/accounts.schemas.js';
import { adminStrings } from '../admin.strings.js';
import type { OrganizationChoice } from './invite-modal.js';
import { OrganizationSelect } from './organization-select.js';

/** The role an account in this organisation gets unless the administrator picks another. */
export const defaultRoleOf = (organization: OrganizationChoice | undefined): Role | undefined =>
  organization ? rolesOfOrganizationType[organization.type][0] : undefined;

/**
 * 单位 and 角色 for a new account or invitation: the role list follows the chosen organisation's type (the server
 * answers ROLE_MISMATCH otherwise), and changing the organisation resets the role to its default.
 */
export function OrganizationRoleFields({
  form,
  organization,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: the two forms differ but both hold `role`.
  form: FormInstance<any>;
  organization: OrganizationChoice | undefined;
}) {
  const [chosen, setChosen] = useState<OrganizationChoice | undefined>(organization);
  const roleChoices = chosen ? rolesOfOrganizationType[chosen.type] : [];
  return (
    <>
      <Form.Item
        name="organizationId"
        label={adminStrings.organization}
        rules={[{ required: true, message: adminStrings.organizationRequired }]}
      >
        <OrganizationSelect
          initialOrganization={organization}
          onOrganizationChange={(next) => {
            setChosen(next);
            form.setFieldValue('role', defaultRoleOf(next));
          }}
        />
      </Form.Item>
      <Form.Item name="role" label={adminStrings.role} rules={[{ required: true, message: adminStrings.roleRequired }]}>
        <Select options={roleChoices.map((role) => ({ value: role, label: roleLabels[role] }))} />
      </Form.Item>
    </>
  );
}
