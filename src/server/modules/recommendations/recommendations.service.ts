import { randomUUID } from 'node:crypto';
import type { Organization } from '../../../shared/accounts/accounts.schemas.js';
import type { Quota } from '../../../shared/calls/template.schemas.js';
import type { SubmitRecommendationBody } from '../../../shared/recommendations/recommendations.schemas.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import { type AuditContext, createAuditService } from '../audit/audit.service.js';
import type { CallsService } from '../calls/calls.service.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { RecommendationChainService } from '../organizations/recommendation-chain.service.js';
import {
  alreadyActed,
  duplicateItem,
  invalidRanking,
  itemNotReturnable,
  listExists,
  lowerRecalled,
  notPassedUp,
  notRecommender,
  quotaExceeded,
  recommendationNotFound,
} from './recommendations.errors.js';
import { createRecommendationsRepository, type RecommendationRow } from './recommendations.repository.js';
import { isQuotaExempt, quotaExceeded as quotaCheck, rankProblem } from './recommendations.rules.js';

export type RecommendationsDependencies = {
  db: Database;
  applications: ApplicationsService;
  calls: Pick<CallsService, 'findCall'>;
  organizations: Pick<OrganizationsService, 'getOrganization'>;
  chain: Pick<RecommendationChainService, 'nextUnitAfter'>;
  now: () => Date;
};

/** 推荐: ranked lists within quotas, passed up the chain; recall until the level above acts; return of one item. */
export function createRecommendationsService(deps: RecommendationsDependencies) {
  const { db, applications, now } = deps;
  const repository = createRecommendationsRepository({ db });

  async function unitOf(actor: Actor) {
    const unit = await deps.organizations.getOrganization(actor.organizationId);
    if (actor.role !== 'recommender' || unit?.type !== 'recommender') throw notRecommender();
    return unit;
  }

  /** Applications this unit may list: in this call, held here, passed review here or recommended up to here. */
  async function loadListable(callId: string, unitId: string, ids: string[]) {
    const rows = await applications.findManyById(ids);
    for (const id of ids) {
      const row = rows.find((candidate) => candidate.id === id);
      const isHere = row?.callId === callId && row.holderOrgId === unitId;
      if (!isHere || !['review_passed', 'recommended'].includes(row.status)) throw notPassedUp(id);
    }
    return ids.map((id) => rows.find((row) => row.id === id)!);
  }

  /** The office that owns a call acts on what it receives; a recommending unit on what reached its unit. */
  async function receiverOf(actor: Actor): Promise<string> {
    if (actor.role === 'office' && actor.organizationId) return actor.organizationId;
    return (await unitOf(actor)).id;
  }

  /**
   * Checks the quota against what the unit already listed, on `tx` after `lockQuota`, so two lists submitted at once
   * are counted one after the other. The quota is checked first: of two concurrent lists the later is over quota
   * (422) when they do not both fit, and an open list of its own (409) only when they do.
   */
  async function ensureQuota(
    txRepository: ReturnType<typeof createRecommendationsRepository>,
    input: { callId: string; unit: Organization; quotas: Quota[]; adding: number },
  ) {
    await txRepository.lockQuota(input.callId, input.unit.id);
    const lists = await txRepository.activeOf(input.callId, input.unit.id);
    const items = await txRepository.itemsOf(lists.map((list) => list.id));
    const counted = items.filter((item) => !item.returnedAt && !item.isExempt).length;
    const over = quotaCheck(input.quotas, input.unit, counted + input.adding);
    if (over) throw quotaExceeded(over);
    if (lists.some((list) => list.status === 'submitted')) throw listExists();
  }

  /** Hands one item back to the unit that listed it: its state as before the list, holder the lower unit. */
  async function handBack(
    tx: Database,
    actor: Actor,
    context: AuditContext,
    list: RecommendationRow,
    item: { applicationId: string; fromStatus: string },
    reason: string,
  ) {
    const row = await applications.findById(item.applicationId, tx);
    if (!row || row.holderOrgId !== list.toOrgId) throw itemNotReturnable();
    if (item.fromStatus === 'review_passed')
      await applications.moveState(tx, actor, context, {
        row,
        event: 'unrecommend',
        by: 'recommender',
        reason,
        expectedHolder: list.toOrgId,
        changes: { holderOrgId: list.organizationId, recommendedLevel: null },
      });
    else if (!(await applications.reassign(tx, row.id, list.toOrgId, list.organizationId, row.recommendedLevel)))
      throw itemNotReturnable();
  }

  return {
    async submit(actor: Actor, callId: string, body: SubmitRecommendationBody, context: AuditContext) {
      const unit = await unitOf(actor);
      const call = await deps.calls.findCall(callId);
      const problem = rankProblem(body.items);
      if (problem) throw invalidRanking(problem);
      const ids = body.items.map((item) => item.applicationId);
      if (new Set(ids).size !== ids.length) throw duplicateItem();
      const rows = await loadListable(callId, unit.id, ids);
      const exempt = new Set(
        rows.filter((row) => isQuotaExempt(call.form.quotaExemption, row.data)).map((row) => row.id),
      );
      const adding = ids.filter((id) => !exempt.has(id)).length;
      const next = (await deps.chain.nextUnitAfter(unit.id, call.organizationId))?.id ?? call.organizationId;
      const id = randomUUID();
      return transaction(db, async (tx) => {
        const txRepository = createRecommendationsRepository({ db: tx });
        await ensureQuota(txRepository, { callId, unit, quotas: call.form.quotas, adding });
        // Acting on the lists below locks them; a recall that committed first leaves one unlocked: then refuse.
        const sources = (await txRepository.openSourceLists(unit.id, ids)).map((list) => list.id);
        if ((await txRepository.lock(sources, now())).length !== sources.length) throw lowerRecalled();
        await txRepository.insert({
          id,
          callId,
          organizationId: unit.id,
          level: unit.level ?? '',
          toOrgId: next,
          comment: body.comment ?? '',
          submittedBy: actor.userId,
          submittedAt: now(),
        });
        await txRepository.insertItems(
          body.items.map((item) => ({
            recommendationId: id,
            applicationId: item.applicationId,
            rank: item.rank,
            comment: item.comment ?? '',
            isExempt: exempt.has(item.applicationId),
            fromStatus: rows.find((row) => row.id === item.applicationId)!.status,
          })),
        );
        for (const row of rows)
          await applications.moveState(tx, actor, context, {
            row,
            event: 'recommend',
            by: 'recommender',
            expectedHolder: unit.id,
            changes: { holderOrgId: next, recommendedLevel: unit.level },
          });
        await createAuditService({ db: tx }).record(context, {
          action: 'recommendation.submitted',
          targetType: 'recommendation',
          targetId: id,
          newValue: { callId, to: next, items: body.items },
        });
        return { id, level: unit.level ?? '', status: 'submitted' as const };
      });
    },

    async recall(actor: Actor, id: string, context: AuditContext) {
      const unit = await unitOf(actor);
      const list = await repository.findById(id);
      if (!list || list.organizationId !== unit.id) throw recommendationNotFound();
      return transaction(db, async (tx) => {
        const txRepository = createRecommendationsRepository({ db: tx });
        if (!(await txRepository.recall(id))) throw alreadyActed();
        for (const item of await txRepository.itemsOf([id]))
          if (!item.returnedAt) await handBack(tx, actor, context, list, item, '推荐单位撤回推荐名单');
        await createAuditService({ db: tx }).record(context, {
          action: 'recommendation.recalled',
          targetType: 'recommendation',
          targetId: id,
        });
        return { status: 'recalled' as const };
      });
    },

    /**
     * The level above (a unit, or the call's office for the lists it receives) returns one item of a list with a
     * reason; the list is then locked.
     */
    async returnItem(actor: Actor, id: string, applicationId: string, reason: string, context: AuditContext) {
      const receiver = await receiverOf(actor);
      const list = await repository.findById(id);
      if (!list || list.toOrgId !== receiver || list.status === 'recalled') throw recommendationNotFound();
      return transaction(db, async (tx) => {
        const txRepository = createRecommendationsRepository({ db: tx });
        await txRepository.lock([id], now());
        const [item] = await txRepository.markReturned(id, applicationId, reason, now());
        if (!item) throw itemNotReturnable();
        await handBack(tx, actor, context, list, item, reason);
        await createAuditService({ db: tx }).record(context, {
          action: 'recommendation.item_returned',
          targetType: 'recommendation',
          targetId: id,
          newValue: { applicationId, reason },
        });
        return { status: 'locked' as const };
      });
    },

    /**
     * 接收: the call's office accepts a list it received. The list is locked (its unit can no longer recall it); the
     * office may still return single items. Accepting twice is harmless; a list recalled first is 409.
     */
    async accept(actor: Actor, id: string, context: AuditContext) {
      const receiver = await receiverOf(actor);
      const list = await repository.findById(id);
      if (!list || list.toOrgId !== receiver) throw recommendationNotFound();
      return transaction(db, async (tx) => {
        const txRepository = createRecommendationsRepository({ db: tx });
        const [locked] = await txRepository.lock([id], now());
        if (!locked) {
          if ((await txRepository.findById(id))?.status !== 'locked') throw lowerRecalled();
          return { status: 'locked' as const };
        }
        await createAuditService({ db: tx }).record(context, {
          action: 'recommendation.accepted',
          targetType: 'recommendation',
          targetId: id,
          newValue: { callId: list.callId, from: list.organizationId },
        });
        return { status: 'locked' as const };
      });
    },

    /** Lists the caller's unit submitted and received in a call, with their ranked items. */
    async listForCall(actor: Actor, callId: string) {
      const unitId = actor.organizationId ?? '';
      const lists = await repository.listForUnit(callId, unitId);
      const items = await repository.itemsOf(lists.map((list) => list.id));
      const names = new Map(
        (await applications.findManyById([...new Set(items.map((item) => item.applicationId))])).map((row) => [
          row.id,
          row.enterpriseName,
        ]),
      );
      const orgName = async (orgId: string) => (await deps.organizations.getOrganization(orgId))?.name ?? '';
      return Promise.all(
        lists.map(async (list) => ({
          id: list.id,
          level: list.level,
          status: list.status as 'submitted' | 'recalled' | 'locked',
          direction: list.organizationId === unitId ? ('submitted' as const) : ('received' as const),
          organizationId: list.organizationId,
          organizationName: await orgName(list.organizationId),
          toOrganizationName: await orgName(list.toOrgId),
          submittedAt: list.submittedAt.toISOString(),
          comment: list.comment,
          items: items
            .filter((item) => item.recommendationId === list.id)
            .map((item) => ({
              applicationId: item.applicationId,
              rank: item.rank,
              enterpriseName: names.get(item.applicationId) ?? '',
              comment: item.comment,
              isExempt: item.isExempt,
              returned: item.returnedAt !== null,
              returnReason: item.returnReason,
            })),
        })),
      );
    },

    /** The ranked rows of the caller's level: its own lists, or for the office everything it received. */
    async rankedRows(actor: Actor, callId: string) {
      const unitId = actor.organizationId ?? '';
      const lists =
        actor.role === 'office'
          ? (await repository.listReceived(callId, unitId)).filter((list) => list.status !== 'recalled')
          : await repository.activeOf(callId, unitId);
      const items = (await repository.itemsOf(lists.map((list) => list.id))).filter((item) => !item.returnedAt);
      const rows = await applications.findManyById(items.map((item) => item.applicationId));
      return lists.flatMap((list) =>
        items
          .filter((item) => item.recommendationId === list.id)
          .map((item) => ({
            rank: item.rank,
            unitId: list.organizationId,
            row: rows.find((row) => row.id === item.applicationId)!,
          })),
      );
    },
  };
}

export type RecommendationsService = ReturnType<typeof createRecommendationsService>;
