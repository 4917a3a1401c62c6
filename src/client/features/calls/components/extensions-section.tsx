import { Button, DatePicker, Form, type FormRule, Input, Table, type TableProps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ConfirmModal } from '../../../components/confirm-modal.js';
import { QueryError } from '../../../components/query-error.js';
import { type ActionResult, ResultBanner } from '../../../components/result-banner.js';
import { TableRegion } from '../../../components/table-region.js';
import { applyServerErrors } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { type Call, type Extension, useExtensions, useGrantExtension } from '../calls.api.js';
import { instantOf, pickerFormat } from '../calls.form.js';
import { callsStrings as s } from '../calls.strings.js';
import { formatBeijingTime } from '../calls.time.js';
import { type EnterpriseChoice, EnterpriseSelect } from './enterprise-select.js';

type ExtensionValues = { enterprise?: EnterpriseChoice; closesAt?: Dayjs; reason?: string };
type PendingGrant = { enterpriseId: string; enterpriseName: string; closesAt: string; reason: string };

const fieldOfCode = { ENTERPRISE_NOT_FOUND: ['enterprise'], ENTERPRISE_OUT_OF_SCOPE: ['enterprise'] };

const columns: TableProps<Extension>['columns'] = [
  { key: 'enterprise', title: s.enterprise, dataIndex: 'enterpriseName' },
  { key: 'closesAt', title: s.newDeadline, render: (_, row) => formatBeijingTime(row.closesAt) },
  { key: 'reason', title: s.reason, dataIndex: 'reason', onCell: () => ({ className: 'extension-reason-cell' }) },
  { key: 'grantedAt', title: s.grantedAt, render: (_, row) => formatBeijingTime(row.grantedAt) },
];

/** 延期: the extensions granted for this call and the form to grant one, confirmed before it is recorded. */
export function ExtensionsSection({ call }: { call: Call }) {
  const extensionsQuery = useExtensions(call.id);
  const grant = useGrantExtension(call.id);
  const [form] = Form.useForm<ExtensionValues>();
  const [pending, setPending] = useState<PendingGrant | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const callClosesAt = Date.parse(call.closesAt);

  const afterCallDeadline: FormRule = {
    validator: async (_rule, value: Dayjs | undefined) => {
      if (value && Date.parse(instantOf(value)) <= callClosesAt) throw new Error(s.newDeadlineAfterCall);
    },
  };

  const handleFinish = (values: ExtensionValues) => {
    if (!values.enterprise || !values.closesAt) return;
    setResult(null);
    setPending({
      enterpriseId: values.enterprise.value,
      enterpriseName: values.enterprise.label,
      closesAt: instantOf(values.closesAt),
      reason: (values.reason ?? '').trim(),
    });
  };

  const confirm = () => {
    if (!pending) return;
    const { enterpriseName, ...body } = pending;
    grant.mutate(body, {
      onSuccess: () => {
        setPending(null);
        form.resetFields();
        setResult({ ok: true, message: s.granted(enterpriseName) });
      },
      onError: (error) => {
        setPending(null);
        if (!applyServerErrors(form, error, fieldOfCode))
          setResult({ ok: false, message: error instanceof ApiError ? error.message : s.actionFailed });
      },
    });
  };

  return (
    <>
      <Typography.Paragraph className="section-intro">{s.extensionsIntro}</Typography.Paragraph>
      {extensionsQuery.isError ? (
        <QueryError
          title={s.loadFailed}
          error={extensionsQuery.error}
          retryLabel={s.retry}
          onRetry={() => void extensionsQuery.refetch()}
        />
      ) : (
        <TableRegion label={s.extensionsTableLabel}>
          <Table<Extension>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={extensionsQuery.data ?? []}
            loading={extensionsQuery.isPending}
            pagination={false}
            locale={{ emptyText: <span className="calls-table-empty">{s.extensionsEmpty}</span> }}
          />
        </TableRegion>
      )}
      <Typography.Title level={3} id="grant-extension-heading" className="section-heading-small">
        {s.grant}
      </Typography.Title>
      <ResultBanner result={result} className="calls-banner" />
      <Form<ExtensionValues>
        form={form}
        layout="vertical"
        name="grant-extension"
        aria-labelledby="grant-extension-heading"
        onFinish={handleFinish}
        className="extension-form"
      >
        <div className="calls-form-grid">
          <Form.Item name="enterprise" label={s.enterprise} rules={[{ required: true, message: s.enterpriseRequired }]}>
            <EnterpriseSelect />
          </Form.Item>
          <Form.Item
            name="closesAt"
            label={s.newDeadline}
            extra={s.timeHint}
            rules={[{ required: true, message: s.timeRequired }, afterCallDeadline]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={pickerFormat} className="calls-date" />
          </Form.Item>
        </div>
        <Form.Item
          name="reason"
          label={s.reason}
          rules={[{ required: true, whitespace: true, min: 2, message: s.reasonRequired }]}
        >
          <Input.TextArea
            maxLength={500}
            showCount
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={s.reasonPlaceholder}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {s.grant}
        </Button>
      </Form>
      <ConfirmModal
        open={pending !== null}
        title={s.grantConfirmTitle}
        okText={s.grant}
        isPending={grant.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending && <p>{s.grantConfirmBody(pending.enterpriseName, formatBeijingTime(pending.closesAt))}</p>}
        {pending && <p className="extension-confirm-reason">{`${s.reason}：${pending.reason}`}</p>}
      </ConfirmModal>
    </>
  );
}
