import type { FastifyReply } from 'fastify';

/** Sends bytes as a download: never sniffed as something else, never cached (the content may be confidential). */
export function sendDownload(reply: FastifyReply, bytes: Buffer, mediaType: string, fileName: string) {
  return reply
    .type(mediaType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(bytes);
}
