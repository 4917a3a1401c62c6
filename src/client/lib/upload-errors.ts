import { ApiError } from './http.js';

/**
 * What to tell someone whose upload was refused: the screen's own words for content of the wrong type (415) and a
 * file too large (413), else the server's message, else `fallback` (the request never got an answer).
 */
export function uploadFailureMessage(
  error: unknown,
  messages: { unsupported: string; tooLarge?: string; fallback: string },
): string {
  if (!(error instanceof ApiError)) return messages.fallback;
  if (error.status === 415 || error.code === 'UNSUPPORTED_MEDIA_TYPE') return messages.unsupported;
  if (messages.tooLarge && (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')) return messages.tooLarge;
  return error.message;
}
