import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../plugins/access.js';
import { canCreateOrganization, enterpriseScopeOf, isEnterpriseInScope } from './organizations.policy.js';

const two = (value: number) => String(value).padStart(2, '0');
/** A county-level code within a generated region tree: province 11–65, city 01–20, county 01–99. */
const countyCode = fc
  .record({
    province: fc.integer({ min: 11, max: 65 }),
    city: fc.integer({ min: 1, max: 20 }),
    county: fc.integer({ min: 1, max: 99 }),
  })
  .map(({ province, city, county }) => `${province}${two(city)}${two(county)}`);

const actor = (role: Actor['role'], organizationId = 'unit'): Actor => ({
  userId: 'u',
  username: 'u',
  role,
  organizationId,
  isOrganizationAdmin: true,
  sessionId: null,
  csrfToken: null,
});
const unit = (level: string, regionCode: string | null) => ({ id: 'unit', type: 'recommender', level, regionCode });
const enterpriseAt = (regionCode: string) => ({ organizationId: 'e', regionCode, centralGroupId: null });

describe('jurisdiction over generated region trees', () => {
  it('the district, its city and its province see an enterprise; the national level sees everything', () => {
    fc.assert(
      fc.property(countyCode, (code) => {
        const units = [
          unit('district', code),
          unit('city', `${code.slice(0, 4)}00`),
          unit('province', `${code.slice(0, 2)}0000`),
          unit('national', null),
        ];
        for (const organization of units) {
          expect(isEnterpriseInScope(enterpriseScopeOf(actor('recommender'), organization), enterpriseAt(code))).toBe(
            true,
          );
        }
      }),
    );
  });

  it('no unit sees an enterprise outside its own region', () => {
    fc.assert(
      fc.property(countyCode, countyCode, (unitCode, enterpriseCode) => {
        const levels = [
          ['district', unitCode, 6],
          ['city', `${unitCode.slice(0, 4)}00`, 4],
          ['province', `${unitCode.slice(0, 2)}0000`, 2],
        ] as const;
        for (const [level, code, digits] of levels) {
          const isSameRegion = unitCode.slice(0, digits) === enterpriseCode.slice(0, digits);
          expect(
            isEnterpriseInScope(
              enterpriseScopeOf(actor('recommender'), unit(level, code)),
              enterpriseAt(enterpriseCode),
            ),
          ).toBe(isSameRegion);
        }
      }),
    );
  });

  it('an enterprise sees only itself and an expert sees no enterprise', () => {
    fc.assert(
      fc.property(countyCode, fc.boolean(), (code, isSelf) => {
        const self = { id: 'mine', type: 'enterprise', level: null, regionCode: code };
        const scope = enterpriseScopeOf(actor('enterprise', 'mine'), self);
        expect(
          isEnterpriseInScope(scope, {
            organizationId: isSelf ? 'mine' : 'other',
            regionCode: code,
            centralGroupId: null,
          }),
        ).toBe(isSelf);
        expect(
          isEnterpriseInScope(enterpriseScopeOf(actor('expert'), unit('national', null)), enterpriseAt(code)),
        ).toBe(false);
      }),
    );
  });

  it('a 计划单列市 acting as a province covers its own city only', () => {
    const ningbo = unit('province', '330200');
    expect(isEnterpriseInScope(enterpriseScopeOf(actor('recommender'), ningbo), enterpriseAt('330203'))).toBe(true);
    expect(isEnterpriseInScope(enterpriseScopeOf(actor('recommender'), ningbo), enterpriseAt('330102'))).toBe(false);
  });

  it('a central enterprise group sees its member enterprises wherever they are registered', () => {
    const group = { id: 'group', type: 'recommender', level: 'central', regionCode: null };
    const scope = enterpriseScopeOf(actor('recommender', 'group'), group);
    expect(isEnterpriseInScope(scope, { organizationId: 'e', regionCode: '650102', centralGroupId: 'group' })).toBe(
      true,
    );
    expect(isEnterpriseInScope(scope, { organizationId: 'e', regionCode: '110101', centralGroupId: null })).toBe(false);
  });

  it('a unit administrator only ever creates lower levels inside its own region', () => {
    fc.assert(
      fc.property(countyCode, countyCode, fc.constantFrom('province', 'city', 'district'), (own, target, level) => {
        const province = { id: 'unit', type: 'recommender', level: 'province', regionCode: `${own.slice(0, 2)}0000` };
        const decision = canCreateOrganization(actor('recommender'), province, {
          type: 'recommender',
          level,
          regionCode: target,
        });
        const expected = level !== 'province' && own.slice(0, 2) === target.slice(0, 2);
        expect(decision.allowed).toBe(expected);
      }),
    );
  });
});
