import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import {
  createOrganizationBodySchema,
  type OrganizationLevel,
  organizationLevelSchema,
} from '../../../../shared/accounts/accounts.schemas.js';
import { applyServerErrors, lastOfPath, zodBodyRule, zodRule } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { ReferenceCascader } from '../../reference/components/reference-cascader.js';
import { type CreateOrganizationInput, useCreateOrganization } from '../admin.api.js';
import { adminStrings, organizationLevelLabels, organizationTypeLabels, regionDepthOfLevel } from '../admin.strings.js';

type CreateOrganizationValues = {
  type: 'office' | 'recommender';
  name: string;
  level: OrganizationLevel;
  regionCode?: string[];
};

export type CreatedOrganization = { id: string; name: string; type: 'office' | 'recommender' };

const organizationShape = createOrganizationBodySchema.shape;

function toRequestBody(values: CreateOrganizationValues): CreateOrganizationInput {
  const regionCode = regionDepthOfLevel[values.level] ? lastOfPath(values.regionCode) : undefined;
  return {
    type: values.type,
    name: (values.name ?? '').trim(),
    level: values.level,
    ...(regionCode ? { regionCode } : {}),
  };
}

const fieldOfCode = { INVALID_REGION: ['regionCode'], FORBIDDEN: ['level'] };

type CreateOrganizationModalProps = {
  open: boolean;
  /** 推荐单位 administrators may create only 推荐单位. */
  allowedTypes: Array<'office' | 'recommender'>;
  onClose: () => void;
  onCreated: (organization: CreatedOrganization) => void;
};

export function CreateOrganizationModal({ open, allowedTypes, onClose, onCreated }: CreateOrganizationModalProps) {
  const [form] = Form.useForm<CreateOrganizationValues>();
  const createOrganization = useCreateOrganization();
  const [failure, setFailure] = useState<string | null>(null);
  const level = Form.useWatch('level', form);
  const regionDepth = level ? regionDepthOfLevel[level] : undefined;

  const close = () => {
    form.resetFields();
    setFailure(null);
    createOrganization.reset();
    onClose();
  };

  const handleFinish = (values: CreateOrganizationValues) => {
    setFailure(null);
    const body = toRequestBody(values);
    createOrganization.mutate(body, {
      onSuccess: ({ id }) => {
        onCreated({ id, name: body.name, type: body.type });
        close();
      },
      onError: (error) => {
        if (!applyServerErrors(form, error, fieldOfCode)) {
          setFailure(error instanceof ApiError ? error.message : adminStrings.operationFailed);
        }
      },
    });
  };

  return (
    <Modal
      open={open}
      title={adminStrings.createOrganization}
      okText={adminStrings.create}
      cancelText={adminStrings.cancel}
      confirmLoading={createOrganization.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
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
      <Form<CreateOrganizationValues>
        form={form}
        layout="vertical"
        initialValues={{ type: allowedTypes[0] }}
        onFinish={handleFinish}
        onValuesChange={(changed) => {
          // A different level needs a region of a different depth.
          if ('level' in changed) form.setFieldValue('regionCode', undefined);
        }}
      >
        <Form.Item name="type" label={adminStrings.organizationType} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={allowedTypes.map((type) => ({ value: type, label: organizationTypeLabels[type] }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={adminStrings.organizationName}
          rules={[
            { required: true, whitespace: true, message: adminStrings.organizationNameRequired },
            zodRule(organizationShape.name),
          ]}
        >
          <Input maxLength={100} placeholder={adminStrings.organizationNameHint} />
        </Form.Item>
        <Form.Item
          name="level"
          label={adminStrings.organizationLevel}
          rules={[{ required: true, message: adminStrings.organizationLevelRequired }]}
        >
          <Select
            options={organizationLevelSchema.options.map((value) => ({ value, label: organizationLevelLabels[value] }))}
          />
        </Form.Item>
        {regionDepth && (
          <Form.Item
            name="regionCode"
            label={adminStrings.regionCode}
            extra={adminStrings.regionHint}
            dependencies={['level']}
            rules={[zodBodyRule(createOrganizationBodySchema, toRequestBody, '/regionCode')]}
            required
          >
            <ReferenceCascader
              key={regionDepth}
              tree="regions"
              depth={regionDepth}
              placeholder={adminStrings.regionPlaceholder}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
