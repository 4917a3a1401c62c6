import { AppError } from '../../plugins/errors.js';

export const weakPassword = (problems: string[]) => new AppError(400, 'WEAK_PASSWORD', problems.join('；'));
export const invalidUsername = () => new AppError(400, 'INVALID_USERNAME', '用户名须为3–64位字母、数字或 _ . @ - 字符');
export const duplicateUsername = (username: string) =>
  new AppError(409, 'DUPLICATE_USERNAME', `用户名已被占用：${username}`);
