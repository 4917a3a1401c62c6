import { createHash } from 'node:crypto';
import type { Problem } from '../../../shared/applications/form-validate.js';
import type { AttachmentDefinition } from '../../../shared/calls/template.schemas.js';

/**
 * JSON with keys sorted at every level, so equal content always hashes the same. Built by hand: an object rebuilt in
 * sorted order would list integer-like keys ("9" before "10") as JavaScript does, not as the printed fingerprints did.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) text += `${index ? ',' : ''}${canonicalJson(value[index])}`;
    return `${text}]`;
  }
  if (value && typeof value === 'object') {
    let text = '';
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) text += `${text ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`;
    }
    return `{${text}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * 文档指纹: identifies exactly what an export shows (content and attached files), printed in its footer and QR code,
 * so a stamped scan can be tied to the version it was made from. 16 hex digits in groups of four.
 */
export function fingerprintOf(applicationId: string, data: Record<string, unknown>, filesDigest: string): string {
  const digest = createHash('sha256')
    .update(canonicalJson({ applicationId, data, files: filesDigest }))
    .digest('hex')
    .slice(0, 16)
    .toUpperCase();
  return digest.match(/.{4}/g)!.join('-');
}

/**
 * The attached files as one digest (kind and SHA-256 of each, in any order), kept on the application so an autosave
 * computes the fingerprint without reading the attachments.
 */
export function filesDigestOf(attachments: Array<{ kind: string; sha256: string }>): string {
  if (attachments.length === 0) return '';
  const files = attachments.map(({ kind, sha256 }) => `${kind}:${sha256}`).sort();
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

/** Autosaves by the same person within this window are squashed into one history entry. */
export const squashWindowMs = 10 * 60 * 1000;

/** Per-application total of attachments (申报材料总大小). */
export const applicationAttachmentBudget = 200 * 1024 * 1024;

/** Required attachments not yet uploaded, as problems at `/attachments/<kind>`. */
export function attachmentProblems(definitions: AttachmentDefinition[], uploadedKinds: Set<string>): Problem[] {
  return definitions
    .filter((definition) => definition.required && !uploadedKinds.has(definition.kind))
    .map((definition) => ({ path: `/attachments/${definition.kind}`, message: `请上传附件“${definition.title}”` }));
}

/** The stamped scan must exist and carry the current fingerprint. */
export function stampedProblems(stampedFingerprint: string | null, fingerprint: string): Problem[] {
  if (!stampedFingerprint)
    return [{ path: '/stamped', message: '请导出申报书，盖章后上传盖章扫描件（PDF）并确认文档指纹' }];
  if (stampedFingerprint !== fingerprint)
    return [
      {
        path: '/stamped',
        message: `盖章扫描件的文档指纹（${stampedFingerprint}）与当前内容（${fingerprint}）不一致：内容已修改，请重新导出并盖章上传`,
      },
    ];
  return [];
}
