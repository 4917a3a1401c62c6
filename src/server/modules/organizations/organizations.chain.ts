import { jurisdictionPrefix, type OrganizationFacts } from './organizations.policy.js';

/**
 * 推荐链: who reviews an enterprise's application first and where each unit's recommendation list goes next.
 * district → city → province (or 计划单列市) → the call's office; a central enterprise's subsidiary → its group → office.
 * The chain follows the call's scope: it ends at the call's office, so a city call runs district → city office.
 * A recommending unit as the chain needs it.
 */
export type Unit = OrganizationFacts;

/** The office that runs the call (申报通知的主管部门): its level and region bound the chain. */
export type CallOffice = Pick<OrganizationFacts, 'level' | 'regionCode'>;

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

const covers = (unit: Pick<Unit, 'level' | 'regionCode'>, regionCode: string) => {
  const prefix = jurisdictionPrefix(unit);
  return prefix !== null && regionCode.startsWith(prefix);
};

/**
 * Whether a unit takes part in a call's chain: a local unit inside the office's region with a strictly narrower
 * jurisdiction (a Wuxi call leaves out the Wuxi city unit and Jiangsu's; a Shandong call keeps Qingdao's, which then
 * reports to the province office like a city); a central group only in a national call.
 */
export function isInCallScope(unit: Unit, office: CallOffice): boolean {
  if (unit.level === 'central') return office.level === 'national';
  const unitPrefix = jurisdictionPrefix(unit);
  const officePrefix = jurisdictionPrefix(office);
  if (!unit.regionCode || unitPrefix === null || unitPrefix === '' || officePrefix === null) return false;
  return covers(office, unit.regionCode) && unitPrefix.length > officePrefix.length;
}

/**
 * 首个审查单位: the deepest local recommending unit in the call's scope whose jurisdiction covers the enterprise
 * (district, else city, else province); in a national call a central enterprise's subsidiary goes to its group.
 * Null when no unit covers it (the office then reviews it itself).
 */
export function firstHolderFor(
  enterprise: { regionCode: string; centralGroupId: string | null },
  units: Unit[],
  office: CallOffice,
): Unit | null {
  const inScope = units.filter((unit) => isInCallScope(unit, office));
  if (enterprise.centralGroupId && office.level === 'national')
    return inScope.find((unit) => unit.id === enterprise.centralGroupId) ?? null;
  const covering = inScope.filter((unit) => unit.level !== 'central' && covers(unit, enterprise.regionCode));
  return covering.sort(nearestFirst)[0] ?? null;
}

/**
 * The unit a list goes to: the nearest local unit above in the call's scope that covers this one (city, then
 * province), or the call's office once none is left (after a province, a 计划单列市, a central enterprise, or the
 * last unit below the office). `null` means the office.
 */
export function nextHolderAfter(unit: Unit, units: Unit[], office: CallOffice): Unit | null {
  if (unit.level === 'central' || depth(unit) <= 1 || !unit.regionCode) return null;
  const above = units.filter(
    (candidate) =>
      candidate.level !== 'central' &&
      isInCallScope(candidate, office) &&
      depth(candidate) < depth(unit) &&
      covers(candidate, unit.regionCode!),
  );
  return above.sort(nearestFirst)[0] ?? null;
}
