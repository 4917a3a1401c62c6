import { randomUUID } from 'node:crypto';
import type { FormContext } from '../../../shared/applications/form-walk.js';
import type { Call, CreateCallBody } from '../../../shared/calls/calls.schemas.js';
import type { CallTemplate } from '../../../shared/calls/template.schemas.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import { jurisdictionPrefix } from '../organizations/organizations.policy.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import {
  callClosed,
  callNotDraft,
  callNotFound,
  callNotOpenYet,
  callNotPublished,
  enterpriseOutsideCall,
  extensionEnterpriseUnknown,
  extensionNotLater,
  regionOutsideOffice,
  templateNotFound,
} from './calls.errors.js';
import { canManageCall, canSeeCall, deadlineOf } from './calls.policy.js';
import { type CallRow, createCallsRepository, type ExtensionRow } from './calls.repository.js';
import { templateIds, variantOf } from './calls.templates.js';

/** What never changes once a call is published: its form snapshot, year, edition, region and opening. */
export type CallForm = Pick<
  CallRow,
  'id' | 'title' | 'templateId' | 'form' | 'year' | 'catalogEdition' | 'regionPrefix' | 'opensAt'
>;

/** Published forms are immutable, so every instance may keep them; only the size is bounded. */
const callFormCacheSize = 500;

export function createCallsService({
  db,
  templates,
  catalog,
  organizations,
  now = () => new Date(),
}: {
  db: Database;
  templates: Map<string, CallTemplate>;
  catalog: Pick<CatalogService, 'scenariosOfEdition'>;
  organizations: Pick<OrganizationsService, 'getOrganization'>;
  now?: () => Date;
}) {
  const repository = createCallsRepository({ db });
  const callForms = new Map<string, CallForm>();

  async function toCall(row: CallRow): Promise<Call> {
    const organization = await organizations.getOrganization(row.organizationId);
    return {
      id: row.id,
      templateId: row.templateId,
      templateTitle: templates.get(row.templateId)?.title ?? row.templateId,
      variant: row.variantKey,
      formTitle: row.form.title,
      templateVersion: row.templateVersion,
      title: row.title,
      year: row.year,
      catalogEdition: row.catalogEdition,
      regionPrefix: row.regionPrefix,
      opensAt: row.opensAt.toISOString(),
      closesAt: row.closesAt.toISOString(),
      contact: row.contact,
      notice: row.notice,
      status: row.status as Call['status'],
      organizationId: row.organizationId,
      organizationName: organization?.name ?? '',
      version: row.version,
      quotas: row.form.quotas ?? [],
      isOpen: row.status === 'published' && row.opensAt <= now() && now() < row.closesAt,
    };
  }

  /** A call the actor may see (drafts only to their office); anything else is 404. */
  async function loadVisible(actor: Actor | null, id: string): Promise<CallRow> {
    const row = await repository.findById(id);
    if (!row || !canSeeCall(actor, row)) throw callNotFound();
    return row;
  }

  async function loadManaged(actor: Actor, id: string): Promise<CallRow> {
    const row = await repository.findById(id);
    if (!row || !canManageCall(actor, row)) throw callNotFound();
    return row;
  }

  async function changeStatus(
    actor: Actor,
    id: string,
    move: { from: string; to: string; action: string },
    context: AuditContext,
  ) {
    const { from, to } = move;
    const row = await loadManaged(actor, id);
    if (row.status !== from) throw from === 'draft' ? callNotDraft() : callNotPublished();
    return transaction(db, async (tx) => {
      const updated = await createCallsRepository({ db: tx }).setStatus(id, from, to, {
        version: row.version + 1,
        ...(to === 'published' ? { publishedAt: now() } : {}),
      });
      if (!updated) throw from === 'draft' ? callNotDraft() : callNotPublished();
      await createAuditService({ db: tx }).record(context, {
        action: move.action,
        targetType: 'call',
        targetId: id,
        oldValue: { status: from },
        newValue: { status: to },
      });
      return { status: to as Call['status'] };
    });
  }

  return {
    listTemplates: () =>
      templateIds.map((id) => {
        const template = templates.get(id)!;
        return {
          id,
          title: template.title,
          level: template.level,
          description: template.description,
          variants: template.variants.map(({ key, title, version, quotas }) => ({ key, title, version, quotas })),
        };
      }),

    async createCall(actor: Actor, body: CreateCallBody, context: AuditContext) {
      const template = templates.get(body.templateId);
      const variant = template && variantOf(template, body.variant);
      if (!template || !variant) throw templateNotFound(`${body.templateId}${body.variant ? `/${body.variant}` : ''}`);
      const office = await organizations.getOrganization(actor.organizationId);
      const officePrefix = actor.role === 'admin' ? '' : office ? jurisdictionPrefix(office) : null;
      const regionPrefix = body.regionPrefix ?? officePrefix ?? '';
      if (officePrefix === null || !regionPrefix.startsWith(officePrefix)) throw regionOutsideOffice();
      const row = {
        id: randomUUID(),
        templateId: template.id,
        variantKey: variant.key,
        templateVersion: variant.version,
        form: {
          ...variant,
          quotas: body.quotas ?? variant.quotas,
          quotaExemption: body.quotaExemption ?? variant.quotaExemption,
        },
        title: body.title,
        year: body.year,
        catalogEdition: body.catalogEdition,
        regionPrefix,
        opensAt: new Date(body.opensAt),
        closesAt: new Date(body.closesAt),
        contact: body.contact ?? '',
        notice: body.notice ?? '',
        organizationId: actor.organizationId ?? '',
        createdBy: actor.userId,
      };
      return transaction(db, async (tx) => {
        await createCallsRepository({ db: tx }).insert(row);
        await createAuditService({ db: tx }).record(context, {
          action: 'call.created',
          targetType: 'call',
          targetId: row.id,
          newValue: { templateId: row.templateId, variant: row.variantKey, title: row.title, year: row.year },
        });
        return { id: row.id, status: 'draft' as const };
      });
    },

    publishCall: (actor: Actor, id: string, context: AuditContext) =>
      changeStatus(actor, id, { from: 'draft', to: 'published', action: 'call.published' }, context),
    closeCall: (actor: Actor, id: string, context: AuditContext) =>
      changeStatus(actor, id, { from: 'published', to: 'closed', action: 'call.closed' }, context),

    /** Published and closed calls, for everyone. */
    listPublicCalls: async () => Promise.all((await repository.listByStatus(['published', 'closed'])).map(toCall)),

    /** The calls an office manages, drafts included. */
    async listManagedCalls(actor: Actor) {
      const rows =
        actor.role === 'admin'
          ? await repository.listAll()
          : await repository.listByOrganization(actor.organizationId ?? '');
      return Promise.all(rows.map(toCall));
    },

    getCall: async (actor: Actor | null, id: string) => toCall(await loadVisible(actor, id)),
    /** The call row with its form, for the applications module. */
    loadCall: loadVisible,
    /** A call by id whatever its status, for modules that have already checked access to what refers to it. */
    async findCall(id: string): Promise<CallRow> {
      const row = await repository.findById(id);
      if (!row) throw callNotFound();
      return row;
    },
    loadManagedCall: loadManaged,

    /** A call's immutable part (cached once published: autosaves read it on every keystroke batch). */
    async findCallForm(id: string): Promise<CallForm> {
      const cached = callForms.get(id);
      if (cached) return cached;
      const row = await repository.findById(id);
      if (!row) throw callNotFound();
      const { title, templateId, form, year, catalogEdition, regionPrefix, opensAt } = row;
      const callForm = { id, title, templateId, form, year, catalogEdition, regionPrefix, opensAt };
      if (row.status !== 'draft') {
        if (callForms.size >= callFormCacheSize) callForms.delete(callForms.keys().next().value!);
        callForms.set(id, callForm);
      }
      return callForm;
    },

    /** What the form engine needs: the call's year and opening, the edition's scenarios, the applicant's profile. */
    async formContext(call: CallForm, profile: Record<string, unknown>): Promise<FormContext> {
      const scenarios = await catalog.scenariosOfEdition(call.catalogEdition);
      return {
        callYear: call.year,
        callOpensAt: call.opensAt.toISOString(),
        scenarios: scenarios.map(({ code, name }) => ({ code, name })),
        profile,
      };
    },

    scenarioOptions: (call: CallForm) => catalog.scenariosOfEdition(call.catalogEdition),

    /** Throws unless the enterprise may still submit or edit: published, opened, before its deadline. */
    async ensureOpenFor(call: CallRow, enterpriseId: string) {
      if (call.status === 'draft') throw callNotPublished();
      const at = now();
      if (at < call.opensAt) throw callNotOpenYet(call.opensAt);
      const deadline = deadlineOf(call, await repository.findExtension(call.id, enterpriseId));
      if (call.status === 'closed' || at >= deadline) throw callClosed(deadline);
    },

    async deadlineFor(call: CallRow, enterpriseId: string) {
      return deadlineOf(call, await repository.findExtension(call.id, enterpriseId));
    },

    async grantExtension(
      actor: Actor,
      callId: string,
      input: { enterpriseId: string; closesAt: string; reason: string },
      context: AuditContext,
    ) {
      const call = await loadManaged(actor, callId);
      const enterprise = await organizations.getOrganization(input.enterpriseId);
      if (enterprise?.type !== 'enterprise') throw extensionEnterpriseUnknown();
      if (!(enterprise.regionCode ?? '').startsWith(call.regionPrefix)) throw enterpriseOutsideCall();
      if (new Date(input.closesAt) <= call.closesAt) throw extensionNotLater();
      return transaction(db, async (tx) => {
        const row = await createCallsRepository({ db: tx }).upsertExtension({
          id: randomUUID(),
          callId,
          enterpriseId: input.enterpriseId,
          closesAt: new Date(input.closesAt),
          reason: input.reason,
          grantedBy: actor.userId,
        });
        await createAuditService({ db: tx }).record(context, {
          action: 'call.extension_granted',
          targetType: 'call',
          targetId: call.id,
          oldValue: { closesAt: call.closesAt.toISOString() },
          newValue: { enterpriseId: input.enterpriseId, closesAt: row.closesAt.toISOString(), reason: input.reason },
        });
        return row;
      });
    },

    async toExtension(row: ExtensionRow) {
      const enterprise = await organizations.getOrganization(row.enterpriseId);
      return {
        id: row.id,
        enterpriseId: row.enterpriseId,
        enterpriseName: enterprise?.name ?? '',
        closesAt: row.closesAt.toISOString(),
        reason: row.reason,
        grantedAt: row.grantedAt.toISOString(),
      };
    },

    async listExtensions(actor: Actor, callId: string) {
      await loadManaged(actor, callId);
      return repository.listExtensions(callId);
    },
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
