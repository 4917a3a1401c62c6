import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenCreatedSchema,
  apiTokenSchema,
  changePasswordBodySchema,
  createApiTokenBodySchema,
  forgotPasswordBodySchema,
  loginBodySchema,
  meSchema,
  passwordResetBodySchema,
  sessionSchema,
  userSummarySchema,
} from '../../../shared/accounts/accounts.schemas.js';
import { actorOf, auditContextOf } from '../../plugins/request-context.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { UsersService } from '../users/users.service.js';
import { clearSessionCookies, startSession } from './auth.cookies.js';
import { AccountLockedError, TooManyAttemptsError } from './auth.errors.js';
import type { AuthService } from './auth.service.js';

const tags = ['auth 登录与会话'];
const okSchema = z.object({ ok: z.literal(true) });

export function registerAuthRoutes(
  app: FastifyInstance,
  services: { auth: AuthService; organizations: OrganizationsService; users: UsersService },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { auth } = services;

  api.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '登录',
        body: loginBodySchema,
        response: { 200: z.object({ user: userSummarySchema }) },
      },
    },
    async (request, reply) => {
      try {
        return { user: await startSession(auth, request, reply, request.body) };
      } catch (error) {
        if (error instanceof AccountLockedError || error instanceof TooManyAttemptsError) {
          reply.header('retry-after', String(error.retryAfterSeconds));
        }
        throw error;
      }
    },
  );
  api.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, summary: '退出登录', response: { 200: okSchema } } },
    async (request, reply) => {
      await auth.signOut(actorOf(request), auditContextOf(request));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );
  api.get(
    '/api/me',
    { config: { access: 'authenticated' }, schema: { tags, summary: '当前用户', response: { 200: meSchema } } },
    async (request) => {
      const actor = actorOf(request);
      const user = await services.users.findById(actor.userId);
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          role: actor.role,
          displayName: user?.displayName ?? actor.username,
          isOrganizationAdmin: actor.isOrganizationAdmin,
        },
        organization: await services.organizations.getOrganization(actor.organizationId),
      };
    },
  );
  api.get(
    '/api/me/sessions',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的登录会话', response: { 200: z.array(sessionSchema) } },
    },
    (request) => auth.listSessions(actorOf(request)),
  );
  api.post(
    '/api/me/sessions/revoke-others',
    { config: { access: 'authenticated' }, schema: { tags, summary: '退出其他所有设备', response: { 200: okSchema } } },
    async (request) => {
      await auth.signOutEverywhere(actorOf(request), auditContextOf(request));
      return { ok: true as const };
    },
  );
  api.delete(
    '/api/me/sessions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '结束一个会话',
        params: z.object({ id: z.string().max(64) }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await auth.endSession(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
  api.post(
    '/api/me/tokens',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '创建个人 API 令牌（只显示一次）',
        body: createApiTokenBodySchema,
        response: { 201: apiTokenCreatedSchema },
      },
    },
    async (request, reply) => {
      const created = await auth.createApiToken(actorOf(request), request.body.name, auditContextOf(request));
      return reply.status(201).send(created);
    },
  );
  api.get(
    '/api/me/tokens',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的 API 令牌', response: { 200: z.array(apiTokenSchema) } },
    },
    (request) => auth.listApiTokens(actorOf(request)),
  );
  api.delete(
    '/api/me/tokens/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '吊销 API 令牌',
        params: z.object({ id: z.string().max(64) }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await auth.revokeApiToken(actorOf(request), request.params.id, auditContextOf(request));
      return { ok: true as const };
    },
  );
  api.post(
    '/api/auth/password-reset',
    {
      config: { access: 'public' },
      schema: { tags, summary: '用重置链接设置新密码', body: passwordResetBodySchema, response: { 200: okSchema } },
    },
    async (request) => {
      await auth.resetPassword(request.body.token, request.body.password, request.ip);
      return { ok: true as const };
    },
  );
  api.post(
    '/api/auth/forgot-password',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '忘记密码：已配置邮件时发送重置链接（无论账号是否存在，答复相同）',
        body: forgotPasswordBodySchema,
        response: { 200: z.object({ ok: z.literal(true), message: z.string() }) },
      },
    },
    async (request) => {
      await auth.requestPasswordReset(request.body.username, request.ip);
      return {
        ok: true as const,
        message:
          '如该账号登记了电子邮箱，重置链接已发送，请查收。未收到时，请联系本单位账号管理员或平台管理员发放重置链接。',
      };
    },
  );
  api.post(
    '/api/me/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '修改密码（其他设备上的会话随之结束）',
        body: changePasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await auth.changePassword(
        actorOf(request),
        request.body.currentPassword,
        request.body.newPassword,
        auditContextOf(request),
      );
      return { ok: true as const };
    },
  );
}
