import { describe, expect, it } from 'vitest';
import {
  canCreateOrganizations,
  canManageCalls,
  canOpenAdministration,
  canOpenMyApplications,
  canReadAuditLog,
  safeNextPath,
} from './accounts.access.js';
import type { Me } from './accounts.api.js';

function me(
  role: Me['user']['role'],
  isOrganizationAdmin: boolean,
  type?: 'office' | 'recommender' | 'enterprise',
): Me {
  return {
    user: { id: '1', username: 'u', role, displayName: 'u', isOrganizationAdmin },
    organization: type ? { id: 'o', type, name: '单位', level: null, regionCode: null, parentId: null } : null,
  };
}

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/admin/users?q=a')).toBe('/admin/users?q=a');
  });

  it('refuses other hosts, protocol-relative and backslash tricks, falling back to 我的账号', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'account', '', null]) {
      expect(safeNextPath(next)).toBe('/account');
    }
  });
});

describe('administration access', () => {
  it('platform administrators see administration, unit creation and the audit log', () => {
    const admin = me('admin', false);
    expect([canOpenAdministration(admin), canCreateOrganizations(admin), canReadAuditLog(admin)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('an enterprise administrator manages users but creates no units and reads no audit log', () => {
    const enterpriseAdmin = me('enterprise', true, 'enterprise');
    expect([
      canOpenAdministration(enterpriseAdmin),
      canCreateOrganizations(enterpriseAdmin),
      canReadAuditLog(enterpriseAdmin),
    ]).toEqual([true, false, false]);
  });

  it('a recommending unit administrator creates units; its ordinary users see no administration', () => {
    expect(canCreateOrganizations(me('recommender', true, 'recommender'))).toBe(true);
    expect(canOpenAdministration(me('recommender', false, 'recommender'))).toBe(false);
    expect(canOpenAdministration(null)).toBe(false);
  });
});

describe('calls and applications access', () => {
  it('enterprise users open 我的申报; offices and the platform administrator open 申报管理', () => {
    const cases = [
      me('enterprise', false, 'enterprise'),
      me('office', false, 'office'),
      me('admin', false),
      me('recommender', true, 'recommender'),
    ];
    expect(cases.map((user) => [canOpenMyApplications(user), canManageCalls(user)])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect([canOpenMyApplications(null), canManageCalls(null)]).toEqual([false, false]);
  });
});
