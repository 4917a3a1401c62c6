import type { OrganizationLevel } from '../../../shared/accounts/accounts.schemas.js';
import type { Actor } from '../../plugins/access.js';

export type Decision = { allowed: true } | { allowed: false; reason: string };
const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

export type OrganizationFacts = { id: string; type: string; level: string | null; regionCode: string | null };

/** 计划单列市 act as province-level units (001_…: 各省、自治区、直辖市、计划单列市). */
export const planCities = new Set(['210200', '370200', '330200', '350200', '440300']);

/**
 * 新疆生产建设兵团 has no GB/T 2260 code. As the national statistics' 统计用区划代码 do, it is a province-level unit
 * with region code 660000, so its jurisdiction is the codes 66…; 001_… gives it the 计划单列市 quota (10 and 5).
 */
export const xinjiangCorpsRegionCode = '660000';

const levelRank: Record<OrganizationLevel, number> = { national: 0, province: 1, central: 1, city: 2, district: 3 };

/** The region-code prefix an organisation covers: 42 for a province, 4201 for a city, all six for a district. */
export function jurisdictionPrefix(organization: Pick<OrganizationFacts, 'level' | 'regionCode'>): string | null {
  const code = organization.regionCode;
  if (organization.level === 'national') return '';
  if (!code) return null;
  if (organization.level === 'province') return planCities.has(code) ? code.slice(0, 4) : code.slice(0, 2);
  if (organization.level === 'city') return code.slice(0, 4);
  return code;
}

export function isRegionWithin(
  regionCode: string,
  organization: Pick<OrganizationFacts, 'level' | 'regionCode'>,
): boolean {
  const prefix = jurisdictionPrefix(organization);
  return prefix !== null && regionCode.startsWith(prefix);
}

/** An office or recommending unit's administrator creates units of a lower level inside its own region. */
export function canCreateOrganization(
  actor: Actor,
  actorOrganization: OrganizationFacts | undefined,
  input: { type: 'office' | 'recommender'; level: OrganizationLevel; regionCode?: string },
): Decision {
  if (actor.role === 'admin') return allow;
  if (!actor.isOrganizationAdmin || !actorOrganization) return deny('只有本单位管理员可以创建下级单位');
  if (actorOrganization.type === 'recommender' && input.type !== 'recommender')
    return deny('推荐单位只能创建下级推荐单位');
  if (actorOrganization.type !== 'office' && actorOrganization.type !== 'recommender') return deny('企业不能创建单位');
  const actorLevel = actorOrganization.level as OrganizationLevel;
  if (input.level === 'central' && actorLevel !== 'national') return deny('中央企业只能由国家级主管部门创建');
  if (levelRank[input.level] <= levelRank[actorLevel]) return deny('只能创建下级单位');
  if (input.regionCode && !isRegionWithin(input.regionCode, actorOrganization))
    return deny('下级单位的行政区划须在本单位辖区内');
  return allow;
}

/** Administrators manage users anywhere; an organisation administrator in its own organisation and below. */
export function canManageUsersOf(actor: Actor, organizationChain: string[]): Decision {
  if (actor.role === 'admin') return allow;
  if (!actor.isOrganizationAdmin || !actor.organizationId) return deny('只有本单位管理员可以管理用户');
  return organizationChain.includes(actor.organizationId) ? allow : deny('该单位不在管理范围内');
}

/** Which enterprises an actor sees: all, a region prefix, a central group's members, or only itself. */
export type EnterpriseScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'group'; groupId: string }
  | { kind: 'self'; organizationId: string }
  | { kind: 'none' };

export function enterpriseScopeOf(actor: Actor, organization: OrganizationFacts | undefined): EnterpriseScope {
  if (actor.role === 'admin') return { kind: 'all' };
  if (!organization) return { kind: 'none' };
  if (organization.type === 'enterprise') return { kind: 'self', organizationId: organization.id };
  if (actor.role === 'expert') return { kind: 'none' };
  if (organization.level === 'central') return { kind: 'group', groupId: organization.id };
  const prefix = jurisdictionPrefix(organization);
  return prefix === null ? { kind: 'none' } : { kind: 'region', prefix };
}

export function isEnterpriseInScope(
  scope: EnterpriseScope,
  enterprise: { organizationId: string; regionCode: string; centralGroupId: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return enterprise.regionCode.startsWith(scope.prefix);
    case 'group':
      return enterprise.centralGroupId === scope.groupId;
    case 'self':
      return enterprise.organizationId === scope.organizationId;
    case 'none':
      return false;
  }
}
