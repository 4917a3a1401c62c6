import {
  type ApplicationState,
  isCountedAsReceived,
  isDeletableDraft,
  isEditable,
} from '../../../shared/applications/application-state.js';
import { rowsAt } from '../../../shared/applications/form-walk.js';
import type { Actor } from '../../plugins/access.js';
import type { ApplicationsDependencies } from './applications.context.js';
import { createApplicationsRepository } from './applications.repository.js';
import type { ApplicationsService } from './applications.service.js';

/** Groups problems into a short to-do list for the dashboard. */
function todoOf(problems: Array<{ path: string; message: string }>): string[] {
  const fields = problems.filter((problem) => problem.path.startsWith('/data')).length;
  const todo = problems.filter((problem) => !problem.path.startsWith('/data')).map((problem) => problem.message);
  return fields > 0 ? [`还有 ${fields} 处填写问题`, ...todo] : todo;
}

/** Read-only overviews: the enterprise's 我的申报 and an office's live counts of one call. */
export function createApplicationsOverview(
  deps: Pick<ApplicationsDependencies, 'db' | 'calls'> & { applications: Pick<ApplicationsService, 'problemsOf'> },
) {
  const { calls, applications } = deps;
  const repository = createApplicationsRepository({ db: deps.db });
  return {
    /** 我的申报: the enterprise's applications with what is still missing. */
    async listMine(actor: Actor) {
      if (actor.role !== 'enterprise' || !actor.organizationId) return [];
      const rows = await repository.listByEnterprise(actor.organizationId);
      return Promise.all(
        rows.map(async (row) => {
          const call = await calls.findCall(row.callId);
          const problems = isEditable(row.status as ApplicationState) ? await applications.problemsOf(row) : [];
          const scenarioSection = call.form.sections.find((section) => section.kind === 'scenarios');
          return {
            id: row.id,
            callId: row.callId,
            callTitle: call.title,
            status: row.status as ApplicationState,
            deadline: (await calls.deadlineFor(call, row.enterpriseId)).toISOString(),
            updatedAt: row.updatedAt.toISOString(),
            scenarioNames: scenarioSection
              ? rowsAt(row.data[scenarioSection.key]).map((entry) => String(entry.name ?? ''))
              : [],
            todo: todoOf(problems),
            problemCount: problems.length,
            version: row.version,
            canDelete: isDeletableDraft(row.status as ApplicationState, row.submittedAt),
          };
        }),
      );
    },

    /** Live counts of one call by state and region, for its office. */
    async callStats(actor: Actor, callId: string) {
      await calls.loadManagedCall(actor, callId);
      const rows = await repository.countByCall(callId);
      const byStatus: Record<string, number> = {};
      const byRegion = new Map<string, number>();
      for (const row of rows) {
        byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
        if (isCountedAsReceived(row.status as ApplicationState))
          byRegion.set(row.regionCode, (byRegion.get(row.regionCode) ?? 0) + row.count);
      }
      return { byStatus, byRegion, total: rows.reduce((sum, row) => sum + row.count, 0) };
    },
  };
}

export type ApplicationsOverview = ReturnType<typeof createApplicationsOverview>;
