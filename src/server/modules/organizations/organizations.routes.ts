import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationBodySchema,
  createInvitationBodySchema,
  createOrganizationBodySchema,
  createUserBodySchema,
  enterpriseSizeAnswerSchema,
  enterpriseSizeQuerySchema,
  idSchema,
  ifMatchHeadersSchema,
  invitationCreatedSchema,
  invitationInfoSchema,
  organizationListItemSchema,
  organizationListQuerySchema,
  pageOf,
  passwordResetIssuedSchema,
  registerEnterpriseBodySchema,
  registeredEnterpriseSchema,
  updateUserBodySchema,
  userListItemSchema,
  userListQuerySchema,
  userSummarySchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { classifyEnterpriseSize, enterpriseSizeLabels } from '../../../shared/organizations/enterprise-size.rules.js';
import { actorOf, auditContextOf, expectedVersionOf } from '../../plugins/request-context.js';
import { startSession } from '../auth/auth.cookies.js';
import type { AuthService } from '../auth/auth.service.js';
import type { OrganizationsService } from './organizations.service.js';

const tags = ['organizations 单位与账号'];

export function registerOrganizationsRoutes(
  app: FastifyInstance,
  services: { organizations: OrganizationsService; auth: AuthService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { organizations } = services;

  api.post(
    '/api/enterprises/register',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '企业注册（账号与企业信息一次完成，注册后直接登录）',
        body: registerEnterpriseBodySchema,
        response: { 201: registeredEnterpriseSchema },
      },
    },
    async (request, reply) => {
      const registered = await organizations.registerEnterprise(request.body, auditContextOf(request));
      await startSession(services.auth, request, reply, request.body);
      return reply.status(201).send(registered);
    },
  );
  api.get(
    '/api/reference/enterprise-size',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '按从业人员和营业收入（万元）划分企业规模',
        querystring: enterpriseSizeQuerySchema,
        response: { 200: enterpriseSizeAnswerSchema },
      },
    },
    (request) => {
      const size = classifyEnterpriseSize(request.query.employees, request.query.revenue);
      return { size, label: enterpriseSizeLabels[size] };
    },
  );
  api.post(
    '/api/admin/organizations',
    {
      config: { access: ['admin', 'office', 'recommender'] },
      schema: {
        tags,
        summary: '创建主管部门或推荐单位',
        body: createOrganizationBodySchema,
        response: { 201: idSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await organizations.createOrganization(actorOf(request), request.body, auditContextOf(request))),
  );
  api.post(
    '/api/admin/users',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: { tags, summary: '在本单位或下级单位创建用户', body: createUserBodySchema, response: { 201: idSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await organizations.createUser(actorOf(request), request.body, auditContextOf(request))),
  );
  api.get(
    '/api/admin/organizations',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '单位列表（管理员：全部；单位管理员：本单位及下级）',
        querystring: organizationListQuerySchema,
        response: { 200: pageOf(organizationListItemSchema) },
      },
    },
    (request) => organizations.listOrganizations(actorOf(request), request.query),
  );
  api.get(
    '/api/admin/users',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '用户列表（分页，可检索）',
        querystring: userListQuerySchema,
        response: { 200: pageOf(userListItemSchema) },
      },
    },
    (request) => organizations.listUsers(actorOf(request), request.query),
  );
  api.post(
    '/api/admin/invitations',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '邀请用户加入本单位或下级单位（一次性链接，7天有效）',
        body: createInvitationBodySchema,
        response: { 201: invitationCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await organizations.createInvitation(actorOf(request), request.body, auditContextOf(request))),
  );
  api.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: { tags, summary: '查看邀请', params: tokenParamsSchema, response: { 200: invitationInfoSchema } },
    },
    (request) => organizations.getInvitation(request.params.token),
  );
  api.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '接受邀请并创建账号（创建后直接登录）',
        params: tokenParamsSchema,
        body: acceptInvitationBodySchema,
        response: { 201: z.object({ user: userSummarySchema }) },
      },
    },
    async (request, reply) => {
      const user = await organizations.acceptInvitation(request.params.token, request.body, request.ip);
      await startSession(services.auth, request, reply, request.body);
      return reply.status(201).send({ user });
    },
  );
  api.patch(
    '/api/admin/users/:id',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '修改账号（角色、管理员身份、姓名、邮箱；If-Match 携带版本号）',
        params: z.object({ id: z.string().max(64) }),
        headers: ifMatchHeadersSchema,
        body: updateUserBodySchema,
        response: { 200: z.object({ id: z.string(), version: z.number() }) },
      },
    },
    (request) =>
      organizations.updateUser(
        actorOf(request),
        request.params.id,
        expectedVersionOf(request),
        request.body,
        auditContextOf(request),
      ),
  );
  api.post(
    '/api/admin/users/:id/password-reset',
    {
      config: { access: ['admin', 'office', 'recommender', 'enterprise'] },
      schema: {
        tags,
        summary: '为用户发放密码重置链接（24小时有效）',
        params: z.object({ id: z.string().max(64) }),
        response: { 201: passwordResetIssuedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await organizations.issuePasswordReset(actorOf(request), request.params.id, auditContextOf(request))),
  );
}

const tokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
