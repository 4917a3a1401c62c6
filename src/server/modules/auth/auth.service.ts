import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor, Role } from '../../plugins/access.js';
import type { AuditContext } from '../audit/audit.service.js';
import { createAuditService } from '../audit/audit.service.js';
import type { Mailer } from '../mail/mail.service.js';
import { createUsersRepository, type UserRow } from '../users/users.repository.js';
import { createUsersService, passwordHashOptions } from '../users/users.service.js';
import {
  AccountLockedError,
  invalidCredentials,
  resetTokenExpired,
  sessionEnded,
  sessionNotFound,
  TooManyAttemptsError,
  tokenNotFound,
  wrongCurrentPassword,
} from './auth.errors.js';
import { createRecentSessions } from './auth.recent-sessions.js';
import { createAuthRepository, liveSessionCondition } from './auth.repository.js';
import {
  accountFailureLimit,
  accountLockMs,
  addressFailureLimit,
  addressWindowMs,
  passwordResetLifetimeMs,
  secondsUntil,
  sessionLifetimeMs,
  sessionTouchIntervalMs,
} from './auth.rules.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

export type SignInInput = { username: string; password: string; ip: string; userAgent: string };
export type SignedIn = { user: { id: string; username: string; role: Role }; sessionToken: string; csrfToken: string };

/** Checking a password against this when the user does not exist keeps both answers equally slow. */
let dummyHash: Promise<string> | undefined;

export type AuthServiceDependencies = {
  db: Database;
  now?: () => Date;
  /** Sends password-reset links; null when SMTP is not configured. */
  mailer?: Mailer | null;
  /** Base of links in e-mails, e.g. https://impilot.example.gov.cn */
  publicUrl?: string;
};

export function createAuthService({
  db,
  now = () => new Date(),
  mailer = null,
  publicUrl = '',
}: AuthServiceDependencies) {
  const repository = createAuthRepository({ db });
  const usersRepository = createUsersRepository({ db });
  const recentSessions = createRecentSessions({ limit: 10_000, maxAgeMs: sessionTouchIntervalMs });

  const toActor = (
    user: Pick<UserRow, 'id' | 'username' | 'role' | 'organizationId' | 'isOrganizationAdmin'>,
    sessionId: string | null,
    csrfToken: string | null,
  ): Actor => ({
    userId: user.id,
    username: user.username,
    role: user.role as Role,
    organizationId: user.organizationId,
    isOrganizationAdmin: user.isOrganizationAdmin,
    sessionId,
    csrfToken,
  });

  async function recordFailure(user: UserRow | undefined, input: SignInInput, at: Date): Promise<void> {
    await repository.insertSignInFailure(randomUUID(), input.ip, at);
    const locked = user
      ? await usersRepository.recordFailedSignIn(user.id, accountFailureLimit, new Date(at.getTime() + accountLockMs))
      : undefined;
    await createAuditService({ db }).record(
      { actorUserId: user?.id ?? null, actorUsername: input.username, ip: input.ip },
      {
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user?.id,
        newValue:
          locked?.lockedUntil && locked.lockedUntil > at
            ? { lockedUntil: locked.lockedUntil.toISOString() }
            : undefined,
      },
    );
  }

  return {
    async signIn(input: SignInInput): Promise<SignedIn> {
      const at = now();
      const failures = await repository.countSignInFailures(input.ip, new Date(at.getTime() - addressWindowMs));
      if (failures >= addressFailureLimit) throw new TooManyAttemptsError(addressWindowMs / 1000);
      const user = await usersRepository.findByUsername(input.username);
      if (user?.lockedUntil && user.lockedUntil > at) throw new AccountLockedError(secondsUntil(user.lockedUntil, at));
      dummyHash ??= hash('impilot-dummy-password', passwordHashOptions);
      const isValid = await verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
      if (!user || !isValid) {
        await recordFailure(user, input, at);
        throw invalidCredentials();
      }
      const sessionToken = newSecret();
      const csrfToken = newSecret();
      await transaction(db, async (txDb) => {
        await createUsersRepository({ db: txDb }).resetFailedSignIns(user.id);
        await createAuthRepository({ db: txDb }).insertSession({
          id: randomUUID(),
          tokenHash: sha256(sessionToken),
          userId: user.id,
          csrfToken,
          ip: input.ip,
          userAgent: input.userAgent.slice(0, 300),
          createdAt: at,
          lastSeenAt: at,
          expiresAt: new Date(at.getTime() + sessionLifetimeMs),
        });
        await createAuditService({ db: txDb }).record(
          { actorUserId: user.id, actorUsername: user.username, ip: input.ip },
          { action: 'auth.sign_in', targetType: 'user', targetId: user.id },
        );
      });
      return { user: { id: user.id, username: user.username, role: user.role as Role }, sessionToken, csrfToken };
    },

    /** 重置密码: a one-time link an administrator hands over; the policy check is the caller's. */
    async issuePasswordReset(userId: string, context: AuditContext) {
      const token = newSecret();
      const at = now();
      const expiresAt = new Date(at.getTime() + passwordResetLifetimeMs);
      await transaction(db, async (tx) => {
        await createAuthRepository({ db: tx }).insertPasswordReset({
          id: randomUUID(),
          tokenHash: sha256(token),
          userId,
          createdBy: context.actorUserId ?? 'system',
          createdAt: at,
          expiresAt,
        });
        await createAuditService({ db: tx }).record(context, {
          action: 'user.password_reset_issued',
          targetType: 'user',
          targetId: userId,
        });
      });
      return { token, url: `/reset-password/${token}`, expiresAt: expiresAt.toISOString() };
    },

    /**
     * 忘记密码: mails a reset link when SMTP is configured and the account has an e-mail address. The answer
     * is the same either way, so the form reveals nothing about which usernames exist.
     */
    async requestPasswordReset(username: string, ip: string): Promise<{ mailed: boolean }> {
      const user = await usersRepository.findByUsername(username);
      if (!mailer || !user?.email) return { mailed: false };
      const issued = await this.issuePasswordReset(user.id, { actorUserId: null, actorUsername: username, ip });
      await mailer.send({
        to: user.email,
        subject: 'impilot 密码重置',
        text: `${user.displayName}，您好：\n\n请在24小时内打开以下链接设置新密码（链接只能使用一次）：\n${publicUrl}${issued.url}\n\n如非本人操作，请忽略本邮件。`,
      });
      return { mailed: true };
    },

    /** Uses a reset token once: new password, lock lifted, every session ended. */
    async resetPassword(token: string, password: string, ip: string): Promise<void> {
      await transaction(db, async (tx) => {
        const reset = await createAuthRepository({ db: tx }).claimPasswordReset(sha256(token), now());
        if (!reset) throw resetTokenExpired();
        const user = await createUsersRepository({ db: tx }).findById(reset.userId);
        if (!user) throw resetTokenExpired();
        await createUsersService({ db: tx }).setPassword(user, password);
        await createAuthRepository({ db: tx }).deleteOtherSessions(user.id, null);
        await createAuditService({ db: tx }).record(
          { actorUserId: user.id, actorUsername: user.username, ip },
          { action: 'user.password_reset', targetType: 'user', targetId: user.id },
        );
      });
    },

    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
      context: AuditContext,
    ): Promise<void> {
      const user = await usersRepository.findById(actor.userId);
      if (!user || !(await verify(user.passwordHash, currentPassword).catch(() => false))) throw wrongCurrentPassword();
      await transaction(db, async (tx) => {
        await createUsersService({ db: tx }).setPassword(user, newPassword);
        await createAuthRepository({ db: tx }).deleteOtherSessions(user.id, actor.sessionId);
        await createAuditService({ db: tx }).record(context, {
          action: 'user.password_changed',
          targetType: 'user',
          targetId: user.id,
        });
      });
    },

    /**
     * The actor of a cookie session. With `checkedByWrite` (routes whose write statement checks the session, see
     * `config.sessionCheckedByWrite`) a session resolved here under a minute ago is answered without a query.
     */
    async resolveSession(sessionToken: string, options: { checkedByWrite?: boolean } = {}): Promise<Actor | null> {
      const at = now();
      const tokenHash = sha256(sessionToken);
      const recent = options.checkedByWrite ? recentSessions.get(tokenHash, at) : undefined;
      if (recent) return recent;
      const found = await repository.findSessionWithUser(tokenHash, at);
      if (!found) {
        recentSessions.delete(tokenHash);
        return null;
      }
      const { session, user } = found;
      const isStale = at.getTime() - session.lastSeenAt.getTime() > sessionTouchIntervalMs;
      if (isStale) await repository.touchSession(session.id, at);
      const actor = toActor(user, session.id, session.csrfToken);
      recentSessions.set(tokenHash, actor, isStale ? at : session.lastSeenAt);
      return actor;
    },

    /**
     * For an actor answered from recent sessions (or any cookie actor, with `evenIfResolved`): 401 unless its session
     * is still live in PostgreSQL and its user still has the role and organisation it was resolved with. Otherwise
     * no query: an actor resolved in this request was read from PostgreSQL a moment ago.
     */
    async ensureSessionLive(actor: Actor, options: { evenIfResolved?: boolean } = {}): Promise<void> {
      if (!actor.sessionId || !(actor.sessionFromCache || options.evenIfResolved)) return;
      const found = await repository.findLiveSession(actor.sessionId, now());
      const isSame =
        found?.userId === actor.userId && found.role === actor.role && found.organizationId === actor.organizationId;
      if (isSame) return;
      recentSessions.forgetSession(actor.sessionId);
      throw sessionEnded();
    },

    /** The condition a `sessionCheckedByWrite` route's write statement carries (see `liveSessionCondition`). */
    liveSessionCondition,

    async resolveApiToken(token: string): Promise<Actor | null> {
      const row = await repository.findApiTokenByHash(sha256(token));
      if (!row) return null;
      const user = await usersRepository.findById(row.userId);
      if (!user) return null;
      await repository.touchApiToken(row.id, now());
      return toActor(user, null, null);
    },

    async signOut(actor: Actor, context: AuditContext): Promise<void> {
      if (actor.sessionId) {
        await repository.deleteSession(actor.userId, actor.sessionId);
        recentSessions.forgetSession(actor.sessionId);
      }
      await createAuditService({ db }).record(context, {
        action: 'auth.sign_out',
        targetType: 'user',
        targetId: actor.userId,
      });
    },

    /** 退出其他设备: ends every other session of the user. */
    async signOutEverywhere(actor: Actor, context: AuditContext): Promise<void> {
      await repository.deleteOtherSessions(actor.userId, actor.sessionId);
      await createAuditService({ db }).record(context, {
        action: 'auth.sign_out_everywhere',
        targetType: 'user',
        targetId: actor.userId,
      });
    },

    async listSessions(actor: Actor) {
      const rows = await repository.listSessions(actor.userId, now());
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        ip: row.ip,
        userAgent: row.userAgent,
        isCurrent: row.id === actor.sessionId,
      }));
    },

    async endSession(actor: Actor, sessionId: string): Promise<void> {
      if ((await repository.deleteSession(actor.userId, sessionId)) === 0) throw sessionNotFound();
    },

    /** A personal API token, returned once; only its hash is kept. */
    async createApiToken(actor: Actor, name: string, context: AuditContext): Promise<{ id: string; token: string }> {
      const id = randomUUID();
      const token = `imp_${newSecret()}`;
      await repository.insertApiToken({ id, tokenHash: sha256(token), userId: actor.userId, name, createdAt: now() });
      await createAuditService({ db }).record(context, {
        action: 'auth.token_created',
        targetType: 'api_token',
        targetId: id,
        newValue: { name },
      });
      return { id, token };
    },

    async listApiTokens(actor: Actor) {
      const rows = await repository.listApiTokens(actor.userId);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      }));
    },

    async revokeApiToken(actor: Actor, id: string, context: AuditContext): Promise<void> {
      if ((await repository.revokeApiToken(actor.userId, id, now())) === 0) throw tokenNotFound();
      await createAuditService({ db }).record(context, {
        action: 'auth.token_revoked',
        targetType: 'api_token',
        targetId: id,
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
