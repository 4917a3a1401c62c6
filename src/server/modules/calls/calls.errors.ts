import { AppError } from '../../plugins/errors.js';

export const callNotFound = () => new AppError(404, 'NOT_FOUND', '申报通知不存在');
export const templateNotFound = (id: string) => new AppError(422, 'TEMPLATE_NOT_FOUND', `申报模板不存在：${id}`);
export const callNotDraft = () => new AppError(409, 'CALL_NOT_DRAFT', '只有草稿状态的通知可以发布或修改');
export const callNotPublished = () => new AppError(409, 'CALL_NOT_PUBLISHED', '该通知未发布或已截止');
export const callClosed = (closesAt: Date) =>
  new AppError(
    409,
    'CALL_CLOSED',
    `申报已于 ${closesAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}（北京时间）截止`,
  );
export const callNotOpenYet = (opensAt: Date) =>
  new AppError(
    409,
    'CALL_NOT_OPEN',
    `申报将于 ${opensAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}（北京时间）开始`,
  );
export const regionOutsideOffice = () => new AppError(422, 'REGION_OUT_OF_SCOPE', '通知的地区范围须在本部门辖区之内');
export const notCallOwner = () => new AppError(404, 'NOT_FOUND', '申报通知不存在');
export const enterpriseOutsideCall = () =>
  new AppError(422, 'ENTERPRISE_OUT_OF_SCOPE', '该企业不在本通知的申报地区范围内');
export const extensionEnterpriseUnknown = () =>
  new AppError(422, 'ENTERPRISE_NOT_FOUND', '延期对象须为已注册的申报企业');
export const extensionNotLater = () => new AppError(422, 'EXTENSION_NOT_LATER', '延期后的截止时间须晚于通知的截止时间');
export const callDocumentNotFound = () => new AppError(404, 'NOT_FOUND', '通知文件不存在');
export const tooManyCallDocuments = (max: number) =>
  new AppError(422, 'TOO_MANY_DOCUMENTS', `每个通知最多上传 ${max} 个文件，请先删除不再需要的文件`);
