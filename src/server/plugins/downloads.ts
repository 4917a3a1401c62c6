import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Sends bytes, or a stream of them, as a download: never sniffed as something else, never cached (the content may be
 * confidential).
 */
export function sendDownload(reply: FastifyReply, bytes: Buffer | Readable, mediaType: string, fileName: string) {
  return reply
    .type(mediaType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(bytes);
}
