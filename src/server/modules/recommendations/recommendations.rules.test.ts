import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRegionWithin, jurisdictionPrefix, xinjiangCorpsRegionCode } from '../organizations/organizations.policy.js';
import { quotaExceeded as quotaExceededError } from './recommendations.errors.js';
import { isQuotaExempt, quotaExceeded, rankProblem, unitKindOf } from './recommendations.rules.js';

/** 001_…: each province 20 优秀场景, 计划单列市 10, each central enterprise 6 (not counted in any local quota). */
const national = [
  { unit: 'province' as const, max: 20 },
  { unit: 'planCity' as const, max: 10 },
  { unit: 'central' as const, max: 6 },
];
const hubei = { level: 'province', regionCode: '420000' };
const qingdao = { level: 'province', regionCode: '370200' };
const group = { level: 'central', regionCode: null };
const corps = { level: 'province', regionCode: xinjiangCorpsRegionCode };

describe('quotas', () => {
  it('allows exactly the quota and refuses one more, naming the quota and the count', () => {
    expect(quotaExceeded(national, hubei, 20)).toBeNull();
    expect(quotaExceeded(national, hubei, 21)).toEqual({ unit: 'province', max: 20, count: 21 });
    expect(quotaExceeded(national, qingdao, 10)).toBeNull();
    expect(quotaExceeded(national, qingdao, 11)).toEqual({ unit: 'planCity', max: 10, count: 11 });
    expect(quotaExceeded(national, group, 6)).toBeNull();
    expect(quotaExceeded(national, group, 7)).toEqual({ unit: 'central', max: 6, count: 7 });
  });

  it('gives each kind of unit its own quota: a central group is never counted as a province', () => {
    expect(unitKindOf(hubei)).toBe('province');
    expect(unitKindOf(qingdao)).toBe('planCity');
    expect(unitKindOf(group)).toBe('central');
    expect(unitKindOf({ level: 'national', regionCode: null })).toBeNull();
  });

  it('gives 新疆生产建设兵团 (a province-level unit, 660000) the 计划单列市 quota, not the province one', () => {
    expect(unitKindOf(corps)).toBe('planCity');
    expect(quotaExceeded(national, corps, 10)).toBeNull();
    expect(quotaExceeded(national, corps, 11)).toEqual({ unit: 'planCity', max: 10, count: 11 });
    expect(quotaExceededError({ unit: 'planCity', max: 10, count: 11 }).message).toContain('新疆生产建设兵团');
    // Its jurisdiction is its own code range, not Xinjiang's (65…), so neither covers the other's enterprises.
    expect(jurisdictionPrefix(corps)).toBe('66');
    expect(isRegionWithin('650102', corps)).toBe(false);
    expect(isRegionWithin('660000', { level: 'province', regionCode: '650000' })).toBe(false);
  });

  it('leaves units without a quota in the call unlimited', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), (count) => {
        expect(quotaExceeded(national, { level: 'city', regionCode: '420100' }, count)).toBeNull();
      }),
    );
  });
});

describe('quota exemption (已完成验收的示范工厂揭榜单位不占名额)', () => {
  const exemption = { path: '/pilots/acceptedDemoFactory', equals: true };
  it('exempts exactly the applications matching the call’s condition', () => {
    expect(isQuotaExempt(exemption, { pilots: { acceptedDemoFactory: true } })).toBe(true);
    expect(isQuotaExempt(exemption, { pilots: { acceptedDemoFactory: false } })).toBe(false);
    expect(isQuotaExempt(exemption, {})).toBe(false);
    expect(isQuotaExempt(undefined, { pilots: { acceptedDemoFactory: true } })).toBe(false);
    expect(isQuotaExempt({ path: '/task/sector', in: ['钢铁', '建材'] }, { task: { sector: '建材' } })).toBe(true);
  });
});

describe('ranking (优先顺序)', () => {
  it('accepts every order of 1…N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }).chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
        (order) => {
          expect(rankProblem(order.map((index) => ({ rank: index + 1 })))).toBeNull();
        },
      ),
    );
  });

  it('refuses ties and gaps', () => {
    expect(rankProblem([{ rank: 1 }, { rank: 1 }])).toMatch(/并列/);
    expect(rankProblem([{ rank: 1 }, { rank: 3 }])).not.toBeNull();
    expect(rankProblem([{ rank: 0 }])).not.toBeNull();
  });
});
