import { conditionHolds } from '../../../shared/applications/form-walk.js';
import type { ConditionDefinition, Quota, QuotaUnit } from '../../../shared/calls/template.schemas.js';
import { planCities, xinjiangCorpsRegionCode } from '../organizations/organizations.policy.js';

/**
 * The quota kind of a unit: 计划单列市 and 新疆生产建设兵团 share one quota (001_… 三（三）: 10 and 5) although they act
 * as provinces.
 */
export function unitKindOf(unit: { level: string | null; regionCode: string | null }): QuotaUnit | null {
  if (unit.level === 'province') return isPlanCityQuota(unit.regionCode) ? 'planCity' : 'province';
  if (unit.level === 'central' || unit.level === 'city' || unit.level === 'district') return unit.level;
  return null;
}

const isPlanCityQuota = (regionCode: string | null) =>
  regionCode !== null && (planCities.has(regionCode) || regionCode === xinjiangCorpsRegionCode);

/** Whether an application uses no quota slot under the call's exemption (已完成验收的示范工厂揭榜单位不占名额). */
export function isQuotaExempt(exemption: ConditionDefinition | undefined, data: Record<string, unknown>): boolean {
  return !!exemption && conditionHolds(data, exemption);
}

/** Ranks must be 1…n, each once (优先顺序 has no ties). */
export function rankProblem(items: Array<{ rank: number }>): string | null {
  const ranks = items.map((item) => item.rank).sort((a, b) => a - b);
  if (ranks.some((rank, index) => rank !== index + 1)) return '推荐排序须为 1 至 N 的连续整数，且不能并列';
  return null;
}

export const quotaUnitLabels: Record<QuotaUnit, string> = {
  province: '省（区、市）',
  planCity: '计划单列市、新疆生产建设兵团',
  central: '中央企业',
  city: '市',
  district: '区（县）',
};

/** The quota that applies to a unit and whether `count` applications exceed it; null when within or unlimited. */
export function quotaExceeded(
  quotas: Quota[],
  unit: { level: string | null; regionCode: string | null },
  count: number,
): { unit: QuotaUnit; max: number; count: number } | null {
  const kind = unitKindOf(unit);
  const quota = quotas.find((candidate) => candidate.unit === kind);
  return quota && count > quota.max ? { unit: quota.unit, max: quota.max, count } : null;
}
