import { randomUUID } from 'node:crypto';
import { type ApplicationState, isEditable } from '../../../shared/applications/application-state.js';
import { mergeApplicationData, normalizeApplicationData } from '../../../shared/applications/form-normalize.js';
import { draftDataSchema } from '../../../shared/applications/form-schema.js';
import { validateApplicationData } from '../../../shared/applications/form-validate.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import type { CallForm } from '../calls/calls.service.js';
import { createContentWriter } from './applications.content-writer.js';
import type { ApplicationContext, ApplicationLoader, ApplicationsDependencies } from './applications.context.js';
import { invalidDraft, versionConflict, versionNotFound } from './applications.errors.js';
import { createLastWritten } from './applications.last-written.js';
import { ensureApplicantCanEdit, isApplicant } from './applications.policy.js';
import type { ApplicationRow, ApplicationsRepository } from './applications.repository.js';
import { fingerprintOf, squashWindowMs } from './applications.rules.js';

/**
 * Editing an application's content: autosave over a version (one statement on the hot path, decision 005), the
 * version history and restoring from it. Who may edit is `applications.policy.ts`; the rest of the lifecycle is the
 * service's.
 */
export function createApplicationEditing(
  deps: ApplicationsDependencies,
  loader: ApplicationLoader,
  repository: ApplicationsRepository,
) {
  const { db, now } = deps;
  const writer = createContentWriter({
    db,
    guards: {
      liveSession: deps.sessions.liveSessionCondition,
      profileUnchanged: deps.enterprises.profileUnchangedCondition,
    },
  });
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
    conflictOver,
    /** After a draft is deleted: nothing to save over any more. */
    forget: (id: string) => lastWritten.forget(id),

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
  };
}
