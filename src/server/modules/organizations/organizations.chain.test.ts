import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallOffice, firstHolderFor, nextHolderAfter, type Unit } from './organizations.chain.js';
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

const coversRegion = (unit: Pick<Unit, 'level' | 'regionCode'>, regionCode: string) =>
  regionCode.startsWith(jurisdictionPrefix(unit) ?? '\u0000');

const national: CallOffice = { level: 'national', regionCode: null };

/** The offices a call may be run by in a tree: the national office, a province's, a city's. */
function officesOf(tree: RegionTree): CallOffice[] {
  return [
    national,
    ...tree.flatMap(({ province, cities }) => [
      { level: 'province', regionCode: `${province}0000` },
      ...cities.map(({ city }) => ({ level: 'city', regionCode: `${city}00` })),
    ]),
  ];
}

const officeDepth: Record<string, number> = { national: 0, province: 1, city: 2 };

describe('recommendation chain over generated region trees', () => {
  it('starts at the deepest unit covering the enterprise and only ever moves up within its jurisdiction', () => {
    fc.assert(
      fc.property(regionTree, fc.nat(), fc.nat(), (tree, pick, officePick) => {
        const { units, counties } = unitsOf(tree);
        const offices = officesOf(tree);
        const office = offices[officePick % offices.length]!;
        const regionCode = counties[pick % counties.length]!;
        const first = firstHolderFor({ regionCode, centralGroupId: null }, units, office);
        // Only units below the call's office and inside its region take part (a city call stops at the city office).
        const covering = units.filter(
          (unit) =>
            coversRegion(unit, regionCode) &&
            coversRegion(office, unit.regionCode!) &&
            levelDepth[unit.level!]! > officeDepth[office.level!]!,
        );
        if (covering.length === 0) {
          expect(first).toBeNull();
          return;
        }
        const deepest = Math.max(...covering.map((unit) => levelDepth[unit.level!]!));
        expect(first && levelDepth[first.level!]).toBe(deepest);
        const chain: Unit[] = [];
        for (let unit: Unit | null = first; unit; unit = nextHolderAfter(unit, units, office)) {
          chain.push(unit);
          expect(chain.length).toBeLessThanOrEqual(3);
        }
        for (const unit of chain) {
          expect(coversRegion(unit, regionCode)).toBe(true);
          expect(coversRegion(office, unit.regionCode!)).toBe(true);
          expect(levelDepth[unit.level!]!).toBeGreaterThan(officeDepth[office.level!]!);
        }
        const depths = chain.map((unit) => levelDepth[unit.level!]!);
        expect(depths).toEqual([...depths].sort((a, b) => b - a));
        expect(new Set(depths).size).toBe(depths.length);
        // Every covering level in the call's scope appears once: no level is skipped on the way to the office.
        expect(new Set(depths)).toEqual(new Set(covering.map((unit) => levelDepth[unit.level!]!)));
      }),
    );
  });

  it('never lets a unit outside the call’s region take part, wherever the enterprise is', () => {
    fc.assert(
      fc.property(regionTree, fc.nat(), fc.nat(), (tree, pick, officePick) => {
        const { units, counties } = unitsOf(tree);
        const offices = officesOf(tree).filter((office) => office.level !== 'national');
        const office = offices[officePick % offices.length]!;
        const regionCode = counties[pick % counties.length]!;
        const first = firstHolderFor({ regionCode, centralGroupId: null }, units, office);
        if (!coversRegion(office, regionCode)) expect(first).toBeNull();
        for (const unit of units) {
          const next = nextHolderAfter(unit, units, office);
          if (next) expect(coversRegion(office, next.regionCode!)).toBe(true);
        }
      }),
    );
  });

  it('sends a central enterprise’s subsidiary to its group and the group straight to the office', () => {
    const group: Unit = { id: 'g1', type: 'recommender', level: 'central', regionCode: null };
    const province: Unit = { id: 'p42', type: 'recommender', level: 'province', regionCode: '420000' };
    expect(firstHolderFor({ regionCode: '420106', centralGroupId: 'g1' }, [group, province], national)).toBe(group);
    expect(nextHolderAfter(group, [group, province], national)).toBeNull();
  });

  it('treats a 计划单列市 as a province: its districts report to it, and it reports to the office', () => {
    const qingdao: Unit = { id: 'qd', type: 'recommender', level: 'province', regionCode: '370200' };
    const shandong: Unit = { id: 'sd', type: 'recommender', level: 'province', regionCode: '370000' };
    const shinan: Unit = { id: 'sn', type: 'recommender', level: 'district', regionCode: '370202' };
    expect(planCities.has('370200')).toBe(true);
    const units = [qingdao, shandong, shinan];
    expect(firstHolderFor({ regionCode: '370202', centralGroupId: null }, units, national)).toBe(shinan);
    expect(nextHolderAfter(shinan, units, national)).toBe(qingdao);
    expect(firstHolderFor({ regionCode: '370203', centralGroupId: null }, units, national)).toBe(qingdao);
    expect(nextHolderAfter(qingdao, units, national)).toBeNull();
  });

  it('stops at a provincial or city call’s office: Hubei runs district → city → office, Wuxi district → office', () => {
    const hubei: Unit = { id: 'p42', type: 'recommender', level: 'province', regionCode: '420000' };
    const wuhan: Unit = { id: 'c4201', type: 'recommender', level: 'city', regionCode: '420100' };
    const wuchang: Unit = { id: 'd420106', type: 'recommender', level: 'district', regionCode: '420106' };
    const hubeiOffice: CallOffice = { level: 'province', regionCode: '420000' };
    expect(firstHolderFor({ regionCode: '420106', centralGroupId: null }, [hubei, wuhan, wuchang], hubeiOffice)).toBe(
      wuchang,
    );
    expect(nextHolderAfter(wuchang, [hubei, wuhan, wuchang], hubeiOffice)).toBe(wuhan);
    expect(nextHolderAfter(wuhan, [hubei, wuhan, wuchang], hubeiOffice)).toBeNull();
    // Without a district unit the city reviews first; the province unit never enters a call its own office runs.
    expect(firstHolderFor({ regionCode: '420103', centralGroupId: null }, [hubei, wuhan], hubeiOffice)).toBe(wuhan);
    expect(firstHolderFor({ regionCode: '420103', centralGroupId: null }, [hubei], hubeiOffice)).toBeNull();
    // A central subsidiary in a provincial call is reviewed where it sits, not by its group.
    const group: Unit = { id: 'g1', type: 'recommender', level: 'central', regionCode: null };
    expect(firstHolderFor({ regionCode: '420106', centralGroupId: 'g1' }, [group, wuchang], hubeiOffice)).toBe(wuchang);
    const jiangsu: Unit = { id: 'p32', type: 'recommender', level: 'province', regionCode: '320000' };
    const wuxi: Unit = { id: 'c3202', type: 'recommender', level: 'city', regionCode: '320200' };
    const binhu: Unit = { id: 'd320211', type: 'recommender', level: 'district', regionCode: '320211' };
    const wuxiOffice: CallOffice = { level: 'city', regionCode: '320200' };
    expect(firstHolderFor({ regionCode: '320211', centralGroupId: null }, [jiangsu, wuxi, binhu], wuxiOffice)).toBe(
      binhu,
    );
    expect(nextHolderAfter(binhu, [jiangsu, wuxi, binhu], wuxiOffice)).toBeNull();
  });

  it('keeps a 计划单列市 under its province’s own call, reporting to the province office', () => {
    const qingdao: Unit = { id: 'qd', type: 'recommender', level: 'province', regionCode: '370200' };
    const shandong: Unit = { id: 'sd', type: 'recommender', level: 'province', regionCode: '370000' };
    const shinan: Unit = { id: 'sn', type: 'recommender', level: 'district', regionCode: '370202' };
    const shandongOffice: CallOffice = { level: 'province', regionCode: '370000' };
    const units = [qingdao, shandong, shinan];
    expect(nextHolderAfter(shinan, units, shandongOffice)).toBe(qingdao);
    expect(nextHolderAfter(qingdao, units, shandongOffice)).toBeNull();
    expect(firstHolderFor({ regionCode: '370102', centralGroupId: null }, units, shandongOffice)).toBeNull();
  });
});
