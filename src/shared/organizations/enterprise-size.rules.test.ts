import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEnterpriseSize, type EnterpriseSize } from './enterprise-size.rules.js';

const order: EnterpriseSize[] = ['micro', 'small', 'medium', 'large'];

describe('企业规模 (industrial enterprises)', () => {
  it.each([
    [1000, 40000, 'large'],
    [999, 40000, 'medium'],
    [1000, 39999.99, 'medium'],
    [300, 2000, 'medium'],
    [299, 2000, 'small'],
    [300, 1999, 'small'],
    [20, 300, 'small'],
    [19, 300, 'micro'],
    [20, 299, 'micro'],
    [1500, 1000, 'small'],
    [5, 100000, 'micro'],
    [0, 0, 'micro'],
  ] as const)('%i staff with %d 万元 revenue is %s', (employees, revenue, size) => {
    expect(classifyEnterpriseSize(employees, revenue)).toBe(size);
  });

  it('never shrinks when staff or revenue grow', () => {
    const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.nat(5000), amount, fc.nat(5000), amount, (employees, revenue, moreEmployees, moreRevenue) => {
        const before = order.indexOf(classifyEnterpriseSize(employees, revenue));
        const after = order.indexOf(classifyEnterpriseSize(employees + moreEmployees, revenue + moreRevenue));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
