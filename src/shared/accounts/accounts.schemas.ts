import { z } from 'zod';
import { checkUscc, normaliseUscc, usccProblemMessages } from '../organizations/uscc.rules.js';

/** 系统管理员, 主管部门, 推荐单位审核员, 企业用户, 评审专家. */
export const roleSchema = z.enum(['admin', 'office', 'recommender', 'enterprise', 'expert']);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  admin: '系统管理员',
  office: '主管部门',
  recommender: '推荐单位审核员',
  enterprise: '企业用户',
  expert: '评审专家',
};

export const enterpriseSizeSchema = z.enum(['large', 'medium', 'small', 'micro']);

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.@-]{3,64}$/, '用户名须为3–64位字母、数字或 _ . @ - 字符');
export const passwordSchema = z.string().min(1, '请输入密码').max(200, '密码不超过200个字符');
/** Optional e-mail for password-reset links. */
export const emailSchema = z.string().trim().email('请输入有效的电子邮箱').max(200).optional();

export const usccSchema = z
  .string()
  .transform(normaliseUscc)
  .superRefine((value, context) => {
    const problem = checkUscc(value);
    if (problem) context.addIssue({ code: 'custom', message: usccProblemMessages[problem], params: { problem } });
  });

export const userSummarySchema = z.object({ id: z.string(), username: z.string(), role: roleSchema });
export type UserSummary = z.infer<typeof userSummarySchema>;

/** 企业注册: account and enterprise in one step. `revenue` is 营业收入 in 万元. */
export const registerEnterpriseBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  email: emailSchema,
  enterprise: z.object({
    uscc: z.string().max(40),
    name: z.string().trim().min(2, '请输入企业名称').max(100),
    regionCode: z.string().regex(/^\d{6}$/, '请选择注册地（县级行政区划）'),
    industryCode: z.string().regex(/^\d{2,4}$/, '请选择所属行业（大类或中类）'),
    employees: z.number().int().min(0, '从业人员不能为负').max(10_000_000),
    revenue: z.number().min(0, '营业收入不能为负').max(1e9),
  }),
});
export type RegisterEnterpriseBody = z.infer<typeof registerEnterpriseBodySchema>;

export const registeredEnterpriseSchema = z.object({
  user: userSummarySchema,
  enterprise: z.object({ id: z.string(), uscc: z.string(), name: z.string(), size: enterpriseSizeSchema }),
});

export const enterpriseSizeQuerySchema = z.object({
  employees: z.coerce.number().int().min(0).max(10_000_000),
  revenue: z.coerce.number().min(0).max(1e9),
});
export const enterpriseSizeAnswerSchema = z.object({ size: enterpriseSizeSchema, label: z.string() });

export const loginBodySchema = z.object({ username: z.string().trim().min(1).max(64), password: passwordSchema });

export const organizationTypeSchema = z.enum(['enterprise', 'office', 'recommender']);
export const organizationLevelSchema = z.enum(['national', 'province', 'city', 'district', 'central']);
export type OrganizationLevel = z.infer<typeof organizationLevelSchema>;

export const organizationSchema = z.object({
  id: z.string(),
  type: organizationTypeSchema,
  name: z.string(),
  level: organizationLevelSchema.nullable(),
  regionCode: z.string().nullable(),
  parentId: z.string().nullable(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const meSchema = z.object({
  user: userSummarySchema.extend({ displayName: z.string(), isOrganizationAdmin: z.boolean() }),
  organization: organizationSchema.nullable(),
});

/** 主管部门 or 推荐单位, created by an administrator of the level above. */
export const createOrganizationBodySchema = z
  .object({
    type: z.enum(['office', 'recommender']),
    name: z.string().trim().min(2, '请输入单位名称（至少2个字）').max(100, '单位名称不超过100个字'),
    level: organizationLevelSchema,
    regionCode: z
      .string()
      .regex(/^\d{6}$/, '行政区划代码为6位数字')
      .optional(),
  })
  .superRefine((value, context) => {
    const needsRegion = ['province', 'city', 'district'].includes(value.level);
    if (needsRegion && !value.regionCode) {
      context.addIssue({ code: 'custom', path: ['regionCode'], message: '省、市、区县级单位须填写行政区划代码' });
    }
    if (!needsRegion && value.regionCode) {
      context.addIssue({ code: 'custom', path: ['regionCode'], message: '国家级和中央企业不填写行政区划代码' });
    }
  });
export type CreateOrganizationBody = z.infer<typeof createOrganizationBodySchema>;

export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  role: roleSchema,
  organizationId: z.string().min(1).max(64),
  isOrganizationAdmin: z.boolean().default(false),
  displayName: z.string().trim().max(50, '姓名不超过50个字').optional(),
  email: emailSchema,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const idSchema = z.object({ id: z.string() });

export const sessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string(),
  userAgent: z.string(),
  isCurrent: z.boolean(),
});

export const apiTokenCreatedSchema = z.object({ id: z.string(), token: z.string() });
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const createApiTokenBodySchema = z.object({ name: z.string().trim().min(1).max(60).default('API') }).default({
  name: 'API',
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export const auditQuerySchema = z.object({
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const listQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const organizationListQuerySchema = listQuerySchema.extend({ type: organizationTypeSchema.optional() });
export const organizationListItemSchema = organizationSchema.extend({ userCount: z.number().int() });

export const userListQuerySchema = listQuerySchema.extend({ organizationId: z.string().max(64).optional() });
export const userListItemSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  isOrganizationAdmin: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  email: z.string().nullable(),
  version: z.number().int(),
});

/** 邀请: a one-time link that creates an account in an organisation; expires after 7 days. */
export const createInvitationBodySchema = z.object({
  organizationId: z.string().min(1).max(64),
  role: roleSchema,
  isOrganizationAdmin: z.boolean().default(false),
});
export type CreateInvitationBody = z.infer<typeof createInvitationBodySchema>;
export const invitationCreatedSchema = z.object({
  id: z.string(),
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export const invitationInfoSchema = z.object({
  organizationName: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
});
export const acceptInvitationBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(50),
  email: emailSchema,
});

export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;

/** 重置密码: an administrator issues a one-time token (no e-mail needed); the user sets a new password with it. */
export const passwordResetIssuedSchema = z.object({ token: z.string(), url: z.string(), expiresAt: z.string() });
export const passwordResetBodySchema = z.object({ token: z.string().min(10).max(200), password: passwordSchema });
export const forgotPasswordBodySchema = z.object({ username: z.string().trim().min(1).max(64) });
export const changePasswordBodySchema = z.object({ currentPassword: passwordSchema, newPassword: passwordSchema });

/** 申报企业 profile as shown to the enterprise itself and to units whose jurisdiction covers it. */
export const enterpriseProfileSchema = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  industryCode: z.string(),
  employees: z.number(),
  revenue: z.number(),
  size: enterpriseSizeSchema,
  ownershipType: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  centralGroupId: z.string().nullable(),
  hasLicence: z.boolean(),
  verifiedAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ edit: z.boolean(), verify: z.boolean() }),
});
export type EnterpriseProfile = z.infer<typeof enterpriseProfileSchema>;

export const enterpriseListQuerySchema = listQuerySchema.extend({
  verified: z.enum(['true', 'false']).optional(),
});

/** Editable profile fields; identity fields (name, 法定代表人) changed after verification need a new check. */
export const updateEnterpriseBodySchema = z
  .object({
    name: z.string().trim().min(2).max(100),
    industryCode: z.string().regex(/^\d{2,3}$/, '请选择所属行业（大类或中类）'),
    employees: z.number().int().min(0).max(10_000_000),
    revenue: z.number().min(0).max(1e9),
    ownershipType: z.string().trim().max(30).nullable(),
    address: z.string().trim().max(200).nullable(),
    legalRepresentative: z.string().trim().max(50).nullable(),
    contactName: z.string().trim().max(50).nullable(),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{7,20}$/, '请输入有效的电话号码')
      .nullable(),
    centralGroupId: z.string().max(64).nullable(),
  })
  .partial();
export type UpdateEnterpriseBody = z.infer<typeof updateEnterpriseBodySchema>;

export const verifyEnterpriseBodySchema = z.object({
  decision: z.enum(['verified', 'rejected']),
  note: z.string().trim().max(500).default(''),
});
export const ifMatchHeadersSchema = z.object({ 'if-match': z.string().regex(/^"?\d+"?$/, 'If-Match 须为版本号') });
export const uploadedFileSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number(),
  mediaType: z.string(),
});

/** An administrator's change to an account: role within the organisation, administrator flag, name, e-mail. */
export const updateUserBodySchema = z
  .object({
    role: roleSchema,
    isOrganizationAdmin: z.boolean(),
    displayName: z.string().trim().min(1).max(50),
    email: z.string().trim().email('请输入有效的电子邮箱').max(200).nullable(),
  })
  .partial();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
