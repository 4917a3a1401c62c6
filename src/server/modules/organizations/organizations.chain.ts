import { jurisdictionPrefix, type OrganizationFacts } from './organizations.policy.js';

/**
 * 推荐链: who reviews an enterprise's application first and where each unit's recommendation list goes next.
 * district → city → province (or 计划单列市) → the call's office; a central enterprise's subsidiary → its group → office.
 * A recommending unit as the chain needs it.
 */
export type Unit = OrganizationFacts;

const depthOf: Record<string, number> = { province: 1, city: 2, district: 3 };

/** How deep a unit sits: a 计划单列市 is province-level (depth 1) although its code is a city's. */
const depth = (unit: Unit) => depthOf[unit.level ?? ''] ?? 0;

/**
 * Deeper first; at equal depth the narrower jurisdiction (a 计划单列市 before its province); between two units of one
 * region (e.g. 经信局 and 发改委 both set up as recommenders) the same one every time, by id.
 */
const nearestFirst = (a: Unit, b: Unit) =>
  depth(b) - depth(a) ||
  (jurisdictionPrefix(b)?.length ?? 0) - (jurisdictionPrefix(a)?.length ?? 0) ||
  a.id.localeCompare(b.id);

const covers = (unit: Unit, regionCode: string) => {
  const prefix = jurisdictionPrefix(unit);
  return prefix !== null && prefix !== '' && regionCode.startsWith(prefix);
};

/**
 * 首个审查单位: the deepest local recommending unit whose jurisdiction covers the enterprise (district, else city,
 * else province); a central enterprise's subsidiary goes to its group. Null when no unit covers it (the office
 * then reviews it itself).
 */
export function firstHolderFor(
  enterprise: { regionCode: string; centralGroupId: string | null },
  units: Unit[],
): Unit | null {
  if (enterprise.centralGroupId) return units.find((unit) => unit.id === enterprise.centralGroupId) ?? null;
  const covering = units.filter((unit) => unit.level !== 'central' && covers(unit, enterprise.regionCode));
  return covering.sort(nearestFirst)[0] ?? null;
}

/**
 * The unit a list goes to: the nearest local unit above that covers this one (city, then province), or the call's
 * office after a province, a 计划单列市 or a central enterprise. `null` means the office.
 */
export function nextHolderAfter(unit: Unit, units: Unit[]): Unit | null {
  if (unit.level === 'central' || depth(unit) <= 1 || !unit.regionCode) return null;
  const above = units.filter(
    (candidate) =>
      candidate.level !== 'central' && depth(candidate) < depth(unit) && covers(candidate, unit.regionCode!),
  );
  return above.sort(nearestFirst)[0] ?? null;
}
