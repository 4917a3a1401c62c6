import { randomUUID } from 'node:crypto';
import { type ApplicationState, isDeletableDraft } from '../../../shared/applications/application-state.js';
import type { CreateApplicationBody } from '../../../shared/applications/applications.schemas.js';
import { normalizeApplicationData, scenarioEntriesFor } from '../../../shared/applications/form-normalize.js';
import { validateApplicationData } from '../../../shared/applications/form-validate.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import { type ApplicationsDependencies, createApplicationLoader } from './applications.context.js';
import { createApplicationEditing } from './applications.editing.js';
import {
  applicationExists,
  conflictingApplication,
  enterpriseOnly,
  invalidScenario,
  notDeletable,
  outOfScope,
  validationFailed,
} from './applications.errors.js';
import { ensureApplicant } from './applications.policy.js';
import { type ApplicationRow, createApplicationsRepository } from './applications.repository.js';
import { attachmentProblems, fingerprintOf, stampedProblems } from './applications.rules.js';
import { moveApplicationState, type StateMove } from './applications.transitions.js';
import { createApplicationViewer } from './applications.view.js';

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';

export function createApplicationsService(deps: ApplicationsDependencies) {
  const { db, calls, now } = deps;
  const loader = createApplicationLoader(deps);
  const repository = createApplicationsRepository({ db });
  const toView = createApplicationViewer(deps, loader);
  const editing = createApplicationEditing(deps, loader, repository);
  const { conflictOver } = editing;

  async function problemsOf(row: ApplicationRow) {
    const { call, context } = await loader.contextOf(row);
    const attachments = await repository.listAttachments(row.id);
    return [
      ...validateApplicationData(call.form, row.data, context),
      ...attachmentProblems(call.form.attachments, new Set(attachments.map((file) => file.kind))),
      ...stampedProblems(row.stampedFingerprint, row.fingerprint),
    ];
  }

  /** An enterprise's own state change (submit, withdraw) in its own transaction. */
  const moveState = (
    actor: Actor,
    context: AuditContext,
    move: Pick<StateMove, 'row' | 'event' | 'reason' | 'changes' | 'expectedFingerprint'>,
  ) =>
    transaction(db, async (tx) => {
      const updated = await moveApplicationState(tx, actor, context, { ...move, by: 'enterprise' });
      return { status: updated.status as ApplicationState };
    });

  return {
    loader,
    problemsOf,
    /** For the review and recommendation modules: a state change inside their transaction. */
    moveState: moveApplicationState,
    /** By id, on `tx` when called inside another module's transaction (PGlite has one connection). */
    findById: (id: string, tx: Database = db) => createApplicationsRepository({ db: tx }).findById(id),
    findManyById: (ids: string[]) => repository.findManyById(ids),
    listForStats: (callId: string, regionPrefix: string) => repository.listForStats(callId, regionPrefix),
    reassign: (tx: Database, id: string, fromHolder: string, toHolder: string, level: string | null) =>
      createApplicationsRepository({ db: tx }).reassign(id, fromHolder, toHolder, level),

    /** A unit's 待办 in one call: submitted (to review) or passed up to it (to recommend). */
    async listHeld(
      organizationId: string,
      callId: string,
      page: { cursor?: string; limit: number; stage?: 'review' | 'recommend' },
    ) {
      const rows = await repository.listHeld(organizationId, callId, page);
      const items = rows.slice(0, page.limit).map((row) => ({
        ...row,
        status: row.status as ApplicationState,
        submittedAt: row.submittedAt?.toISOString() ?? null,
        stage: row.status === 'submitted' ? ('review' as const) : ('recommend' as const),
      }));
      return { items, nextCursor: rows.length > page.limit ? items.at(-1)!.id : null };
    },

    async createApplication(actor: Actor, callId: string, body: CreateApplicationBody, context: AuditContext) {
      if (actor.role !== 'enterprise' || !actor.organizationId) throw enterpriseOnly();
      const call = await calls.loadCall(actor, callId);
      await calls.ensureOpenFor(call, actor.organizationId);
      const enterpriseId = actor.organizationId;
      const { context: formContext, profile } = await loader.contextOf({ callId, enterpriseId });
      if (!profile.regionCode.startsWith(call.regionPrefix)) throw outOfScope();
      const known = new Set(formContext.scenarios.map((scenario) => scenario.code));
      const unknown = body.scenarioCodes.find((code) => !known.has(code));
      if (unknown) throw invalidScenario(unknown);
      const group = call.form.restrictions.exclusiveGroup;
      const exclusiveKey = group ? `${group}:${call.year}` : `call:${call.id}`;
      const existing = await repository.findByExclusiveKey(enterpriseId, exclusiveKey);
      if (existing) await throwConflict(existing.callId, callId);
      const scenarioSection = call.form.sections.find((section) => section.kind === 'scenarios');
      const entries = [
        ...scenarioEntriesFor([...new Set(body.scenarioCodes)], formContext),
        ...(body.customScenarios ?? []).map((name) => ({ code: null, name })),
      ];
      const data = normalizeApplicationData(
        call.form,
        scenarioSection ? { [scenarioSection.key]: entries } : {},
        formContext,
      );
      const id = randomUUID();
      try {
        return await transaction(db, async (tx) => {
          const row = await createApplicationsRepository({ db: tx }).insert({
            id,
            callId,
            enterpriseId,
            regionCode: profile.regionCode,
            enterpriseName: profile.name,
            industryCode: profile.industryCode,
            centralGroupId: profile.centralGroupId,
            exclusiveKey,
            data,
            fingerprint: fingerprintOf(id, data, ''),
            createdBy: actor.userId,
            updatedBy: actor.userId,
          });
          await createApplicationsRepository({ db: tx }).insertVersion({
            id: randomUUID(),
            applicationId: id,
            version: 1,
            data,
            savedBy: actor.userId,
            savedByName: actor.username,
            reason: 'create',
          });
          await createAuditService({ db: tx }).record(context, {
            action: 'application.created',
            targetType: 'application',
            targetId: id,
            newValue: { callId, scenarios: entries.map((entry) => entry.name) },
          });
          return { id: row.id, status: 'draft' as const, version: row.version };
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const winner = await repository.findByExclusiveKey(enterpriseId, exclusiveKey);
        return throwConflict(winner?.callId ?? callId, callId);
      }
    },

    getApplication: async (actor: Actor, id: string) => toView(actor, await loader.load(actor, id)),
    saveDraft: editing.saveDraft,
    listVersions: editing.listVersions,
    getVersion: editing.getVersion,
    restoreVersion: editing.restoreVersion,

    async deleteDraft(actor: Actor, id: string, expectedVersion: number, context: AuditContext) {
      const row = await loader.load(actor, id);
      ensureApplicant(actor, row);
      if (!isDeletableDraft(row.status as ApplicationState, row.submittedAt)) throw notDeletable();
      // The conflict is read after the transaction: inside it, the outer connection may be the one it holds.
      const deleted = await transaction(db, async (tx) => {
        const removed = await createApplicationsRepository({ db: tx }).deleteDraft(id, expectedVersion);
        if (!removed) return false;
        await createAuditService({ db: tx }).record(context, {
          action: 'application.deleted',
          targetType: 'application',
          targetId: id,
          oldValue: { callId: row.callId, enterpriseName: row.enterpriseName, version: expectedVersion },
        });
        return true;
      });
      if (!deleted) throw await conflictOver(id, expectedVersion);
      editing.forget(id);
    },

    async validate(actor: Actor, id: string) {
      const problems = await problemsOf(await loader.load(actor, id));
      return { valid: problems.length === 0, problems };
    },

    async submit(actor: Actor, id: string, context: AuditContext) {
      const row = await loader.load(actor, id);
      ensureApplicant(actor, row);
      const call = await calls.findCall(row.callId);
      // A return for correction may come after the deadline; the resubmission it asks for is not late.
      if (row.status !== 'returned') await calls.ensureOpenFor(call, row.enterpriseId);
      const problems = await problemsOf(row);
      if (problems.length > 0) throw validationFailed(problems);
      // A correction goes back to the unit that returned it; a first submission to the first unit of the chain.
      const { profile } = await loader.contextOf(row);
      const holderOrgId =
        row.status === 'returned' && row.holderOrgId
          ? row.holderOrgId
          : ((await deps.chain.firstReviewerFor(profile, call.organizationId))?.id ?? call.organizationId);
      return moveState(actor, context, {
        row,
        event: 'submit',
        changes: {
          submittedAt: now(),
          holderOrgId,
          recommendedLevel: null,
          enterpriseName: profile.name,
          industryCode: profile.industryCode,
          centralGroupId: profile.centralGroupId,
        },
        // What was checked is what is submitted: an autosave or a file landing meanwhile makes this 409.
        expectedFingerprint: row.fingerprint,
      });
    },

    async withdraw(actor: Actor, id: string, reason: string, context: AuditContext) {
      const row = await loader.load(actor, id);
      ensureApplicant(actor, row);
      await calls.ensureOpenFor(await calls.findCall(row.callId), row.enterpriseId);
      return moveState(actor, context, { row, event: 'withdraw', reason, changes: { holderOrgId: null } });
    },
  };

  async function throwConflict(existingCallId: string, callId: string): Promise<never> {
    if (existingCallId === callId) throw applicationExists();
    const other = await calls.findCall(existingCallId);
    throw conflictingApplication(other.title);
  }
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
