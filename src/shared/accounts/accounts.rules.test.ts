import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, roleFitsOrganization } from './accounts.rules.js';

describe('checkPasswordPolicy', () => {
  it('asks for at least 10 characters, counting Chinese characters as one each', () => {
    expect(checkPasswordPolicy('user', 'short')).toEqual(['密码至少10个字符']);
    expect(checkPasswordPolicy('user', '智能制造试点示范平台账')).toEqual([]);
  });

  it('refuses the username as the password, ignoring case and surrounding spaces', () => {
    expect(checkPasswordPolicy('Enterprise01', ' enterprise01 ')).toEqual(['密码不能与用户名相同']);
  });

  it('accepts any password of 10 or more characters that is not the username', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10, maxLength: 40 }), (password) => {
        expect(checkPasswordPolicy(`${password}-x`, password)).toEqual([]);
      }),
    );
  });
});

describe('roleFitsOrganization', () => {
  it('lets offices hold office and expert accounts, and every other type only its own role', () => {
    expect(roleFitsOrganization('expert', 'office')).toBe(true);
    expect(roleFitsOrganization('office', 'office')).toBe(true);
    expect(roleFitsOrganization('recommender', 'recommender')).toBe(true);
    expect(roleFitsOrganization('office', 'recommender')).toBe(false);
    expect(roleFitsOrganization('admin', 'enterprise')).toBe(false);
    expect(roleFitsOrganization('enterprise', 'unknown')).toBe(false);
  });
});
