import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstHolderFor, nextHolderAfter, type Unit } from './organizations.chain.js';
import { jurisdictionPrefix, planCities } from './organizations.policy.js';

const levelDepth: Record<string, number> = { province: 1, city: 2, district: 3 };

/** A generated region tree: provinces → cities → counties, with recommending units present at random places. */
const regionTree = fc.uniqueArray(fc.integer({ min: 11, max: 65 }), { minLength: 1, maxLength: 3 }).chain((provinces) =>
  fc.tuple(
    ...provinces.map((province) =>
      fc.record({
        province: fc.constant(String(province)),
        cities: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 }).chain((cities) =>
          fc.tuple(
            ...cities.map((city) =>
              fc.record({
                city: fc.constant(`${province}${String(city).padStart(2, '0')}`),
                counties: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }),
                hasCityUnit: fc.boolean(),
                countyUnits: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
              }),
            ),
          ),
        ),
        hasProvinceUnit: fc.boolean(),
      }),
    ),
  ),
);

type RegionTree = typeof regionTree extends fc.Arbitrary<infer T> ? T : never;

function unitsOf(tree: RegionTree) {
  const units: Unit[] = [];
  const counties: string[] = [];
  for (const { province, cities, hasProvinceUnit } of tree) {
    if (hasProvinceUnit)
      units.push({ id: `p${province}`, type: 'recommender', level: 'province', regionCode: `${province}0000` });
    for (const { city, counties: numbers, hasCityUnit, countyUnits } of cities) {
      if (hasCityUnit) units.push({ id: `c${city}`, type: 'recommender', level: 'city', regionCode: `${city}00` });
      numbers.forEach((number, index) => {
        const county = `${city}${String(number).padStart(2, '0')}`;
        counties.push(county);
        if (countyUnits[index])
          units.push({ id: `d${county}`, type: 'recommender', level: 'district', regionCode: county });
      });
    }
  }
  return { units, counties };
}

const coversRegion = (unit: Unit, regionCode: string) => regionCode.startsWith(jurisdictionPrefix(unit) ?? '\u0000');

describe('recommendation chain over generated region trees', () => {
  it('starts at the deepest unit covering the enterprise and only ever moves up within its jurisdiction', () => {
    fc.assert(
      fc.property(regionTree, fc.nat(), (tree, pick) => {
        const { units, counties } = unitsOf(tree);
        const regionCode = counties[pick % counties.length]!;
        const first = firstHolderFor({ regionCode, centralGroupId: null }, units);
        const covering = units.filter((unit) => coversRegion(unit, regionCode));
        if (covering.length === 0) {
          expect(first).toBeNull();
          return;
        }
        const deepest = Math.max(...covering.map((unit) => levelDepth[unit.level!]!));
        expect(first && levelDepth[first.level!]).toBe(deepest);
        const chain: Unit[] = [];
        for (let unit: Unit | null = first; unit; unit = nextHolderAfter(unit, units)) {
          chain.push(unit);
          expect(chain.length).toBeLessThanOrEqual(3);
        }
        for (const unit of chain) expect(coversRegion(unit, regionCode)).toBe(true);
        const depths = chain.map((unit) => levelDepth[unit.level!]!);
        expect(depths).toEqual([...depths].sort((a, b) => b - a));
        expect(new Set(depths).size).toBe(depths.length);
        // Every covering level present appears once: no level is skipped on the way to the office.
        expect(new Set(depths)).toEqual(new Set(covering.map((unit) => levelDepth[unit.level!]!)));
      }),
    );
  });

  it('sends a central enterprise’s subsidiary to its group and the group straight to the office', () => {
    const group: Unit = { id: 'g1', type: 'recommender', level: 'central', regionCode: null };
    const province: Unit = { id: 'p42', type: 'recommender', level: 'province', regionCode: '420000' };
    expect(firstHolderFor({ regionCode: '420106', centralGroupId: 'g1' }, [group, province])).toBe(group);
    expect(nextHolderAfter(group, [group, province])).toBeNull();
  });

  it('treats a 计划单列市 as a province: its districts report to it, and it reports to the office', () => {
    const qingdao: Unit = { id: 'qd', type: 'recommender', level: 'province', regionCode: '370200' };
    const shandong: Unit = { id: 'sd', type: 'recommender', level: 'province', regionCode: '370000' };
    const shinan: Unit = { id: 'sn', type: 'recommender', level: 'district', regionCode: '370202' };
    expect(planCities.has('370200')).toBe(true);
    const units = [qingdao, shandong, shinan];
    expect(firstHolderFor({ regionCode: '370202', centralGroupId: null }, units)).toBe(shinan);
    expect(nextHolderAfter(shinan, units)).toBe(qingdao);
    expect(firstHolderFor({ regionCode: '370203', centralGroupId: null }, units)).toBe(qingdao);
    expect(nextHolderAfter(qingdao, units)).toBeNull();
  });
});
