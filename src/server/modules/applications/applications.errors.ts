import type { Problem } from '../../../shared/applications/form-validate.js';
import { AppError } from '../../plugins/errors.js';

export const applicationNotFound = () => new AppError(404, 'NOT_FOUND', '申报书不存在');
export const conflictingApplication = (otherCall: string) =>
  new AppError(
    409,
    'CONFLICTING_APPLICATION',
    `同一年度国家智能制造试点示范中，企业只能申报优秀场景或示范工厂其中之一；贵企业已在“${otherCall}”中申报`,
  );
export const applicationExists = () =>
  new AppError(409, 'APPLICATION_EXISTS', '贵企业已在本通知下创建申报书，请在“我的申报”中继续填写');
export const invalidScenario = (code: string) =>
  new AppError(422, 'INVALID_SCENARIO', `场景 ${code} 不在本通知采用的场景目录版本中`);
export const versionConflict = (current: number) =>
  new AppError(409, 'VERSION_CONFLICT', `申报书已被他人修改（当前版本 ${current}），请合并后再保存`);
export const notEditable = (status: string) =>
  new AppError(409, 'NOT_EDITABLE', `申报书处于“${status}”状态，不能修改；如需修改请先撤回`);
export const notDeletable = () =>
  new AppError(409, 'NOT_DELETABLE', '只有从未提交过的草稿可以删除；已提交过的申报书请撤回后修改');
export const transitionRefused = (reason: string) => new AppError(409, 'INVALID_TRANSITION', reason);
export const validationFailed = (problems: Problem[]) =>
  new AppError(422, 'VALIDATION_FAILED', `申报书还有 ${problems.length} 处问题，修改后才能提交`, problems);
export const invalidDraft = (details: Problem[]) =>
  new AppError(400, 'INVALID_INPUT', `申报内容不符合表单结构：${details.map((d) => d.path).join('、')}`, details);
export const unknownAttachmentKind = (kind: string) =>
  new AppError(422, 'UNKNOWN_ATTACHMENT_KIND', `本通知没有“${kind}”类附件`);
export const attachmentTooLarge = (maxBytes: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `文件超过该类附件的大小上限（${Math.round(maxBytes / 1024 / 1024)} MB）`);
export const applicationQuotaExceeded = (maxBytes: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `申报书附件总大小超过上限（${Math.round(maxBytes / 1024 / 1024)} MB）`);
export const fingerprintMismatch = (current: string) =>
  new AppError(
    422,
    'FINGERPRINT_MISMATCH',
    `盖章扫描件对应的文档指纹与当前申报书（${current}）不一致：请重新导出、盖章后上传`,
  );
export const outOfScope = () => new AppError(422, 'ENTERPRISE_OUT_OF_SCOPE', '贵企业注册地不在本通知的申报范围内');
export const enterpriseOnly = () => new AppError(403, 'FORBIDDEN', '只有企业用户可以申报');
export const versionNotFound = () => new AppError(404, 'NOT_FOUND', '该历史版本不存在');
