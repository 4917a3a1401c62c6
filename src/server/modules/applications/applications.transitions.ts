import { randomUUID } from 'node:crypto';
import {
  type ApplicationEvent,
  type ApplicationState,
  nextState,
  type StateActor,
} from '../../../shared/applications/application-state.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import { transitionRefused } from './applications.errors.js';
import { type ApplicationRow, createApplicationsRepository } from './applications.repository.js';

/** Audit actions of the state changes (labelled in src/shared/accounts/audit-actions.ts). */
const eventActions: Record<ApplicationEvent, string> = {
  submit: 'application.submitted',
  withdraw: 'application.withdrawn',
  return: 'application.returned',
  pass_review: 'application.review_passed',
  fail_review: 'application.review_failed',
  recommend: 'application.recommended',
  unrecommend: 'application.unrecommended',
  start_expert_review: 'application.expert_review_started',
  shortlist: 'application.shortlisted',
  reject: 'application.not_awarded',
  start_public_notice: 'application.public_notice_started',
  award: 'application.awarded',
};

export type StateMove = {
  row: ApplicationRow;
  event: ApplicationEvent;
  by: StateActor;
  reason?: string;
  changes?: Partial<ApplicationRow>;
  /** The unit that must hold the application for the move to apply (two units never both act on it). */
  expectedHolder?: string | null;
  /** The fingerprint the move was decided on (a submission checked that content and those files). */
  expectedFingerprint?: string;
};

/**
 * Moves one application through the state machine on `tx` (the caller's transaction): guarded by the state it
 * leaves, so of two people acting at once one wins and the other gets 409; records the event and the audit row.
 */
export async function moveApplicationState(tx: Database, actor: Actor, context: AuditContext, move: StateMove) {
  const { row, event } = move;
  const decision = nextState(row.status as ApplicationState, event, move.by);
  if (!decision.allowed) throw transitionRefused(decision.reason);
  const repository = createApplicationsRepository({ db: tx });
  const updated = await repository.updateFromStatus(
    row.id,
    row.status,
    { ...move.changes, status: decision.to },
    { holder: move.expectedHolder, fingerprint: move.expectedFingerprint },
  );
  if (!updated)
    throw transitionRefused(
      move.expectedFingerprint
        ? '申报书内容或附件刚被修改，与提交前的校验不一致，请刷新后重新核对'
        : '申报书状态已被他人改变，请刷新后重试',
    );
  // The version that was submitted or judged stays in the history as it was (autosaves never squash into it).
  await repository.sealVersion(row.id, row.version, event);
  await repository.insertEvent({
    id: randomUUID(),
    applicationId: row.id,
    event,
    fromStatus: row.status,
    toStatus: decision.to,
    reason: move.reason ?? '',
    actorUserId: actor.userId,
    versionAt: row.version,
  });
  await createAuditService({ db: tx }).record(context, {
    action: eventActions[event],
    targetType: 'application',
    targetId: row.id,
    oldValue: { status: row.status },
    newValue: {
      status: decision.to,
      version: row.version,
      fingerprint: row.fingerprint,
      reason: move.reason || undefined,
    },
  });
  return updated;
}
