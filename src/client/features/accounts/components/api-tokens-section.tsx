import { Button, Form, Input, Popconfirm, type TableProps, Typography } from 'antd';
import type { z } from 'zod';
import { type apiTokenSchema, createApiTokenBodySchema } from '../../../../shared/accounts/accounts.schemas.js';
import { OneTimeSecret } from '../../../components/one-time-secret.js';
import { zodRule } from '../../../lib/form-rules.js';
import { formatDateTime } from '../../../lib/format.js';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { AccountTable } from './account-table.js';

type ApiToken = z.infer<typeof apiTokenSchema>;

const tokenNameSchema = createApiTokenBodySchema.unwrap().shape.name;

export function ApiTokensSection() {
  const [form] = Form.useForm<{ name: string }>();
  const tokensQuery = useApiTokens();
  const createToken = useCreateApiToken();
  const revokeToken = useRevokeApiToken();
  const failure = createToken.error ?? revokeToken.error;

  const columns: TableProps<ApiToken>['columns'] = [
    { key: 'name', title: accountsStrings.tokenName, dataIndex: 'name' },
    { key: 'createdAt', title: accountsStrings.tokenCreatedAt, render: (_, token) => formatDateTime(token.createdAt) },
    {
      key: 'lastUsedAt',
      title: accountsStrings.tokenLastUsedAt,
      render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : accountsStrings.neverUsed),
    },
    {
      key: 'actions',
      title: accountsStrings.actions,
      render: (_, token) => (
        <Popconfirm
          title={accountsStrings.revokeTokenConfirm}
          okText={accountsStrings.confirm}
          cancelText={accountsStrings.cancel}
          onConfirm={() => revokeToken.mutateAsync(token.id)}
        >
          <Button size="small" danger aria-label={`${accountsStrings.revokeToken} ${token.name}`}>
            {accountsStrings.revokeToken}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <section aria-labelledby="account-tokens-heading" className="content-panel account-section">
      <Typography.Title level={2} id="account-tokens-heading" className="section-heading">
        {accountsStrings.tokensSection}
      </Typography.Title>
      <Typography.Paragraph className="section-intro">{accountsStrings.tokensIntro}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        className="token-create-form"
        onFinish={({ name }) => createToken.mutate(name.trim(), { onSuccess: () => form.resetFields() })}
      >
        <Form.Item
          name="name"
          label={accountsStrings.tokenName}
          rules={[
            { required: true, whitespace: true, message: accountsStrings.tokenNameRequired },
            zodRule(tokenNameSchema),
          ]}
        >
          <Input maxLength={60} placeholder={accountsStrings.tokenNameHint} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={createToken.isPending}>
            {accountsStrings.createToken}
          </Button>
        </Form.Item>
      </Form>
      {createToken.data && (
        <OneTimeSecret
          label={accountsStrings.tokensSection}
          value={createToken.data.token}
          title={accountsStrings.tokenCreatedTitle}
          warning={accountsStrings.tokenCreatedWarning}
        />
      )}
      <AccountTable
        query={tokensQuery}
        columns={columns}
        label={accountsStrings.tokensTableLabel}
        emptyText={accountsStrings.tokensEmpty}
        failure={failure}
      />
    </section>
  );
}
