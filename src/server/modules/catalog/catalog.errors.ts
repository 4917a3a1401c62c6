import { AppError } from '../../plugins/errors.js';

export const editionNotFound = (id: string) => new AppError(404, 'EDITION_NOT_FOUND', `场景目录版本不存在：${id}`);
export const scenarioNotFound = (code: string) => new AppError(404, 'SCENARIO_NOT_FOUND', `场景不存在：${code}`);
export const sameEditionMap = () => new AppError(400, 'SAME_EDITION', '对照的两个版本不能相同');
