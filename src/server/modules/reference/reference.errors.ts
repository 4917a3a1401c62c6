import { AppError } from '../../plugins/errors.js';

export const industryNotFound = (code: string) => new AppError(404, 'INDUSTRY_NOT_FOUND', `行业代码不存在：${code}`);
export const regionNotFound = (code: string) => new AppError(404, 'REGION_NOT_FOUND', `行政区划代码不存在：${code}`);
export const documentNotFound = (key: string) => new AppError(404, 'DOCUMENT_NOT_FOUND', `参考文件不存在：${key}`);
