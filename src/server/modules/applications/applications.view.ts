import { type ApplicationState, isEditable } from '../../../shared/applications/application-state.js';
import type { ApplicationView } from '../../../shared/applications/applications.schemas.js';
import type { Actor } from '../../plugins/access.js';
import type { ApplicationLoader, ApplicationsDependencies } from './applications.context.js';
import { isApplicant } from './applications.policy.js';
import { type ApplicationRow, createApplicationsRepository } from './applications.repository.js';

/** What `GET /api/applications/{id}` shows: the content, files, stamped scan, deadline and what the reader may do. */
export function createApplicationViewer(
  deps: Pick<ApplicationsDependencies, 'db' | 'calls' | 'now'>,
  loader: Pick<ApplicationLoader, 'contextOf'>,
) {
  const { calls, now } = deps;
  const repository = createApplicationsRepository({ db: deps.db });
  return async function toView(actor: Actor, row: ApplicationRow): Promise<ApplicationView> {
    const { profile } = await loader.contextOf(row);
    const call = await calls.findCall(row.callId);
    const attachments = await repository.listAttachments(row.id);
    const deadline = await calls.deadlineFor(call, row.enterpriseId);
    const status = row.status as ApplicationState;
    const isOwner = isApplicant(actor, row.enterpriseId);
    const beforeDeadline = call.status === 'published' && now() < deadline;
    const last = await repository.latestVersionRow(row.id);
    return {
      id: row.id,
      callId: row.callId,
      callTitle: call.title,
      enterpriseId: row.enterpriseId,
      enterpriseName: profile.name,
      status,
      version: row.version,
      fingerprint: row.fingerprint,
      data: row.data,
      attachments: attachments.map((file) => ({
        id: file.id,
        kind: file.kind,
        sha256: file.sha256,
        size: file.size,
        mediaType: file.mediaType,
        originalName: file.originalName,
        uploadedAt: file.uploadedAt.toISOString(),
      })),
      stamped:
        row.stampedFileId && row.stampedFingerprint
          ? {
              fileId: row.stampedFileId,
              fingerprint: row.stampedFingerprint,
              isCurrent: row.stampedFingerprint === row.fingerprint,
            }
          : null,
      updatedAt: row.updatedAt.toISOString(),
      updatedByName: last?.savedByName ?? '',
      submittedAt: row.submittedAt?.toISOString() ?? null,
      deadline: deadline.toISOString(),
      can: {
        edit: isOwner && isEditable(status),
        submit: isOwner && isEditable(status) && (beforeDeadline || status === 'returned'),
        withdraw: isOwner && status === 'submitted' && beforeDeadline,
      },
    };
  };
}
