import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { checkPasswordPolicy, usernamePattern } from '../../../shared/accounts/accounts.rules.js';
import type { Database } from '../../db/client.js';
import type { Role } from '../../plugins/access.js';
import { duplicateUsername, invalidUsername, weakPassword } from './users.errors.js';
import { createUsersRepository, type UserRow } from './users.repository.js';

/** argon2id cost measured at ~86 ms on this kind of machine (STACK-NOTES); the library default is far too cheap. */
export const passwordHashOptions = { memoryCost: 65536, timeCost: 6, parallelism: 1 } as const;

export type CreateUserInput = {
  username: string;
  password: string;
  role: Role;
  displayName?: string;
  email?: string | null;
  organizationId?: string | null;
  isOrganizationAdmin?: boolean;
};

export function createUsersService({ db }: { db: Database }) {
  const repository = createUsersRepository({ db });
  return {
    countUsers: () => repository.countUsers(),
    findById: (id: string) => repository.findById(id),
    findByUsername: (username: string) => repository.findByUsername(username),
    /** The organisation's administrators' usernames, e.g. to tell a second registrant whom to contact. */
    async listOrganizationAdmins(organizationId: string): Promise<string[]> {
      const rows = await repository.listByOrganization(organizationId);
      return rows.filter((row) => row.isOrganizationAdmin).map((row) => row.username);
    },
    async createUser(input: CreateUserInput): Promise<{ id: string; username: string; role: Role }> {
      if (!usernamePattern.test(input.username)) throw invalidUsername();
      const problems = checkPasswordPolicy(input.username, input.password);
      if (problems.length) throw weakPassword(problems);
      const row = await repository.insertUser({
        id: randomUUID(),
        username: input.username,
        passwordHash: await hash(input.password, passwordHashOptions),
        role: input.role,
        displayName: input.displayName ?? input.username,
        email: input.email ?? null,
        organizationId: input.organizationId ?? null,
        isOrganizationAdmin: input.isOrganizationAdmin ?? false,
      });
      if (!row) throw duplicateUsername(input.username);
      return { id: row.id, username: row.username, role: input.role };
    },
    updateAtVersion: (id: string, version: number, changes: Partial<UserRow>) =>
      repository.updateAtVersion(id, version, changes),
    /** Sets a new password after the policy check; also lifts a sign-in lock. */
    async setPassword(user: { id: string; username: string }, password: string): Promise<void> {
      const problems = checkPasswordPolicy(user.username, password);
      if (problems.length) throw weakPassword(problems);
      await repository.setPasswordHash(user.id, await hash(password, passwordHashOptions));
    },
    /** Creates the user unless the username exists; used by start-up bootstrap and demo seeding. */
    async ensureUser(input: CreateUserInput): Promise<'created' | 'exists'> {
      if (await repository.findByUsername(input.username)) return 'exists';
      await this.createUser(input);
      return 'created';
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
