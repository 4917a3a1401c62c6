import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createOrganizationBodySchema,
  createUserBodySchema,
  enterpriseSizeAnswerSchema,
  enterpriseSizeQuerySchema,
  idSchema,
  registerEnterpriseBodySchema,
  registeredEnterpriseSchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { classifyEnterpriseSize, enterpriseSizeLabels } from '../../../shared/organizations/enterprise-size.rules.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import { setSessionCookies } from '../auth/auth.cookies.js';
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
      const signedIn = await services.auth.signIn({
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        userAgent: String(request.headers['user-agent'] ?? ''),
      });
      setSessionCookies(request, reply, signedIn.sessionToken, signedIn.csrfToken);
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
}
