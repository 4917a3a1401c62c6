import type { Role } from './accounts.schemas.js';

/** Password policy (accounts issue): at least 10 characters and not the username. Returns problems, never throws. */
export function checkPasswordPolicy(username: string | undefined, password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < 10) problems.push('密码至少10个字符');
  if (username && password.trim().toLowerCase() === username.trim().toLowerCase())
    problems.push('密码不能与用户名相同');
  return problems;
}

export const usernamePattern = /^[A-Za-z0-9_.@-]{3,64}$/;

/** Which roles an organisation of each type can hold; the server answers ROLE_MISMATCH to anything else. */
export const rolesOfOrganizationType: Record<'enterprise' | 'recommender' | 'office', Role[]> = {
  enterprise: ['enterprise'],
  recommender: ['recommender'],
  office: ['office', 'expert'],
};

export function roleFitsOrganization(role: Role, organizationType: string): boolean {
  return rolesOfOrganizationType[organizationType as keyof typeof rolesOfOrganizationType]?.includes(role) ?? false;
}
