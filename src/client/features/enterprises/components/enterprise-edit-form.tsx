import { Alert, Button, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import {
  type EnterpriseProfile,
  type UpdateEnterpriseBody,
  updateEnterpriseBodySchema,
} from '../../../../shared/accounts/accounts.schemas.js';
import { applyServerErrors, zodRule } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { useRefetchEnterprise, useUpdateEnterprise } from '../enterprises.api.js';
import { enterprisesStrings as s } from '../enterprises.strings.js';

/** The fields an enterprise user may change here (industry and 央企集团 are set elsewhere). */
const editableFields = [
  'name',
  'employees',
  'revenue',
  'ownershipType',
  'address',
  'legalRepresentative',
  'contactName',
  'contactPhone',
] as const;
type EditableField = (typeof editableFields)[number];
type EditValues = {
  name: string;
  employees: number | null;
  revenue: number | null;
  ownershipType: string;
  address: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
};
type Changes = Pick<UpdateEnterpriseBody, EditableField>;

const fieldLabels: Record<EditableField, string> = {
  name: s.name,
  employees: s.employees,
  revenue: s.revenue,
  ownershipType: s.ownershipType,
  address: s.address,
  legalRepresentative: s.legalRepresentative,
  contactName: s.contactName,
  contactPhone: s.contactPhone,
};

const shape = updateEnterpriseBodySchema.shape;

function toValues(profile: EnterpriseProfile): EditValues {
  return {
    name: profile.name,
    employees: profile.employees,
    revenue: profile.revenue,
    ownershipType: profile.ownershipType ?? '',
    address: profile.address ?? '',
    legalRepresentative: profile.legalRepresentative ?? '',
    contactName: profile.contactName ?? '',
    contactPhone: profile.contactPhone ?? '',
  };
}

/** The partial body: only what differs from the version the edit started from; blank text becomes null. */
function changesFrom(base: EnterpriseProfile, values: EditValues): Changes {
  const changes: Changes = {};
  const name = values.name.trim();
  if (name !== base.name) changes.name = name;
  if (values.employees !== null && values.employees !== base.employees) changes.employees = values.employees;
  if (values.revenue !== null && values.revenue !== base.revenue) changes.revenue = values.revenue;
  for (const field of ['ownershipType', 'address', 'legalRepresentative', 'contactName', 'contactPhone'] as const) {
    const text = values[field].trim();
    const next = text === '' ? null : text;
    if (next !== base[field]) changes[field] = next;
  }
  return changes;
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return s.notFilled;
  return typeof value === 'number' ? value.toLocaleString('zh-CN') : String(value);
}

type Conflict = { server: EnterpriseProfile; mine: Changes };

/**
 * 编辑企业信息: PATCH with If-Match. A stale version (409) keeps what the user typed, shows it beside the server's
 * current values, and lets them re-apply it onto the new version.
 */
export function EnterpriseEditForm({
  profile,
  onDone,
}: {
  profile: EnterpriseProfile;
  onDone: (saved: EnterpriseProfile | null) => void;
}) {
  const [form] = Form.useForm<EditValues>();
  const [base, setBase] = useState(profile);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isReapplied, setIsReapplied] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const update = useUpdateEnterprise(profile.id);
  const refetch = useRefetchEnterprise();

  const handleFinish = (values: EditValues) => {
    const changes = changesFrom(base, values);
    setFailure(null);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    update.mutate(
      { version: base.version, changes },
      {
        onSuccess: (saved) => onDone(saved),
        onError: async (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            try {
              const server = await refetch(profile.id);
              setIsReapplied(false);
              setConflict({ server, mine: changes });
            } catch {
              setFailure(error.message);
            }
            return;
          }
          if (!applyServerErrors(form, error)) setFailure(error.message);
        },
      },
    );
  };

  const reapply = () => {
    if (!conflict) return;
    setBase(conflict.server);
    form.setFieldsValue({ ...toValues(conflict.server), ...toFormPatch(conflict.mine) });
    setConflict(null);
    setIsReapplied(true);
  };

  const discardMine = () => {
    if (!conflict) return;
    setBase(conflict.server);
    form.setFieldsValue(toValues(conflict.server));
    setConflict(null);
    onDone(null);
  };

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      initialValues={toValues(profile)}
      onFinish={handleFinish}
      className="enterprise-edit-form"
      aria-label={s.edit}
    >
      <Alert type="warning" showIcon title={s.identityWarning} className="enterprise-banner" />
      {conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="enterprise-banner enterprise-conflict"
          title={s.conflictTitle}
          description={
            <>
              <p>{s.conflictIntro}</p>
              <div className="enterprise-conflict-table-wrap">
                <table className="enterprise-conflict-table" aria-label={s.conflictTableLabel}>
                  <thead>
                    <tr>
                      <th scope="col">{s.conflictField}</th>
                      <th scope="col">{s.conflictServer}</th>
                      <th scope="col">{s.conflictMine}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(Object.keys(conflict.mine) as EditableField[]).map((field) => (
                      <tr key={field}>
                        <th scope="row">{fieldLabels[field]}</th>
                        <td>{display(conflict.server[field])}</td>
                        <td>{display(conflict.mine[field])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Space wrap className="enterprise-conflict-actions">
                <Button type="primary" onClick={reapply}>
                  {s.reapply}
                </Button>
                <Button onClick={discardMine}>{s.discardMine}</Button>
              </Space>
            </>
          }
        />
      )}
      {isReapplied && (
        <Alert type="info" showIcon role="status" title={s.conflictReapplied} className="enterprise-banner" />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} className="enterprise-banner" />}
      <div className="enterprise-form-grid">
        <Form.Item
          name="name"
          label={s.name}
          rules={[{ required: true, whitespace: true, message: s.nameRequired }, zodRule(shape.name.unwrap())]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="legalRepresentative" label={s.legalRepresentative}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="employees" label={s.employees} rules={[{ required: true, message: s.numberRequired }]}>
          <InputNumber min={0} max={10_000_000} precision={0} className="enterprise-number" />
        </Form.Item>
        <Form.Item name="revenue" label={s.revenue} rules={[{ required: true, message: s.numberRequired }]}>
          <InputNumber min={0} max={1e9} className="enterprise-number" />
        </Form.Item>
        <Form.Item name="ownershipType" label={s.ownershipType}>
          <Input maxLength={30} placeholder="例如：民营企业" />
        </Form.Item>
        <Form.Item name="address" label={s.address}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="contactName" label={s.contactName}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={s.contactPhone} rules={[zodRule(shape.contactPhone.unwrap().unwrap())]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </div>
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={conflict !== null}>
          {s.save}
        </Button>
        <Button onClick={() => onDone(null)}>{s.cancel}</Button>
      </Space>
    </Form>
  );
}

/** The user's changes as form values (null text back to ''). */
function toFormPatch(changes: Changes): Partial<EditValues> {
  const patch: Partial<EditValues> = {};
  for (const [field, value] of Object.entries(changes) as [EditableField, unknown][]) {
    (patch as Record<string, unknown>)[field] = value === null ? '' : value;
  }
  return patch;
}
