import '../accounts.css';
import { Alert, Button, Form, Input, InputNumber, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  type RegisterEnterpriseBody,
  registerEnterpriseBodySchema,
  usccSchema,
  usernameSchema,
} from '../../../../shared/accounts/accounts.schemas.js';
import {
  classifyEnterpriseSize,
  enterpriseSizeLabels,
} from '../../../../shared/organizations/enterprise-size.rules.js';
import { normaliseUscc } from '../../../../shared/organizations/uscc.rules.js';
import { PageTitle } from '../../../components/page-title.js';
import { applyServerErrors, lastOfPath, zodRule } from '../../../lib/form-rules.js';
import { ApiError } from '../../../lib/http.js';
import { ReferenceCascader } from '../../reference/components/reference-cascader.js';
import { useRegisterEnterprise } from '../accounts.api.js';
import { accountsStrings } from '../accounts.strings.js';
import { NewPasswordFields } from '../components/new-password-fields.js';

const enterpriseShape = registerEnterpriseBodySchema.shape.enterprise.shape;

/** The form's values: the cascaders hold code paths, the body takes the last code. */
type RegisterFormValues = {
  username: string;
  password: string;
  confirmPassword: string;
  enterprise: {
    uscc: string;
    name: string;
    regionCode: string[];
    industryCode: string[];
    employees: number | null;
    revenue: number | null;
  };
};

/** Codes whose message belongs to one field. */
const fieldOfCode = {
  DUPLICATE_USERNAME: ['username'],
  WEAK_PASSWORD: ['password'],
  INVALID_USCC: ['enterprise', 'uscc'],
  INVALID_REGION: ['enterprise', 'regionCode'],
  INVALID_INDUSTRY: ['enterprise', 'industryCode'],
};

function toRequestBody(values: RegisterFormValues): RegisterEnterpriseBody {
  return {
    username: values.username.trim(),
    password: values.password,
    enterprise: {
      uscc: normaliseUscc(values.enterprise.uscc),
      name: values.enterprise.name.trim(),
      regionCode: lastOfPath(values.enterprise.regionCode) ?? '',
      industryCode: lastOfPath(values.enterprise.industryCode) ?? '',
      employees: values.enterprise.employees ?? 0,
      revenue: values.enterprise.revenue ?? 0,
    },
  };
}

export function RegisterPage() {
  const [form] = Form.useForm<RegisterFormValues>();
  const registerEnterprise = useRegisterEnterprise();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const employees = Form.useWatch(['enterprise', 'employees'], form);
  const revenue = Form.useWatch(['enterprise', 'revenue'], form);
  const size =
    typeof employees === 'number' && typeof revenue === 'number' ? classifyEnterpriseSize(employees, revenue) : null;

  const handleFinish = (values: RegisterFormValues) => {
    setFailure(null);
    registerEnterprise.mutate(toRequestBody(values), {
      onSuccess: (registered) =>
        void navigate('/account', {
          replace: true,
          state: { registeredEnterprise: registered.enterprise.name, size: registered.enterprise.size },
        }),
      onError: (error) => {
        // DUPLICATE_USCC's message says whom to contact: it goes in the banner, the field gets a short pointer.
        if (error instanceof ApiError && error.code === 'DUPLICATE_USCC') {
          form.setFields([{ name: ['enterprise', 'uscc'], errors: [accountsStrings.duplicateUsccField] }]);
        } else if (applyServerErrors(form, error, fieldOfCode)) {
          return;
        }
        setFailure(
          error instanceof ApiError
            ? error
            : new ApiError({ status: 0, code: 'UNKNOWN', message: accountsStrings.registerFailed }),
        );
        requestAnimationFrame(() => bannerRef.current?.focus());
      },
    });
  };

  return (
    <div className="page-container accounts-page">
      <PageTitle title={accountsStrings.registerTitle} />
      <header className="page-header">
        <Typography.Title level={1} className="page-heading">
          {accountsStrings.registerTitle}
        </Typography.Title>
        <Typography.Paragraph className="page-intro">{accountsStrings.registerIntro}</Typography.Paragraph>
      </header>
      <div className="content-panel accounts-form-panel">
        {failure && (
          <div ref={bannerRef} tabIndex={-1} className="accounts-banner">
            <Alert
              type="error"
              showIcon
              role="alert"
              title={
                failure.code === 'DUPLICATE_USCC'
                  ? accountsStrings.duplicateUsccTitle
                  : accountsStrings.registerFailedTitle
              }
              description={failure.message}
            />
          </div>
        )}
        <Form<RegisterFormValues>
          form={form}
          layout="vertical"
          requiredMark
          scrollToFirstError={{ block: 'center' }}
          onFinish={handleFinish}
          className="accounts-form"
        >
          <section aria-labelledby="register-account-heading">
            <Typography.Title level={2} id="register-account-heading" className="section-heading">
              {accountsStrings.accountSection}
            </Typography.Title>
            <Form.Item
              name="username"
              label={accountsStrings.username}
              extra={accountsStrings.usernameHint}
              rules={[{ required: true, message: accountsStrings.usernameRequired }, zodRule(usernameSchema)]}
            >
              <Input autoComplete="username" maxLength={64} />
            </Form.Item>
            <NewPasswordFields usernameField="username" />
          </section>
          <section aria-labelledby="register-enterprise-heading">
            <Typography.Title level={2} id="register-enterprise-heading" className="section-heading">
              {accountsStrings.enterpriseSection}
            </Typography.Title>
            <Form.Item
              name={['enterprise', 'uscc']}
              label={accountsStrings.uscc}
              extra={accountsStrings.usccHint}
              normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
              validateDebounce={300}
              rules={[{ required: true, message: accountsStrings.usccRequired }, zodRule(usccSchema)]}
              hasFeedback
            >
              <Input maxLength={18} autoComplete="off" spellCheck={false} className="uscc-input" />
            </Form.Item>
            <Form.Item
              name={['enterprise', 'name']}
              label={accountsStrings.enterpriseName}
              extra={accountsStrings.enterpriseNameHint}
              rules={[
                { required: true, message: accountsStrings.enterpriseNameRequired },
                zodRule(enterpriseShape.name),
              ]}
            >
              <Input maxLength={100} autoComplete="organization" />
            </Form.Item>
            <Form.Item
              name={['enterprise', 'regionCode']}
              label={accountsStrings.region}
              rules={[
                { required: true, message: accountsStrings.regionRequired },
                zodRule(enterpriseShape.regionCode, lastOfPath),
              ]}
            >
              <ReferenceCascader tree="regions" depth={3} placeholder={accountsStrings.regionPlaceholder} />
            </Form.Item>
            <Form.Item
              name={['enterprise', 'industryCode']}
              label={accountsStrings.industry}
              extra={accountsStrings.industryHint}
              rules={[
                { required: true, message: accountsStrings.industryRequired },
                zodRule(enterpriseShape.industryCode, lastOfPath),
              ]}
            >
              <ReferenceCascader
                tree="industries"
                depth={3}
                changeOnSelect
                placeholder={accountsStrings.industryPlaceholder}
              />
            </Form.Item>
            <div className="accounts-form-row">
              <Form.Item
                name={['enterprise', 'employees']}
                label={accountsStrings.employees}
                rules={[
                  { required: true, message: accountsStrings.employeesRequired },
                  zodRule(enterpriseShape.employees),
                ]}
              >
                <InputNumber min={0} max={10_000_000} precision={0} className="accounts-number-input" />
              </Form.Item>
              <Form.Item
                name={['enterprise', 'revenue']}
                label={accountsStrings.revenue}
                rules={[{ required: true, message: accountsStrings.revenueRequired }, zodRule(enterpriseShape.revenue)]}
              >
                <InputNumber min={0} max={1e9} precision={2} className="accounts-number-input" />
              </Form.Item>
            </div>
            <div className="enterprise-size" aria-live="polite">
              <span className="enterprise-size-label">{accountsStrings.enterpriseSize}：</span>
              {size ? (
                <strong className="enterprise-size-value" data-size={size}>
                  {enterpriseSizeLabels[size]}
                </strong>
              ) : (
                <span className="enterprise-size-pending">{accountsStrings.enterpriseSizePending}</span>
              )}
              <div className="enterprise-size-basis">{accountsStrings.enterpriseSizeBasis}</div>
            </div>
          </section>
          <Form.Item className="accounts-form-actions">
            <Button type="primary" htmlType="submit" size="large" loading={registerEnterprise.isPending}>
              {accountsStrings.registerButton}
            </Button>
            <span className="accounts-form-aside">
              {accountsStrings.haveAccount}
              <Link to="/login">{accountsStrings.signIn}</Link>
            </span>
          </Form.Item>
        </Form>
      </div>
    </div>
  );
}
