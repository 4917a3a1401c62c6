import type { EnterpriseProfile, UpdateEnterpriseBody } from '../../../shared/accounts/accounts.schemas.js';
import type { EnterpriseSize } from '../../../shared/organizations/enterprise-size.rules.js';
import { classifyEnterpriseSize } from '../../../shared/organizations/enterprise-size.rules.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import { fileNotFound } from '../files/files.errors.js';
import type { FilesService, Upload } from '../files/files.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import {
  createEnterprisesRepository,
  type EnterpriseRow,
  profileUnchangedCondition,
} from './enterprises.repository.js';
import {
  enterpriseNotFound,
  forbidden,
  invalidIndustry,
  licenceMissing,
  versionConflict,
} from './organizations.errors.js';
import { enterpriseScopeOf } from './organizations.policy.js';
import { createOrganizationsRepository } from './organizations.repository.js';

/** 营业执照 scans: PDF or image, at most 10 MB. */
export const licenceUpload = { accept: ['application/pdf', 'image/png', 'image/jpeg'], maxBytes: 10 * 1024 * 1024 };

/** Reads on behalf of the system itself: no user, no edit rights. */
const systemActor: Actor = {
  userId: 'system',
  username: 'system',
  role: 'expert',
  organizationId: null,
  isOrganizationAdmin: false,
  sessionId: null,
  csrfToken: null,
};

/** Fields that identify the enterprise on its licence: changing one withdraws the verification. */
const identityFields = ['name', 'legalRepresentative'] as const;

export function createEnterprisesService({
  db,
  files,
  reference,
}: {
  db: Database;
  files: FilesService;
  reference: ReferenceService;
}) {
  const repository = createEnterprisesRepository({ db });

  async function scopeOf(actor: Actor) {
    const organization = actor.organizationId
      ? await createOrganizationsRepository({ db }).findById(actor.organizationId)
      : undefined;
    return enterpriseScopeOf(actor, organization);
  }

  /** Loads an enterprise the actor may see; anything else is 404 (nothing learned about it). */
  async function loadVisible(actor: Actor, id: string): Promise<EnterpriseRow> {
    const row = await repository.findInScope(await scopeOf(actor), id);
    if (!row) throw enterpriseNotFound();
    return row;
  }

  const canEdit = (actor: Actor, row: EnterpriseRow) =>
    actor.role === 'enterprise' && actor.organizationId === row.organizationId;
  const canVerify = (actor: Actor) => actor.role === 'recommender' || actor.role === 'admin';

  const toProfile = (actor: Actor, row: EnterpriseRow): EnterpriseProfile => ({
    id: row.organizationId,
    uscc: row.uscc,
    name: row.name,
    regionCode: row.regionCode,
    industryCode: row.industryCode,
    employees: row.employees,
    revenue: row.revenue,
    size: row.size as EnterpriseSize,
    ownershipType: row.ownershipType,
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    centralGroupId: row.centralGroupId,
    hasLicence: row.licenceFileId !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    version: row.version,
    can: { edit: canEdit(actor, row), verify: canVerify(actor) },
  });

  async function saveAtVersion(id: string, version: number, changes: Partial<EnterpriseRow>, tx: Database) {
    const updated = await createEnterprisesRepository({ db: tx }).updateAtVersion(id, version, changes);
    if (updated) return updated;
    // Read through the transaction: PGlite is one connection, and the outer handle would wait for this transaction.
    const current = await createEnterprisesRepository({ db: tx }).findInScope({ kind: 'all' }, id);
    throw versionConflict(current?.version ?? version);
  }

  return {
    getEnterprise: async (actor: Actor, id: string) => toProfile(actor, await loadVisible(actor, id)),

    /** For a write computed from a profile it read earlier (see `profileUnchangedCondition`). */
    profileUnchangedCondition,

    /** A profile for modules that have already checked access to what refers to it (an application's prefill). */
    async findProfile(id: string): Promise<EnterpriseProfile | undefined> {
      const row = await repository.findInScope({ kind: 'all' }, id);
      return row ? toProfile(systemActor, row) : undefined;
    },

    async listEnterprises(
      actor: Actor,
      query: { q?: string; verified?: 'true' | 'false'; cursor?: string; limit: number },
    ) {
      const rows = await repository.listInScope(await scopeOf(actor), query);
      const page = rows.slice(0, query.limit);
      return {
        items: page.map((row) => toProfile(actor, row)),
        nextCursor: rows.length > query.limit ? page.at(-1)!.organizationId : null,
      };
    },

    async updateEnterprise(
      actor: Actor,
      id: string,
      version: number,
      changes: UpdateEnterpriseBody,
      context: AuditContext,
    ) {
      const row = await loadVisible(actor, id);
      if (!canEdit(actor, row)) throw forbidden('只有本企业用户可以修改企业信息');
      if (changes.industryCode) {
        const industry = await reference.findIndustry(changes.industryCode);
        if (!industry || (industry.level !== 'division' && industry.level !== 'group'))
          throw invalidIndustry(changes.industryCode);
      }
      const next = { ...row, ...changes };
      const isIdentityChanged = identityFields.some(
        (field) => changes[field] !== undefined && changes[field] !== row[field],
      );
      const update: Partial<EnterpriseRow> = {
        ...changes,
        size: classifyEnterpriseSize(next.employees, next.revenue),
        ...(isIdentityChanged ? { verifiedAt: null, verifiedBy: null } : {}),
      };
      return transaction(db, async (tx) => {
        const updated = await saveAtVersion(id, version, update, tx);
        await createAuditService({ db: tx }).record(context, {
          action: 'enterprise.updated',
          targetType: 'organization',
          targetId: id,
          oldValue: Object.fromEntries(Object.keys(update).map((key) => [key, row[key as keyof EnterpriseRow]])),
          newValue: update,
        });
        return toProfile(actor, updated);
      });
    },

    /** 上传营业执照: replaces the licence scan and withdraws an earlier verification. */
    async uploadLicence(actor: Actor, id: string, upload: Upload, context: AuditContext) {
      const row = await loadVisible(actor, id);
      if (!canEdit(actor, row)) throw forbidden('只有本企业用户可以上传营业执照');
      const stored = await files.storeUpload(upload, { accept: licenceUpload.accept, uploadedBy: actor.userId });
      await transaction(db, async (tx) => {
        await saveAtVersion(id, row.version, { licenceFileId: stored.id, verifiedAt: null, verifiedBy: null }, tx);
        await createAuditService({ db: tx }).record(context, {
          action: 'enterprise.licence_uploaded',
          targetType: 'organization',
          targetId: id,
          newValue: { fileId: stored.id, sha256: stored.sha256, size: stored.size },
        });
      });
      return { id: stored.id, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType };
    },

    async readLicence(actor: Actor, id: string) {
      const row = await loadVisible(actor, id);
      const file = row.licenceFileId ? await files.findFile(row.licenceFileId) : undefined;
      if (!file) throw fileNotFound();
      return { file, bytes: await files.readBytes(file) };
    },

    /** 核验: a recommending unit whose jurisdiction covers the enterprise confirms it against the licence. */
    async verifyEnterprise(
      actor: Actor,
      id: string,
      input: { decision: 'verified' | 'rejected'; note: string },
      context: AuditContext,
    ) {
      const row = await loadVisible(actor, id);
      if (!canVerify(actor)) throw forbidden('只有推荐单位可以核验企业');
      if (!row.licenceFileId) throw licenceMissing();
      const isVerified = input.decision === 'verified';
      return transaction(db, async (tx) => {
        const updated = await saveAtVersion(
          id,
          row.version,
          { verifiedAt: isVerified ? new Date() : null, verifiedBy: isVerified ? actor.userId : null },
          tx,
        );
        await createAuditService({ db: tx }).record(context, {
          action: isVerified ? 'enterprise.verified' : 'enterprise.verification_rejected',
          targetType: 'organization',
          targetId: id,
          oldValue: { verifiedAt: row.verifiedAt?.toISOString() ?? null },
          newValue: {
            verifiedAt: updated.verifiedAt?.toISOString() ?? null,
            note: input.note,
            checked: { uscc: row.uscc, name: row.name, legalRepresentative: row.legalRepresentative },
          },
        });
        return toProfile(actor, updated);
      });
    },
  };
}

export type EnterprisesService = ReturnType<typeof createEnterprisesService>;
