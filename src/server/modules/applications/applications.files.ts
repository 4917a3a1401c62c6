import { randomUUID } from 'node:crypto';
import { type ApplicationState, applicationStateLabels } from '../../../shared/applications/application-state.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import { fileNotFound, unsupportedMediaType } from '../files/files.errors.js';
import { detectMediaType } from '../files/files.rules.js';
import type { FilesService, Upload } from '../files/files.service.js';
import type { ApplicationsDependencies } from './applications.context.js';
import {
  applicationNotFound,
  applicationQuotaExceeded,
  attachmentTooLarge,
  fingerprintMismatch,
  notEditable,
  unknownAttachmentKind,
} from './applications.errors.js';
import { renderApplicationDocx } from './applications.export-docx.js';
import { renderApplicationPdf } from './applications.export-pdf.js';
import { ensureApplicantCanEdit, ensureEditableState } from './applications.policy.js';
import {
  type ApplicationRow,
  type ApplicationsRepository,
  createApplicationsRepository,
} from './applications.repository.js';
import { applicationAttachmentBudget, filesDigestOf, fingerprintOf } from './applications.rules.js';
import type { ApplicationsService } from './applications.service.js';

/** Figures inside descriptions (配图) are attachments of this kind: PNG or JPEG, up to 5 MB each. */
export const figureKind = {
  kind: 'figure',
  title: '配图',
  accept: ['image/png', 'image/jpeg'],
  maxBytes: 5 * 1024 * 1024,
};
/** The stamped scan (盖章扫描件): a PDF up to 50 MB. */
export const stampedUpload = { accept: ['application/pdf'], maxBytes: 50 * 1024 * 1024 };

/** Attachments, the stamped scan and exports: the file side of an application. */
export function createApplicationFilesService(
  deps: ApplicationsDependencies & { files: FilesService; applications: ApplicationsService; publicUrl: string },
) {
  const { db, files, applications, now } = deps;
  const repository = createApplicationsRepository({ db });

  async function loadEditable(actor: Actor, id: string) {
    const row = await applications.loader.load(actor, id);
    ensureApplicantCanEdit(actor, row);
    return row;
  }

  /** Locks the row for a file change and checks it is still editable (a submission may have committed since). */
  async function lockEditable(txRepository: ApplicationsRepository, id: string) {
    const locked = await txRepository.lockForFiles(id);
    if (!locked) throw applicationNotFound();
    ensureEditableState(locked.status);
    return locked;
  }

  async function ensureWithinBudget(txRepository: ApplicationsRepository, id: string, adding: number) {
    const used = (await txRepository.listAttachments(id)).reduce((sum, file) => sum + file.size, 0);
    if (used + adding > applicationAttachmentBudget) throw applicationQuotaExceeded(applicationAttachmentBudget);
  }

  /** Attachments are content: a change gives the application a new fingerprint (and needs a new stamped scan). */
  async function refreshFingerprint(tx: typeof db, row: ApplicationRow) {
    const txRepository = createApplicationsRepository({ db: tx });
    const filesDigest = filesDigestOf(await txRepository.listAttachments(row.id));
    const fingerprint = fingerprintOf(row.id, row.data, filesDigest);
    await txRepository.setFingerprint(row.id, fingerprint, filesDigest);
    return fingerprint;
  }

  return {
    async uploadAttachment(actor: Actor, id: string, kind: string, upload: Upload, context: AuditContext) {
      const row = await loadEditable(actor, id);
      const { call } = await applications.loader.contextOf(row);
      const definition =
        kind === figureKind.kind ? figureKind : call.form.attachments.find((attachment) => attachment.kind === kind);
      if (!definition) throw unknownAttachmentKind(kind);
      if (upload.bytes.length > definition.maxBytes) throw attachmentTooLarge(definition.maxBytes);
      // Checked early to spare storing a file that cannot fit, and again under the row lock below.
      await ensureWithinBudget(repository, id, upload.bytes.length);
      const stored = await files.storeUpload(upload, { accept: definition.accept, uploadedBy: actor.userId });
      const attachment = {
        id: randomUUID(),
        applicationId: id,
        kind,
        fileId: stored.id,
        sha256: stored.sha256,
        size: stored.size,
        mediaType: stored.mediaType,
        originalName: stored.originalName,
        uploadedBy: actor.userId,
      };
      const fingerprint = await transaction(db, async (tx) => {
        const txRepository = createApplicationsRepository({ db: tx });
        const locked = await lockEditable(txRepository, id);
        await ensureWithinBudget(txRepository, id, upload.bytes.length);
        await txRepository.insertAttachment(attachment);
        await createAuditService({ db: tx }).record(context, {
          action: 'application.attachment_added',
          targetType: 'application',
          targetId: id,
          newValue: { kind, sha256: stored.sha256, size: stored.size, name: stored.originalName },
        });
        return refreshFingerprint(tx, { ...row, data: locked.data });
      });
      return {
        id: attachment.id,
        kind,
        sha256: stored.sha256,
        size: stored.size,
        mediaType: stored.mediaType,
        fingerprint,
      };
    },

    async deleteAttachment(actor: Actor, id: string, attachmentId: string, context: AuditContext) {
      const row = await loadEditable(actor, id);
      return transaction(db, async (tx) => {
        const txRepository = createApplicationsRepository({ db: tx });
        const locked = await lockEditable(txRepository, id);
        const removed = await txRepository.deleteAttachment(id, attachmentId);
        if (!removed) throw fileNotFound();
        await createAuditService({ db: tx }).record(context, {
          action: 'application.attachment_removed',
          targetType: 'application',
          targetId: id,
          oldValue: { kind: removed.kind, sha256: removed.sha256, name: removed.originalName },
        });
        return { fingerprint: await refreshFingerprint(tx, { ...row, data: locked.data }) };
      });
    },

    async readAttachment(actor: Actor, id: string, attachmentId: string) {
      await applications.loader.load(actor, id);
      const attachment = (await repository.listAttachments(id)).find((file) => file.id === attachmentId);
      const file = attachment && (await files.findFile(attachment.fileId));
      if (!file) throw fileNotFound();
      return { file, bytes: await files.readBytes(file) };
    },

    /** 盖章扫描件: a PDF by content, tied to the fingerprint the enterprise read off the export and confirmed. */
    async uploadStamped(actor: Actor, id: string, upload: Upload, fingerprint: string, context: AuditContext) {
      const row = await loadEditable(actor, id);
      if (upload.bytes.length > stampedUpload.maxBytes) throw attachmentTooLarge(stampedUpload.maxBytes);
      if (detectMediaType(upload.bytes) !== 'application/pdf') throw unsupportedMediaType(stampedUpload.accept);
      const typed = fingerprint.trim().toUpperCase();
      if (typed !== row.fingerprint) throw fingerprintMismatch(row.fingerprint);
      const stored = await files.storeUpload(upload, { accept: stampedUpload.accept, uploadedBy: actor.userId });
      await transaction(db, async (tx) => {
        const updated = await createApplicationsRepository({ db: tx }).updateFromStatus(id, row.status, {
          stampedFileId: stored.id,
          stampedFingerprint: typed,
        });
        if (!updated) throw notEditable(applicationStateLabels[row.status as ApplicationState]);
        await createAuditService({ db: tx }).record(context, {
          action: 'application.stamped_uploaded',
          targetType: 'application',
          targetId: id,
          newValue: { fingerprint: typed, sha256: stored.sha256, size: stored.size },
        });
      });
      return { id: stored.id, sha256: stored.sha256, size: stored.size, fingerprint: typed };
    },

    async readStamped(actor: Actor, id: string) {
      const row = await applications.loader.load(actor, id);
      const file = row.stampedFileId ? await files.findFile(row.stampedFileId) : undefined;
      if (!file) throw fileNotFound();
      return { file, bytes: await files.readBytes(file) };
    },

    /** The official form as DOCX or PDF, printed with the current fingerprint. */
    async exportApplication(actor: Actor, id: string, format: 'docx' | 'pdf') {
      const row = await applications.loader.load(actor, id);
      const { call, profile } = await applications.loader.contextOf(row);
      const attachments = await repository.listAttachments(id);
      const input = {
        variant: call.form,
        data: row.data,
        callTitle: call.title,
        callYear: call.year,
        enterpriseName: profile.name,
        fingerprint: row.fingerprint,
        verifyUrl: `${deps.publicUrl}/applications/${row.id}`,
        exportedAt: now(),
        readFigure: async (fileId: string) => {
          const attachment = attachments.find((file) => file.id === fileId || file.fileId === fileId);
          const file = attachment && (await files.findFile(attachment.fileId));
          return file ? files.readBytes(file) : undefined;
        },
      };
      const bytes = format === 'docx' ? await renderApplicationDocx(input) : await renderApplicationPdf(input);
      if (!bytes) throw applicationNotFound();
      return { bytes, fileName: `${profile.name}-${call.title}-${row.fingerprint}.${format}` };
    },
  };
}

export type ApplicationFilesService = ReturnType<typeof createApplicationFilesService>;
