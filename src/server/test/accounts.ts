import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/accounts/accounts.schemas.js';
import type { Database } from '../db/client.js';
import { createOrganizationsRepository } from '../modules/organizations/organizations.repository.js';
import { createUsersService } from '../modules/users/users.service.js';

export const testPassword = 'Correct-horse-battery-1';

/** An organisation with one administrator account, written straight to the database for test setup. */
export async function createOrganizationWithAdmin(
  db: Database,
  input: {
    type: 'office' | 'recommender' | 'enterprise';
    level: string | null;
    regionCode: string | null;
    role: Role;
    username: string;
    parentId?: string;
  },
): Promise<{ organizationId: string; userId: string }> {
  const organizationId = randomUUID();
  await createOrganizationsRepository({ db }).insertOrganization({
    id: organizationId,
    type: input.type,
    name: `${input.username} 单位`,
    level: input.level,
    regionCode: input.regionCode,
    parentId: input.parentId ?? null,
  });
  const user = await createUsersService({ db }).createUser({
    username: input.username,
    password: testPassword,
    role: input.role,
    organizationId,
    isOrganizationAdmin: true,
  });
  return { organizationId, userId: user.id };
}
