import type { QuotaUnit } from '../../../shared/calls/template.schemas.js';
import { AppError } from '../../plugins/errors.js';
import { quotaUnitLabels } from './recommendations.rules.js';

export const recommendationNotFound = () => new AppError(404, 'NOT_FOUND', '推荐名单不存在');
export const notRecommender = () => new AppError(403, 'FORBIDDEN', '只有推荐单位可以提交推荐名单');
export const invalidRanking = (message: string) => new AppError(422, 'INVALID_RANKING', message);
export const duplicateItem = () => new AppError(400, 'INVALID_INPUT', '推荐名单中有重复的申报书');
export const notPassedUp = (id: string) =>
  new AppError(422, 'NOT_PASSED_UP', `申报书 ${id} 尚未通过形式审查或未由下级推荐到本单位，不能列入推荐名单`);
export const quotaExceeded = (quota: { unit: QuotaUnit; max: number; count: number }) =>
  new AppError(
    422,
    'QUOTA_EXCEEDED',
    `超出推荐名额：每个${quotaUnitLabels[quota.unit]}最多推荐 ${quota.max} 个，本次合计 ${quota.count} 个`,
  );
export const listExists = () =>
  new AppError(409, 'RECOMMENDATION_EXISTS', '本单位已提交推荐名单且上级尚未处理；如需调整，请先撤回原名单');
export const alreadyActed = () => new AppError(409, 'RECOMMENDATION_LOCKED', '上级单位已处理该推荐名单，不能撤回');
export const lowerRecalled = () =>
  new AppError(409, 'RECOMMENDATION_RECALLED', '下级单位刚刚撤回了推荐名单，请刷新后重试');
export const itemNotReturnable = () =>
  new AppError(409, 'ITEM_NOT_RETURNABLE', '该项已退回，或本单位已将其继续推荐，不能退回');
