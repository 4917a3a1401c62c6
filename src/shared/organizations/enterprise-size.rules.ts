/**
 * 企业规模 for industrial enterprises, per the footnote of the application form in 000_… citing
 * 《统计上大中小微型企业划分办法（2017）》: 大型 staff ≥ 1000 and revenue ≥ 40000 万元; 中型 staff ≥ 300 and
 * revenue ≥ 2000 万元; 小型 staff ≥ 20 and revenue ≥ 300 万元; otherwise 微型. An enterprise must meet both lower
 * bounds of a class, otherwise it falls to the next class down (1500 staff with 1000 万元 revenue is 小型).
 */
export type EnterpriseSize = 'large' | 'medium' | 'small' | 'micro';

export const enterpriseSizeLabels: Record<EnterpriseSize, string> = {
  large: '大型企业',
  medium: '中型企业',
  small: '小型企业',
  micro: '微型企业',
};

const lowerBounds: Array<{ size: EnterpriseSize; employees: number; revenue: number }> = [
  { size: 'large', employees: 1000, revenue: 40000 },
  { size: 'medium', employees: 300, revenue: 2000 },
  { size: 'small', employees: 20, revenue: 300 },
];

/** `revenue` is 营业收入 in 万元. */
export function classifyEnterpriseSize(employees: number, revenue: number): EnterpriseSize {
  const match = lowerBounds.find((bound) => employees >= bound.employees && revenue >= bound.revenue);
  return match?.size ?? 'micro';
}
