import { AppError } from '../../plugins/errors.js';

export const invalidUscc = (message: string) => new AppError(400, 'INVALID_USCC', message);
export const duplicateUscc = (uscc: string, adminHint: string) =>
  new AppError(
    409,
    'DUPLICATE_USCC',
    `统一社会信用代码 ${uscc} 已注册。请联系贵企业在本平台的账号管理员（${adminHint}）为您开通账号；无法联系时，请持营业执照联系所在地推荐单位或平台管理员核实。`,
  );
export const invalidRegion = (code: string) => new AppError(400, 'INVALID_REGION', `行政区划代码无效：${code}`);
export const regionNotCounty = () => new AppError(400, 'INVALID_REGION', '注册地须选择到区县一级');
export const invalidIndustry = (code: string) =>
  new AppError(400, 'INVALID_INDUSTRY', `行业代码无效（须为大类或中类）：${code}`);
export const organizationNotFound = () => new AppError(404, 'NOT_FOUND', '单位不存在');
export const forbidden = (reason: string) => new AppError(403, 'FORBIDDEN', reason);
export const roleMismatch = () => new AppError(400, 'ROLE_MISMATCH', '该角色与所属单位类型不符');
export const regionLevelMismatch = () => new AppError(400, 'INVALID_REGION', '行政区划级别与单位级别不符');
export const invitationNotFound = () => new AppError(404, 'NOT_FOUND', '邀请链接不存在');
export const invitationExpired = () =>
  new AppError(410, 'INVITATION_EXPIRED', '邀请链接已过期或已被使用，请联系发出邀请的管理员重新邀请');
export const userNotFound = () => new AppError(404, 'NOT_FOUND', '用户不存在');
export const enterpriseNotFound = () => new AppError(404, 'NOT_FOUND', '企业不存在');
export const versionConflict = (currentVersion: number) =>
  new AppError(409, 'VERSION_CONFLICT', `企业信息已被他人修改（当前版本 ${currentVersion}），请刷新后合并您的修改`);
export const licenceMissing = () => new AppError(422, 'LICENCE_MISSING', '企业尚未上传营业执照，无法核验');
export const userVersionConflict = () => new AppError(409, 'VERSION_CONFLICT', '该账号已被他人修改，请刷新后重试');
