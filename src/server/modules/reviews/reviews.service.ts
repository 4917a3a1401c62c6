import { randomUUID } from 'node:crypto';
import type { ApplicationEvent, ApplicationState } from '../../../shared/applications/application-state.js';
import { hasRequiredReason } from '../../../shared/reviews/reviews.rules.js';
import type { FormalReviewBody, FormalReviewItem } from '../../../shared/reviews/reviews.schemas.js';
import type { Database } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Actor } from '../../plugins/access.js';
import type { ApplicationRow } from '../applications/applications.repository.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import type { AuditContext } from '../audit/audit.service.js';
import { jurisdictionPrefix } from '../organizations/organizations.policy.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { ReferenceService } from '../reference/reference.service.js';
import {
  checklistIncomplete,
  notHeldHere,
  passWithFailedItem,
  reasonRequired,
  unknownChecklistItem,
} from './reviews.errors.js';
import { renderReviewSheetDocx } from './reviews.export-docx.js';
import { createReviewsRepository } from './reviews.repository.js';
import { judgeItem, missingItems } from './reviews.rules.js';

const outcomeLabels = { pass: '通过', return: '退回修改', reject: '不通过' } as const;

const outcomeEvents: Record<FormalReviewBody['outcome'], ApplicationEvent> = {
  pass: 'pass_review',
  return: 'return',
  reject: 'fail_review',
};

/** 形式审查: the checklist with the system's pre-judgements, the decision, and the return comments. */
export function createReviewsService(deps: {
  db: Database;
  applications: ApplicationsService;
  organizations: Pick<OrganizationsService, 'getOrganization'>;
  reference: Pick<ReferenceService, 'findRegion'>;
}) {
  const { db, applications } = deps;
  const repository = createReviewsRepository({ db });

  const isHeldForReview = (actor: Actor, row: ApplicationRow) =>
    row.holderOrgId !== null && row.holderOrgId === actor.organizationId && row.status === 'submitted';

  async function checklistOf(actor: Actor, row: ApplicationRow): Promise<FormalReviewItem[]> {
    const { call, profile } = await applications.loader.contextOf(row);
    const unit = await deps.organizations.getOrganization(actor.organizationId);
    const facts = {
      uscc: profile.uscc,
      regionCode: row.regionCode,
      regionName: (await deps.reference.findRegion(row.regionCode))?.name ?? row.regionCode,
      reviewerPrefix: actor.role === 'admin' ? '' : unit ? jurisdictionPrefix(unit) : null,
      isCentralSubsidiary: profile.centralGroupId !== null,
      variant: call.form,
      data: row.data,
      problems: await applications.problemsOf(row),
    };
    return call.form.checklist.map((item) => ({
      key: item.key,
      title: item.title,
      passingAnswer: item.pass,
      ...judgeItem(item.auto, facts),
    }));
  }

  async function lastReturnOf(applicationId: string) {
    const review = await repository.latestReturn(applicationId);
    return review
      ? {
          versionAt: review.versionAt,
          comment: review.comment,
          fieldComments: review.fieldComments,
          data: review.data,
          at: review.createdAt.toISOString(),
        }
      : null;
  }

  return {
    queue: (actor: Actor, query: { callId: string; cursor?: string; limit: number; stage?: 'review' | 'recommend' }) =>
      applications.listHeld(actor.organizationId ?? '', query.callId, query),

    async sheet(actor: Actor, id: string) {
      const row = await applications.loader.load(actor, id);
      return {
        items: await checklistOf(actor, row),
        status: row.status as ApplicationState,
        canDecide: isHeldForReview(actor, row),
        lastReturn: await lastReturnOf(id),
      };
    },

    async decide(actor: Actor, id: string, body: FormalReviewBody, context: AuditContext) {
      const row = await applications.loader.load(actor, id);
      if (!isHeldForReview(actor, row)) throw notHeldHere();
      const { call } = await applications.loader.contextOf(row);
      const known = new Set(call.form.checklist.map((item) => item.key));
      const stray = body.items.find((item) => !known.has(item.key));
      if (stray) throw unknownChecklistItem(stray.key);
      const missing = missingItems(call.form.checklist, body.items);
      if (missing.length > 0) throw checklistIncomplete(missing);
      const failed = body.items.filter((item) => !item.passed);
      if (body.outcome === 'pass' && failed.length > 0)
        throw passWithFailedItem(
          failed.map((item) => call.form.checklist.find((entry) => entry.key === item.key)!.title.slice(0, 30)),
        );
      if (!hasRequiredReason(body)) throw reasonRequired(body.outcome);
      return transaction(db, async (tx) => {
        const updated = await applications.moveState(tx, actor, context, {
          row,
          event: outcomeEvents[body.outcome],
          by: 'recommender',
          reason: body.comment,
          changes: body.outcome === 'reject' ? { holderOrgId: null } : {},
        });
        await createReviewsRepository({ db: tx }).insert({
          id: randomUUID(),
          applicationId: id,
          organizationId: actor.organizationId ?? '',
          reviewerUserId: actor.userId,
          reviewerName: actor.username,
          outcome: body.outcome,
          items: body.items.map(({ key, passed, note }) => ({ key, passed, note })),
          comment: body.comment,
          fieldComments: body.fieldComments,
          versionAt: row.version,
          fingerprint: row.fingerprint,
          data: row.data,
        });
        return { status: updated.status as ApplicationState };
      });
    },

    /**
     * 形式审查表 as DOCX, ready to stamp: the latest decision's answers when there is one, otherwise the system's
     * pre-judgements for the reviewer to print and fill in.
     */
    async exportSheet(actor: Actor, id: string) {
      const row = await applications.loader.load(actor, id);
      const { call, profile } = await applications.loader.contextOf(row);
      const items = await checklistOf(actor, row);
      const decision = await repository.latest(id);
      const unit = await deps.organizations.getOrganization(decision?.organizationId ?? actor.organizationId);
      const answerOf = (key: string, passed: boolean | null, passing: '是' | '否') => {
        const given = decision?.items.find((item) => item.key === key)?.passed ?? passed;
        if (given === null) return null;
        return given ? passing : passing === '是' ? '否' : '是';
      };
      const bytes = await renderReviewSheetDocx({
        title: call.form.reviewSheet?.title ?? '申报单位形式审查表',
        callTitle: call.title,
        enterpriseName: profile.name,
        uscc: profile.uscc,
        unitName: unit?.name ?? '',
        unitLabel: call.form.reviewSheet?.unitLabel ?? '推荐单位（盖章）',
        items: items.map((item, index) => ({
          number: index + 1,
          title: item.title,
          passingAnswer: item.passingAnswer,
          answer: answerOf(item.key, item.passed, item.passingAnswer),
          note: decision?.items.find((answer) => answer.key === item.key)?.note ?? '',
          evidence: item.evidence,
        })),
        outcome: decision ? outcomeLabels[decision.outcome as FormalReviewBody['outcome']] : null,
        comment: decision?.comment ?? '',
        reviewerName: decision?.reviewerName ?? '',
        date: decision?.createdAt ?? new Date(),
      });
      return { bytes, fileName: `${profile.name}-形式审查表.docx` };
    },

    /** 修改意见 the enterprise reads next to its fields while the application is returned. */
    async returnComments(actor: Actor, id: string) {
      const row = await applications.loader.load(actor, id);
      const review = await repository.latestReturn(row.id);
      if (!review) return null;
      const unit = await deps.organizations.getOrganization(review.organizationId);
      return {
        unitName: unit?.name ?? '',
        comment: review.comment,
        fieldComments: review.fieldComments,
        at: review.createdAt.toISOString(),
      };
    },
  };
}

export type ReviewsService = ReturnType<typeof createReviewsService>;
