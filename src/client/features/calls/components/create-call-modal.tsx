import { Alert, DatePicker, Form, type FormRule, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CreateCallBody } from '../../../../shared/calls/calls.schemas.js';
import { editionIdSchema } from '../../../../shared/catalog/catalog.schemas.js';
import { applyServerErrors } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { ReferenceCascader } from '../../reference/components/reference-cascader.js';
import { useCallTemplates, useCreateCall } from '../calls.api.js';
import {
  type CallFormValues,
  defaultCallValues,
  pickerFormat,
  quotaValuesOf,
  titleFor,
  toCreateCallBody,
  variantOfValues,
} from '../calls.form.js';
import { callsStrings as s } from '../calls.strings.js';

const fieldOfCode = { REGION_OUT_OF_SCOPE: ['region'], TEMPLATE_NOT_FOUND: ['templateId'] };

type CreateCallModalProps = {
  open: boolean;
  onClose: () => void;
  onCreated: (call: { id: string; title: string }) => void;
};

/** 新建申报通知: a draft call from a template, its period in Beijing time and optionally a narrower region. */
export function CreateCallModal({ open, onClose, onCreated }: CreateCallModalProps) {
  const [form] = Form.useForm<CallFormValues>();
  const templatesQuery = useCallTemplates();
  const createCall = useCreateCall();
  const [failure, setFailure] = useState<string | null>(null);
  const templateId = Form.useWatch('templateId', form);
  const templates = templatesQuery.data ?? [];
  const template = templates.find((candidate) => candidate.id === templateId);
  const variant = variantOfValues(template, Form.useWatch('variant', form));

  const close = () => {
    form.resetFields();
    setFailure(null);
    createCall.reset();
    onClose();
  };

  const handleFinish = (values: CallFormValues) => {
    setFailure(null);
    const body: CreateCallBody = toCreateCallBody(values, template);
    createCall.mutate(body, {
      onSuccess: ({ id }) => {
        onCreated({ id, title: body.title });
        close();
      },
      onError: (error) => {
        if (!applyServerErrors(form, error, fieldOfCode))
          setFailure(error instanceof ApiError ? error.message : s.actionFailed);
      },
    });
  };

  const suggestTitle = () => {
    if (form.isFieldTouched('title')) return;
    const values = form.getFieldsValue();
    const chosen = templates.find((candidate) => candidate.id === values.templateId);
    if (chosen && values.year) form.setFieldValue('title', titleFor(values.year, chosen.title));
  };

  const closesRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, closesAt: Dayjs | undefined) => {
      const opensAt = getFieldValue('opensAt') as Dayjs | undefined;
      if (opensAt && closesAt && !closesAt.isAfter(opensAt)) throw new Error(s.closesAfterOpens);
    },
  });

  return (
    <Modal
      open={open}
      title={s.createCall}
      okText={s.create}
      cancelText={s.cancel}
      confirmLoading={createCall.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      width={720}
      destroyOnHidden
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="calls-banner"
          title={s.actionFailed}
          description={failure}
        />
      )}
      <Form<CallFormValues>
        form={form}
        layout="vertical"
        name="create-call"
        initialValues={defaultCallValues()}
        onFinish={handleFinish}
        onValuesChange={(changed: Partial<CallFormValues>) => {
          if ('templateId' in changed) {
            const chosen = templates.find((candidate) => candidate.id === changed.templateId);
            form.setFieldValue('variant', chosen?.variants[0]?.key);
            form.setFieldValue('quotas', quotaValuesOf(chosen?.variants[0]));
          }
          if ('variant' in changed)
            form.setFieldValue('quotas', quotaValuesOf(variantOfValues(template, changed.variant)));
          if ('templateId' in changed || 'year' in changed) suggestTitle();
        }}
      >
        <Form.Item
          name="templateId"
          label={s.template}
          rules={[{ required: true, message: s.templateRequired }]}
          extra={template?.description}
        >
          <Select
            loading={templatesQuery.isPending}
            options={templates.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.title}（${s.templateLevel[candidate.level] ?? candidate.level}）`,
            }))}
          />
        </Form.Item>
        {template && template.variants.length > 1 && (
          <Form.Item name="variant" label={s.variant} rules={[{ required: true }]}>
            <Radio.Group
              className="call-variant-options"
              options={template.variants.map((variant) => ({ value: variant.key, label: variant.title }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={s.title}
          rules={[{ required: true, whitespace: true, message: s.titleRequired }]}
        >
          <Input maxLength={200} placeholder={s.titlePlaceholder} />
        </Form.Item>
        <div className="calls-form-grid">
          <Form.Item name="year" label={s.year} rules={[{ required: true, message: s.yearRequired }]}>
            <InputNumber min={2015} max={2100} precision={0} className="calls-number" />
          </Form.Item>
          <Form.Item
            name="catalogEdition"
            label={s.catalogEdition}
            rules={[{ required: true, message: s.catalogEditionRequired }]}
          >
            <Select
              options={[...editionIdSchema.options]
                .reverse()
                .map((edition) => ({ value: edition, label: s.catalogEditionValue(edition) }))}
            />
          </Form.Item>
          <Form.Item
            name="opensAt"
            label={s.opensAt}
            extra={s.timeHint}
            rules={[{ required: true, message: s.timeRequired }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={pickerFormat} className="calls-date" />
          </Form.Item>
          <Form.Item
            name="closesAt"
            label={s.closesAt}
            extra={s.timeHint}
            dependencies={['opensAt']}
            rules={[{ required: true, message: s.timeRequired }, closesRule]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={pickerFormat}
              className="calls-date"
              disabledDate={(day: Dayjs) => {
                const opensAt = form.getFieldValue('opensAt') as Dayjs | undefined;
                return Boolean(opensAt && day.isBefore(opensAt, 'day'));
              }}
            />
          </Form.Item>
        </div>
        <Form.Item name="region" label={s.region} extra={s.regionHint}>
          <ReferenceCascader tree="regions" depth={3} changeOnSelect placeholder={s.regionPlaceholder} />
        </Form.Item>
        {variant && variant.quotas.length > 0 && (
          <fieldset className="call-quotas">
            <legend>{s.quotas}</legend>
            <p className="call-quotas-hint">{s.quotasHint}</p>
            <div className="calls-form-grid">
              {variant.quotas.map(({ unit }) => (
                <Form.Item key={unit} name={['quotas', unit]} label={s.quotaUnitLabels[unit] ?? unit}>
                  <InputNumber min={1} max={1000} precision={0} suffix={s.quotaSuffix} className="calls-number" />
                </Form.Item>
              ))}
            </div>
          </fieldset>
        )}
        <Form.Item name="contact" label={s.contact}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={s.contactPlaceholder} />
        </Form.Item>
        <Form.Item name="notice" label={s.notice}>
          <Input.TextArea
            maxLength={5000}
            showCount
            autoSize={{ minRows: 4, maxRows: 12 }}
            placeholder={s.noticePlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
