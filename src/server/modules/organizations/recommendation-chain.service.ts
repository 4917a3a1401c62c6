import type { Organization } from '../../../shared/accounts/accounts.schemas.js';
import type { Database } from '../../db/client.js';
import { firstHolderFor, nextHolderAfter } from './organizations.chain.js';
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

  return {
    /** 首个审查单位 of an enterprise's application; null when no unit covers it (the office reviews it). */
    async firstReviewerFor(enterprise: { regionCode: string; centralGroupId: string | null }) {
      if (enterprise.centralGroupId) {
        const group = await repository.findById(enterprise.centralGroupId);
        return group ? toOrganization(group) : null;
      }
      return firstHolderFor(enterprise, await recommendersCovering(enterprise.regionCode)) as Organization | null;
    },

    /** Where a unit's recommendation list goes; null means the call's office. */
    async nextUnitAfter(unitId: string): Promise<Organization | null> {
      const unit = await repository.findById(unitId);
      if (!unit?.regionCode) return null;
      return nextHolderAfter(unit, await recommendersCovering(unit.regionCode)) as Organization | null;
    },
  };
}

export type RecommendationChainService = ReturnType<typeof createRecommendationChainService>;
