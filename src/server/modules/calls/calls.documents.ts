import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { type CallDocument, callDocumentUpload } from '../../../shared/calls/calls.schemas.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import type { FilesService, StoredFile, Upload } from '../files/files.service.js';
import { callDocumentNotFound, tooManyCallDocuments } from './calls.errors.js';
import type { CallsService } from './calls.service.js';
import { callDocuments } from './calls.tables.js';

type CallDocumentRow = typeof callDocuments.$inferSelect;

/** 通知文件: the notice and its annexes an office attaches to its call; public once the call is. */
export function createCallDocumentsService({
  db,
  files,
  calls,
}: {
  db: Database;
  files: FilesService;
  calls: Pick<CallsService, 'loadCall' | 'loadManagedCall'>;
}) {
  const toDocument = (row: CallDocumentRow, file: StoredFile | undefined): CallDocument => ({
    id: row.id,
    title: row.title,
    fileName: file?.originalName ?? '',
    mediaType: file?.mediaType ?? '',
    size: file?.size ?? 0,
    sha256: file?.sha256 ?? '',
    createdAt: row.createdAt.toISOString(),
  });

  async function findRow(callId: string, documentId: string) {
    const [row] = await db
      .select()
      .from(callDocuments)
      .where(and(eq(callDocuments.callId, callId), eq(callDocuments.id, documentId)));
    if (!row) throw callDocumentNotFound();
    return row;
  }

  return {
    async list(actor: Actor | null, callId: string): Promise<CallDocument[]> {
      await calls.loadCall(actor, callId);
      const rows = await db
        .select()
        .from(callDocuments)
        .where(eq(callDocuments.callId, callId))
        .orderBy(asc(callDocuments.createdAt), asc(callDocuments.id));
      return Promise.all(rows.map(async (row) => toDocument(row, await files.findFile(row.fileId))));
    },

    async upload(actor: Actor, callId: string, upload: Upload & { title?: string }, context: AuditContext) {
      await calls.loadManagedCall(actor, callId);
      const [{ total } = { total: 0 }] = await db
        .select({ total: count() })
        .from(callDocuments)
        .where(eq(callDocuments.callId, callId));
      if (total >= callDocumentUpload.maxPerCall) throw tooManyCallDocuments(callDocumentUpload.maxPerCall);
      const file = await files.storeUpload(upload, { accept: callDocumentUpload.accept, uploadedBy: actor.userId });
      const title = upload.title?.trim() || upload.originalName.replace(/\.[^.]+$/, '') || '通知文件';
      const row = await transaction(db, async (tx) => {
        const [inserted] = await tx
          .insert(callDocuments)
          .values({ id: randomUUID(), callId, fileId: file.id, title: title.slice(0, 200), uploadedBy: actor.userId })
          .returning();
        await createAuditService({ db: tx }).record(context, {
          action: 'call.document_added',
          targetType: 'call',
          targetId: callId,
          newValue: { documentId: inserted!.id, title: inserted!.title, sha256: file.sha256, size: file.size },
        });
        return inserted!;
      });
      return toDocument(row, file);
    },

    async read(actor: Actor | null, callId: string, documentId: string) {
      await calls.loadCall(actor, callId);
      const row = await findRow(callId, documentId);
      const file = await files.findFile(row.fileId);
      if (!file) throw callDocumentNotFound();
      return { file, bytes: await files.readBytes(file) };
    },

    async remove(actor: Actor, callId: string, documentId: string, context: AuditContext) {
      await calls.loadManagedCall(actor, callId);
      const row = await findRow(callId, documentId);
      await transaction(db, async (tx) => {
        const deleted = await tx.delete(callDocuments).where(eq(callDocuments.id, row.id)).returning();
        if (deleted.length === 0) throw callDocumentNotFound();
        await createAuditService({ db: tx }).record(context, {
          action: 'call.document_removed',
          targetType: 'call',
          targetId: callId,
          oldValue: { documentId: row.id, title: row.title },
        });
      });
      return { id: row.id };
    },
  };
}

export type CallDocumentsService = ReturnType<typeof createCallDocumentsService>;
