import type { EnterpriseProfile } from '../../../shared/accounts/accounts.schemas.js';
import type { FormContext } from '../../../shared/applications/form-walk.js';
import { enterpriseSizeLabels } from '../../../shared/organizations/enterprise-size.rules.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../plugins/access.js';
import type { AuthService } from '../auth/auth.service.js';
import type { CallForm, CallsService } from '../calls/calls.service.js';
import type { EnterprisesService } from '../organizations/enterprises.service.js';
import { jurisdictionPrefix } from '../organizations/organizations.policy.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { RecommendationChainService } from '../organizations/recommendation-chain.service.js';
import { applicationNotFound } from './applications.errors.js';
import { type ApplicationRow, type ApplicationScope, createApplicationsRepository } from './applications.repository.js';

export type ApplicationsDependencies = {
  db: Database;
  calls: CallsService;
  enterprises: Pick<EnterprisesService, 'findProfile' | 'profileUnchangedCondition'>;
  /** The autosave's gate may answer from recent sessions; its write checks the session (see ContentWriteGuards). */
  sessions: Pick<AuthService, 'liveSessionCondition' | 'ensureSessionLive'>;
  organizations: Pick<OrganizationsService, 'getOrganization'>;
  chain: Pick<RecommendationChainService, 'firstReviewerFor'>;
  now: () => Date;
};

export type ApplicationContext = { call: CallForm; context: FormContext; profile: EnterpriseProfile };

/** Profile values by prefill source (template `prefill`), from the enterprise profile. */
export function prefillValuesOf(profile: EnterpriseProfile): Record<string, unknown> {
  return {
    'enterprise.name': profile.name,
    'enterprise.uscc': profile.uscc,
    'enterprise.regionCode': profile.regionCode,
    'enterprise.industryCode': profile.industryCode,
    'enterprise.address': profile.address,
    'enterprise.legalRepresentative': profile.legalRepresentative,
    'enterprise.contactName': profile.contactName,
    'enterprise.contactPhone': profile.contactPhone,
    'enterprise.ownershipType': profile.ownershipType,
    'enterprise.employees': profile.employees,
    'enterprise.revenue': profile.revenue,
    'enterprise.size': enterpriseSizeLabels[profile.size],
    'enterprise.isCentralSubsidiary': profile.centralGroupId !== null,
  };
}

/** Loading an application with its call and form context, scoped to what the actor may see. */
export function createApplicationLoader(deps: ApplicationsDependencies) {
  const repository = createApplicationsRepository({ db: deps.db });

  async function scopeOf(actor: Actor): Promise<ApplicationScope> {
    if (actor.role === 'admin') return { kind: 'all' };
    if (!actor.organizationId) return { kind: 'none' };
    if (actor.role === 'enterprise') return { kind: 'enterprise', enterpriseId: actor.organizationId };
    if (actor.role === 'office') return { kind: 'calls', organizationId: actor.organizationId };
    if (actor.role !== 'recommender') return { kind: 'none' };
    const organization = await deps.organizations.getOrganization(actor.organizationId);
    const prefix = organization ? jurisdictionPrefix(organization) : null;
    if (organization?.level === 'central') return { kind: 'group', groupId: organization.id, unitId: organization.id };
    return prefix === null || !organization ? { kind: 'none' } : { kind: 'region', prefix, unitId: organization.id };
  }

  /** The applicant's profile (the form's prefill); callers have already checked access to the application. */
  async function profileFor(enterpriseId: string): Promise<EnterpriseProfile> {
    const profile = await deps.enterprises.findProfile(enterpriseId);
    if (!profile) throw applicationNotFound();
    return profile;
  }

  return {
    scopeOf,
    profileFor,
    async load(actor: Actor, id: string): Promise<ApplicationRow> {
      const row = await repository.findInScope(await scopeOf(actor), id);
      if (!row) throw applicationNotFound();
      return row;
    },
    /** The call's form and the form context for this application (whatever the call's status). */
    async contextOf(row: Pick<ApplicationRow, 'callId' | 'enterpriseId'>): Promise<ApplicationContext> {
      const call = await deps.calls.findCallForm(row.callId);
      const profile = await profileFor(row.enterpriseId);
      return { call, profile, context: await deps.calls.formContext(call, prefillValuesOf(profile)) };
    },
  };
}

export type ApplicationLoader = ReturnType<typeof createApplicationLoader>;
