import type { Me } from './accounts.api.js';

/**
 * Which screens to offer; the server decides every request again (organizations.policy.ts). Platform
 * administrators manage everything; an organisation administrator manages its own organisation and below.
 */
export function canOpenAdministration(me: Me | null | undefined): boolean {
  if (!me) return false;
  if (me.user.role === 'admin') return true;
  return me.user.isOrganizationAdmin && me.organization !== null;
}

/** 主管部门 and 推荐单位 administrators create units below their own; enterprises create none. */
export function canCreateOrganizations(me: Me | null | undefined): boolean {
  if (!me) return false;
  if (me.user.role === 'admin') return true;
  const type = me.organization?.type;
  return me.user.isOrganizationAdmin && (type === 'office' || type === 'recommender');
}

/** 本单位: the enterprise's own profile, for users of an enterprise. */
export function canOpenOwnEnterprise(me: Me | null | undefined): boolean {
  return me?.organization?.type === 'enterprise';
}

/** 辖区企业: recommending units verify the enterprises in their jurisdiction; the platform administrator sees all. */
export function canOpenJurisdictionEnterprises(me: Me | null | undefined): boolean {
  return me?.user.role === 'admin' || me?.user.role === 'recommender';
}

/** 我的申报: applications are created and edited by enterprise users. */
export function canOpenMyApplications(me: Me | null | undefined): boolean {
  return me?.user.role === 'enterprise';
}

/** 申报管理: programme offices publish and run calls; the platform administrator sees every office's. */
export function canManageCalls(me: Me | null | undefined): boolean {
  return me?.user.role === 'admin' || me?.user.role === 'office';
}

/** 推荐工作台: recommending units review and recommend; offices see what reached them. */
export function canOpenReviews(me: Me | null | undefined): boolean {
  return me?.user.role === 'recommender' || me?.user.role === 'office';
}

/** The audit log is for platform administrators only. */
export function canReadAuditLog(me: Me | null | undefined): boolean {
  return me?.user.role === 'admin';
}

/**
 * A `next` address from the query string, kept only when it is a path on this site (no `//host`
 * or `https://…`), so a crafted sign-in link cannot send the user elsewhere.
 */
export function safeNextPath(next: string | null, fallback = '/account'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
