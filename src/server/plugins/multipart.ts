import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

export type MultipartUpload = {
  fields: Record<string, string>;
  file: { bytes: Buffer; originalName: string } | null;
};

/**
 * Reads a multipart request with its text fields and one `file` part, in any order (clients send `kind` or
 * `fingerprint` before or after the file). The file is size-limited while it streams in: over `maxBytes` is 413.
 */
export async function readMultipart(request: FastifyRequest, maxBytes: number): Promise<MultipartUpload> {
  const fields: Record<string, string> = {};
  let file: MultipartUpload['file'] = null;
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') file = { bytes, originalName: part.filename };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value.slice(0, 1000);
    }
  }
  return { fields, file };
}

export const requireFile = (upload: MultipartUpload) => {
  if (!upload.file) throw new AppError(400, 'INVALID_INPUT', '请选择要上传的文件');
  return upload.file;
};
