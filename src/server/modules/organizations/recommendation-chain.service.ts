import type { Organization } from '../../../shared/accounts/accounts.schemas.js';
import type { Database } from '../../db/client.js';
import { type CallOffice, firstHolderFor, nextHolderAfter } from './organizations.chain.js';
import { createOrganizationsRepository } from './organizations.repository.js';
import { toOrganization } from './organizations.service.js';

/** 推荐链 over the units that exist: who reviews an application first, and where a unit's list goes next. */
export function createRecommendationChainService({ db }: { db: Database }) {
  const repository = createOrganizationsRepository({ db });

  /**
   * The recommending units that may cover a county: its district unit(s), its city's, its province's (or its
   * 计划单列市's). The chain picks among them (organizations.chain.ts).
   */
  async function recommendersCovering(regionCode: string): Promise<Organization[]> {
    const codes = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
    return (await repository.listRecommendersIn([...new Set(codes)])).map(toOrganization);
  }

  /** The call's office as the chain needs it; an office that no longer exists bounds nothing below it. */
  async function officeOf(officeId: string): Promise<CallOffice> {
    const office = await repository.findById(officeId);
    return office ?? { level: 'district', regionCode: null };
  }

  return {
    /**
     * 首个审查单位 of an enterprise's application in a call run by `officeId`; null when no unit in the call's scope
     * covers it (the office reviews it).
     */
    async firstReviewerFor(
      enterprise: { regionCode: string; centralGroupId: string | null },
      officeId: string,
    ): Promise<Organization | null> {
      const office = await officeOf(officeId);
      const units = await recommendersCovering(enterprise.regionCode);
      if (enterprise.centralGroupId && office.level === 'national') {
        const group = await repository.findById(enterprise.centralGroupId);
        if (group) units.push(toOrganization(group));
      }
      return firstHolderFor(enterprise, units, office) as Organization | null;
    },

    /** Where a unit's list goes in a call run by `officeId`; null means the call's office. */
    async nextUnitAfter(unitId: string, officeId: string): Promise<Organization | null> {
      const unit = await repository.findById(unitId);
      if (!unit?.regionCode) return null;
      const units = await recommendersCovering(unit.regionCode);
      return nextHolderAfter(unit, units, await officeOf(officeId)) as Organization | null;
    },
  };
}

export type RecommendationChainService = ReturnType<typeof createRecommendationChainService>;
