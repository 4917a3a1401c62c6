import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { roleFitsOrganization } from '../../../shared/accounts/accounts.rules.js';
import type {
  AcceptInvitationBody,
  CreateInvitationBody,
  CreateOrganizationBody,
  CreateUserBody,
  Organization,
  RegisterEnterpriseBody,
  Role,
  UpdateUserBody,
} from '../../../shared/accounts/accounts.schemas.js';
import { classifyEnterpriseSize, type EnterpriseSize } from '../../../shared/organizations/enterprise-size.rules.js';
import { checkUscc, normaliseUscc, usccProblemMessages } from '../../../shared/organizations/uscc.rules.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import { invitationLifetimeMs } from '../auth/auth.rules.js';
import type { AuthService } from '../auth/auth.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import { createUsersService } from '../users/users.service.js';
import {
  duplicateUscc,
  forbidden,
  invalidIndustry,
  invalidRegion,
  invalidUscc,
  invitationExpired,
  invitationNotFound,
  organizationNotFound,
  regionLevelMismatch,
  regionNotCounty,
  roleMismatch,
  userNotFound,
  userVersionConflict,
} from './organizations.errors.js';
import { canCreateOrganization, canManageUsersOf, planCities } from './organizations.policy.js';
import { createOrganizationsRepository, type ListPage, type OrganizationRow } from './organizations.repository.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  type: row.type as Organization['type'],
  name: row.name,
  level: row.level as Organization['level'],
  regionCode: row.regionCode,
  parentId: row.parentId,
});

/** Masks a username for a stranger: enough to recognise, not enough to sign in with. */
const maskUsername = (username: string) => `${username.slice(0, 2)}${'*'.repeat(Math.max(3, username.length - 2))}`;

class DuplicateRegistration extends Error {}

export function createOrganizationsService({
  db,
  reference,
  auth,
  now = () => new Date(),
}: {
  db: Database;
  reference: ReferenceService;
  auth: AuthService;
  now?: () => Date;
}) {
  const repository = createOrganizationsRepository({ db });

  /** The organisation and its ancestors, nearest first. */
  async function loadChain(organizationId: string): Promise<string[]> {
    const chain: string[] = [];
    let current = await repository.findById(organizationId);
    while (current && chain.length < 10) {
      chain.push(current.id);
      current = current.parentId ? await repository.findById(current.parentId) : undefined;
    }
    return chain;
  }

  async function ensureRegionFitsLevel(level: CreateOrganizationBody['level'], regionCode: string): Promise<void> {
    const region = await reference.findRegion(regionCode);
    if (!region) throw invalidRegion(regionCode);
    const fits =
      (level === 'province' && (region.level === 'province' || planCities.has(regionCode))) ||
      (level === 'city' && region.level === 'city') ||
      (level === 'district' && region.level === 'county');
    if (!fits) throw regionLevelMismatch();
  }

  /** What an actor may list: everything for 系统管理员, its own subtree for an organisation administrator. */
  async function visibleOrganizationIds(actor: Actor): Promise<string[] | undefined> {
    if (actor.role === 'admin') return undefined;
    if (!actor.isOrganizationAdmin || !actor.organizationId) throw forbidden('只有单位管理员可以管理账号');
    return repository.listSubtreeIds(actor.organizationId);
  }

  async function ensureManages(actor: Actor, organizationId: string): Promise<OrganizationRow> {
    const organization = await repository.findById(organizationId);
    if (!organization) throw organizationNotFound();
    const decision = canManageUsersOf(actor, await loadChain(organization.id));
    if (!decision.allowed) {
      // Outside one's own subtree the organisation is unseen: 404, nothing learned (CONTRACT.md).
      throw actor.isOrganizationAdmin ? organizationNotFound() : forbidden(decision.reason);
    }
    return organization;
  }

  return {
    async listOrganizations(actor: Actor, query: ListPage & { type?: string }) {
      const rows = await repository.listOrganizations({ ...query, within: await visibleOrganizationIds(actor) });
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((row) => ({ ...toOrganization(row.organization), userCount: row.userCount })),
        nextCursor: rows.length > query.limit ? page.at(-1)!.organization.id : null,
      };
    },

    async listUsers(actor: Actor, query: ListPage & { organizationId?: string }) {
      const visible = await visibleOrganizationIds(actor);
      if (query.organizationId && visible && !visible.includes(query.organizationId)) throw organizationNotFound();
      const organizationIds = query.organizationId ? [query.organizationId] : visible;
      const rows = await repository.listUsers({ ...query, organizationIds });
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(({ user, organizationName }) => ({
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          role: user.role as Role,
          organizationId: user.organizationId,
          organizationName,
          isOrganizationAdmin: user.isOrganizationAdmin,
          lockedUntil: user.lockedUntil && user.lockedUntil > now() ? user.lockedUntil.toISOString() : null,
          createdAt: user.createdAt.toISOString(),
          email: user.email,
          version: user.version,
        })),
        nextCursor: rows.length > query.limit ? page.at(-1)!.user.id : null,
      };
    },

    /** 邀请: a one-time link for a new account in an organisation the actor manages. */
    async createInvitation(actor: Actor, input: CreateInvitationBody, context: AuditContext) {
      const organization = await ensureManages(actor, input.organizationId);
      if (!roleFitsOrganization(input.role, organization.type)) throw roleMismatch();
      const token = randomBytes(32).toString('base64url');
      const id = randomUUID();
      const at = now();
      const expiresAt = new Date(at.getTime() + invitationLifetimeMs);
      await transaction(db, async (tx) => {
        await createOrganizationsRepository({ db: tx }).insertInvitation({
          id,
          tokenHash: sha256(token),
          organizationId: organization.id,
          role: input.role,
          isOrganizationAdmin: input.isOrganizationAdmin,
          createdBy: actor.userId,
          createdAt: at,
          expiresAt,
        });
        await createAuditService({ db: tx }).record(context, {
          action: 'invitation.created',
          targetType: 'organization',
          targetId: organization.id,
          newValue: { invitationId: id, role: input.role, isOrganizationAdmin: input.isOrganizationAdmin },
        });
      });
      return { id, token, url: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
    },

    async getInvitation(token: string) {
      const invitation = await repository.findInvitationByHash(sha256(token));
      if (!invitation) throw invitationNotFound();
      if (invitation.usedAt || invitation.expiresAt <= now()) throw invitationExpired();
      const organization = await repository.findById(invitation.organizationId);
      return {
        organizationName: organization?.name ?? '',
        role: invitation.role as Role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },

    async acceptInvitation(
      token: string,
      input: AcceptInvitationBody,
      ip: string,
    ): Promise<{ id: string; username: string; role: Role }> {
      if (!(await repository.findInvitationByHash(sha256(token)))) throw invitationNotFound();
      return transaction(db, async (tx) => {
        const invitation = await createOrganizationsRepository({ db: tx }).claimInvitation(sha256(token), now());
        if (!invitation) throw invitationExpired();
        const user = await createUsersService({ db: tx }).createUser({
          username: input.username,
          password: input.password,
          role: invitation.role as Role,
          displayName: input.displayName,
          email: input.email,
          organizationId: invitation.organizationId,
          isOrganizationAdmin: invitation.isOrganizationAdmin,
        });
        await createAuditService({ db: tx }).record(
          { actorUserId: user.id, actorUsername: user.username, ip },
          {
            action: 'invitation.accepted',
            targetType: 'user',
            targetId: user.id,
            newValue: { organizationId: invitation.organizationId, role: invitation.role },
          },
        );
        return user;
      });
    },

    /** Changes an account's role, administrator flag, name or e-mail; audited with old and new values. */
    async updateUser(actor: Actor, userId: string, version: number, changes: UpdateUserBody, context: AuditContext) {
      const user = await createUsersService({ db }).findById(userId);
      if (!user || (actor.role !== 'admin' && !user.organizationId)) throw userNotFound();
      const organization = user.organizationId ? await ensureManages(actor, user.organizationId) : undefined;
      if (changes.role && (!organization || !roleFitsOrganization(changes.role, organization.type)))
        throw roleMismatch();
      if (user.id === actor.userId && (changes.role || changes.isOrganizationAdmin === false))
        throw forbidden('不能修改自己的角色或管理员身份');
      return transaction(db, async (tx) => {
        const updated = await createUsersService({ db: tx }).updateAtVersion(user.id, version, changes);
        if (!updated) throw userVersionConflict();
        await createAuditService({ db: tx }).record(context, {
          action: 'user.updated',
          targetType: 'user',
          targetId: user.id,
          oldValue: Object.fromEntries(Object.keys(changes).map((key) => [key, user[key as keyof typeof user]])),
          newValue: changes,
        });
        return { id: updated.id, version: updated.version };
      });
    },

    async issuePasswordReset(actor: Actor, userId: string, context: AuditContext) {
      const user = await createUsersService({ db }).findById(userId);
      if (!user) throw userNotFound();
      if (actor.role !== 'admin') {
        if (!user.organizationId) throw userNotFound();
        await ensureManages(actor, user.organizationId);
      }
      return auth.issuePasswordReset(user.id, context);
    },

    async getOrganization(id: string | null): Promise<Organization | null> {
      if (!id) return null;
      const row = await repository.findById(id);
      return row ? toOrganization(row) : null;
    },

    /** 企业注册: the enterprise organisation, its profile and its first (administrator) account in one transaction. */
    async registerEnterprise(
      input: RegisterEnterpriseBody,
      context: AuditContext,
    ): Promise<{
      user: { id: string; username: string; role: 'enterprise' };
      enterprise: { id: string; uscc: string; name: string; size: EnterpriseSize };
    }> {
      const uscc = normaliseUscc(input.enterprise.uscc);
      const problem = checkUscc(uscc);
      if (problem) throw invalidUscc(usccProblemMessages[problem]);
      const region = await reference.findRegion(input.enterprise.regionCode);
      if (!region) throw invalidRegion(input.enterprise.regionCode);
      if (region.level !== 'county') throw regionNotCounty();
      const industry = await reference.findIndustry(input.enterprise.industryCode);
      if (!industry || (industry.level !== 'division' && industry.level !== 'group'))
        throw invalidIndustry(input.enterprise.industryCode);
      const existing = await repository.findEnterpriseByUscc(uscc);
      if (existing) throw await duplicateError(existing.organizationId, uscc);
      const size = classifyEnterpriseSize(input.enterprise.employees, input.enterprise.revenue);
      const organizationId = randomUUID();
      return transaction(db, async (tx) => {
        const txRepository = createOrganizationsRepository({ db: tx });
        await txRepository.insertOrganization({
          id: organizationId,
          type: 'enterprise',
          name: input.enterprise.name,
          level: null,
          regionCode: region.code,
          parentId: null,
        });
        const enterprise = await txRepository.insertEnterprise({
          organizationId,
          uscc,
          name: input.enterprise.name,
          regionCode: region.code,
          industryCode: industry.code,
          employees: input.enterprise.employees,
          revenue: input.enterprise.revenue,
          size,
        });
        // Lost a race with another registration of the same code: roll back everything.
        if (!enterprise) throw new DuplicateRegistration();
        const user = await createUsersService({ db: tx }).createUser({
          username: input.username,
          password: input.password,
          role: 'enterprise',
          displayName: input.enterprise.name,
          email: input.email,
          organizationId,
          isOrganizationAdmin: true,
        });
        await createAuditService({ db: tx }).record(
          { ...context, actorUserId: user.id, actorUsername: user.username },
          {
            action: 'enterprise.registered',
            targetType: 'organization',
            targetId: organizationId,
            newValue: { uscc, name: input.enterprise.name, size },
          },
        );
        return {
          user: { id: user.id, username: user.username, role: 'enterprise' as const },
          enterprise: { id: organizationId, uscc, name: input.enterprise.name, size },
        };
      }).catch(async (error: unknown) => {
        if (!(error instanceof DuplicateRegistration)) throw error;
        const winner = await repository.findEnterpriseByUscc(uscc);
        throw await duplicateError(winner?.organizationId ?? organizationId, uscc);
      });
    },

    async createOrganization(
      actor: Actor,
      input: CreateOrganizationBody,
      context: AuditContext,
    ): Promise<{ id: string }> {
      const actorOrganization = actor.organizationId ? await repository.findById(actor.organizationId) : undefined;
      const decision = canCreateOrganization(actor, actorOrganization, input);
      if (!decision.allowed) throw forbidden(decision.reason);
      if (input.regionCode) await ensureRegionFitsLevel(input.level, input.regionCode);
      return transaction(db, async (tx) => {
        const row = await createOrganizationsRepository({ db: tx }).insertOrganization({
          id: randomUUID(),
          type: input.type,
          name: input.name,
          level: input.level,
          regionCode: input.regionCode ?? null,
          parentId: actor.role === 'admin' ? (actor.organizationId ?? null) : actorOrganization!.id,
        });
        await createAuditService({ db: tx }).record(context, {
          action: 'organization.created',
          targetType: 'organization',
          targetId: row.id,
          newValue: toOrganization(row),
        });
        return { id: row.id };
      });
    },

    async createUser(actor: Actor, input: CreateUserBody, context: AuditContext): Promise<{ id: string }> {
      const organization = await ensureManages(actor, input.organizationId);
      if (!roleFitsOrganization(input.role, organization.type)) throw roleMismatch();
      return transaction(db, async (tx) => {
        const user = await createUsersService({ db: tx }).createUser({
          username: input.username,
          password: input.password,
          role: input.role,
          displayName: input.displayName,
          email: input.email,
          organizationId: organization.id,
          isOrganizationAdmin: input.isOrganizationAdmin,
        });
        await createAuditService({ db: tx }).record(context, {
          action: 'user.created',
          targetType: 'user',
          targetId: user.id,
          newValue: {
            username: user.username,
            role: user.role,
            organizationId: organization.id,
            isOrganizationAdmin: input.isOrganizationAdmin,
          },
        });
        return { id: user.id };
      });
    },
  };

  async function duplicateError(organizationId: string, uscc: string) {
    const admins = await createUsersService({ db }).listOrganizationAdmins(organizationId);
    const hint = admins.length ? `用户名 ${admins.map(maskUsername).join('、')}` : '贵企业已注册的账号';
    return duplicateUscc(uscc, hint);
  }
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
