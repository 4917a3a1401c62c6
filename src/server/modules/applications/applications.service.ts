import { randomUUID } from 'node:crypto';
import { type ApplicationState, isDeletableDraft, isEditable } from '../../../shared/applications/application-state.js';
import type { CreateApplicationBody } from '../../../shared/applications/applications.schemas.js';
import {
  mergeApplicationData,
  normalizeApplicationData,
  scenarioEntriesFor,
} from '../../../shared/applications/form-normalize.js';
import { draftDataSchema } from '../../../shared/applications/form-schema.js';
import { validateApplicationData } from '../../../shared/applications/form-validate.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import type { CallForm } from '../calls/calls.service.js';
import { createContentWriter } from './applications.content-writer.js';
import {
  type ApplicationContext,
  type ApplicationsDependencies,
  createApplicationLoader,
} from './applications.context.js';
import {
  applicationExists,
  conflictingApplication,
  enterpriseOnly,
  invalidDraft,
  invalidScenario,
  notDeletable,
  outOfScope,
  validationFailed,
  versionConflict,
  versionNotFound,
} from './applications.errors.js';
import { createLastWritten } from './applications.last-written.js';
import { ensureApplicant, ensureApplicantCanEdit, isApplicant } from './applications.policy.js';
import { type ApplicationRow, createApplicationsRepository } from './applications.repository.js';
import { attachmentProblems, fingerprintOf, squashWindowMs, stampedProblems } from './applications.rules.js';
import { moveApplicationState, type StateMove } from './applications.transitions.js';
import { createApplicationViewer } from './applications.view.js';

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505';

export function createApplicationsService(deps: ApplicationsDependencies) {
  const { db, calls, now } = deps;
  const loader = createApplicationLoader(deps);
  const repository = createApplicationsRepository({ db });
  const writer = createContentWriter({
    db,
    guards: {
      liveSession: deps.sessions.liveSessionCondition,
      profileUnchanged: deps.enterprises.profileUnchangedCondition,
    },
  });
  const toView = createApplicationViewer(deps, loader);
  /** Draft schemas per call: built once from the call's immutable form, not on every autosave. */
  const draftSchemas = new Map<string, ReturnType<typeof draftDataSchema>>();
  const draftSchemaOf = (call: CallForm) => {
    let schema = draftSchemas.get(call.id);
    if (!schema) {
      schema = draftDataSchema(call.form);
      if (draftSchemas.size >= 500) draftSchemas.delete(draftSchemas.keys().next().value!);
      draftSchemas.set(call.id, schema);
    }
    return schema;
  };

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

  /**
   * Writes new content over `expectedVersion`, keeping the history readable (autosaves squashed per person).
   * Undefined when the row, the writer's session or the profile behind the prefill moved since they were read.
   */
  function writeContent(
    actor: Actor,
    row: ApplicationRow,
    write: {
      expectedVersion: number;
      data: Record<string, unknown>;
      profileVersion: number;
      reason: 'save' | 'restore';
    },
  ) {
    const at = now();
    return writer.saveContent({
      ...write,
      id: row.id,
      fingerprint: fingerprintOf(row.id, write.data, row.filesDigest),
      filesDigest: row.filesDigest,
      userId: actor.userId,
      username: actor.username,
      sessionId: actor.sessionId,
      role: actor.role,
      organizationId: actor.organizationId,
      now: at,
      squashAfter: new Date(at.getTime() - squashWindowMs),
      historyId: randomUUID(),
    });
  }

  const conflictOver = async (id: string, expectedVersion: number) =>
    versionConflict((await repository.findById(id))?.version ?? expectedVersion);

  const lastWritten = createLastWritten();

  /** Merges the patch into `row`'s content and writes it; undefined when the row moved meanwhile. */
  async function saveOver(
    actor: Actor,
    row: ApplicationRow,
    expectedVersion: number,
    patch: Record<string, unknown>,
    knownContext?: ApplicationContext,
  ) {
    // A call's form and a catalogue edition never change; the profile's version is checked by the write.
    const applicationContext = knownContext ?? (await loader.contextOf(row));
    const { call, context, profile } = applicationContext;
    const parsed = draftSchemaOf(call).safeParse(patch);
    if (!parsed.success)
      throw invalidDraft(
        parsed.error.issues.map((issue) => ({ path: `/data/${issue.path.join('/')}`, message: issue.message })),
      );
    if (row.version !== expectedVersion) throw versionConflict(row.version);
    const data = normalizeApplicationData(call.form, mergeApplicationData(row.data, parsed.data), context);
    const updated = await writeContent(actor, row, {
      expectedVersion,
      data,
      profileVersion: profile.version,
      reason: 'save',
    });
    if (!updated) return undefined;
    const { version, fingerprint, updatedAt, dataLength } = updated;
    lastWritten.remember(
      { ...row, data, version, fingerprint, updatedAt, updatedBy: actor.userId },
      applicationContext,
      dataLength,
    );
    const problems = validateApplicationData(call.form, data, context);
    return { version, fingerprint, updatedAt: updatedAt.toISOString(), problems };
  }

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

    async saveDraft(actor: Actor, id: string, expectedVersion: number, patch: Record<string, unknown>) {
      const known = lastWritten.get(id);
      const isOwnKnownDraft =
        known?.row.version === expectedVersion &&
        isApplicant(actor, known.row.enterpriseId) &&
        isEditable(known.row.status as ApplicationState);
      if (known && isOwnKnownDraft) {
        const saved = await saveOver(actor, known.row, expectedVersion, patch, known.context).catch(async (error) => {
          await deps.sessions.ensureSessionLive(actor);
          throw error;
        });
        if (saved) return saved;
        lastWritten.forget(id);
      }
      // The gate may have answered from recent sessions (the statement checks them); nothing below relies on that.
      await deps.sessions.ensureSessionLive(actor);
      for (let attempt = 1; ; attempt++) {
        const row = await loader.load(actor, id);
        ensureApplicantCanEdit(actor, row);
        const saved = await saveOver(actor, row, expectedVersion, patch);
        if (saved) return saved;
        // Something moved between the read and the write: the session (401), or the row, its files or the profile
        // (read again once; a moved version or state then answers for itself).
        await deps.sessions.ensureSessionLive(actor, { evenIfResolved: true });
        if (attempt === 2) throw await conflictOver(id, expectedVersion);
      }
    },

    async listVersions(actor: Actor, id: string) {
      await loader.load(actor, id);
      return (await repository.listVersions(id)).map((entry) => ({ ...entry, savedAt: entry.savedAt.toISOString() }));
    },

    async getVersion(actor: Actor, id: string, version: number) {
      await loader.load(actor, id);
      const entry = await repository.findVersion(id, version);
      if (!entry) throw versionNotFound();
      return {
        version: entry.version,
        savedAt: entry.savedAt.toISOString(),
        savedByName: entry.savedByName,
        reason: entry.reason,
        data: entry.data,
      };
    },

    /** 恢复历史版本: the old content becomes a new version (nothing in the history is lost). */
    async restoreVersion(actor: Actor, id: string, expectedVersion: number, version: number, context: AuditContext) {
      const row = await loader.load(actor, id);
      ensureApplicantCanEdit(actor, row);
      const entry = await repository.findVersion(id, version);
      if (!entry) throw versionNotFound();
      const { call, context: formContext, profile } = await loader.contextOf(row);
      const data = normalizeApplicationData(call.form, entry.data, formContext);
      const updated = await writeContent(actor, row, {
        expectedVersion,
        data,
        profileVersion: profile.version,
        reason: 'restore',
      });
      if (!updated) {
        await deps.sessions.ensureSessionLive(actor, { evenIfResolved: true });
        throw await conflictOver(id, expectedVersion);
      }
      await createAuditService({ db }).record(context, {
        action: 'application.restored',
        targetType: 'application',
        targetId: id,
        newValue: { restoredVersion: version, version: updated.version },
      });
      return { version: updated.version, fingerprint: updated.fingerprint };
    },

    /**
     * 删除草稿: a draft never submitted may be deleted by its enterprise (e.g. one started in the wrong programme,
     * which would otherwise hold the year's exclusivity). Anything once submitted keeps its record; it is withdrawn.
     */
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
      lastWritten.forget(id);
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
