import { AppError } from '../../plugins/errors.js';

export const unsupportedMediaType = (accepted: string[]) =>
  new AppError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `文件类型不符合要求，仅接受：${accepted.map((type) => mediaTypeLabels[type] ?? type).join('、')}（按文件内容识别）`,
  );
export const fileTooLarge = (maxBytes: number) =>
  new AppError(413, 'PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
export const fileMissing = () => new AppError(400, 'INVALID_INPUT', '请选择要上传的文件');
export const fileNotFound = () => new AppError(404, 'NOT_FOUND', '文件不存在');

const mediaTypeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG 图片',
  'image/jpeg': 'JPEG 图片',
};
