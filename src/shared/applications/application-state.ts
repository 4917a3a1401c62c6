/**
 * The application state machine (申报状态), the one place its transitions are defined. docs/APPLICATION-STATES.md
 * draws it; the server moves an application only through `nextState`. States after submission belong to the
 * formal-review, recommendation, expert-review and publication stages.
 */
export const applicationStates = [
  'draft', // 草稿
  'submitted', // 已提交
  'withdrawn', // 已撤回（可修改后重新提交）
  'returned', // 退回修改
  'review_passed', // 形式审查通过
  'review_failed', // 形式审查不通过
  'recommended', // 已推荐（当前推荐层级见 level）
  'expert_review', // 专家评审中
  'shortlisted', // 拟入选
  'public_notice', // 公示中
  'awarded', // 入选
  'not_awarded', // 未入选
] as const;
export type ApplicationState = (typeof applicationStates)[number];

export const applicationStateLabels: Record<ApplicationState, string> = {
  draft: '草稿',
  submitted: '已提交',
  withdrawn: '已撤回',
  returned: '退回修改',
  review_passed: '形式审查通过',
  review_failed: '形式审查未通过',
  recommended: '已推荐',
  expert_review: '专家评审中',
  shortlisted: '拟入选',
  public_notice: '公示中',
  awarded: '入选',
  not_awarded: '未入选',
};

/** Who acts on an application: the applicant, a recommending unit at some level, the programme office. */
export type StateActor = 'enterprise' | 'recommender' | 'office';

export const applicationEvents = [
  'submit',
  'withdraw',
  'return',
  'pass_review',
  'fail_review',
  'recommend',
  'unrecommend',
  'start_expert_review',
  'shortlist',
  'reject',
  'start_public_notice',
  'award',
] as const;
export type ApplicationEvent = (typeof applicationEvents)[number];

type Transition = { from: readonly ApplicationState[]; to: ApplicationState; by: StateActor };

/** Every allowed move. Anything not listed is forbidden. */
export const transitions: Record<ApplicationEvent, Transition> = {
  submit: { from: ['draft', 'withdrawn', 'returned'], to: 'submitted', by: 'enterprise' },
  withdraw: { from: ['submitted'], to: 'withdrawn', by: 'enterprise' },
  return: { from: ['submitted', 'recommended'], to: 'returned', by: 'recommender' },
  pass_review: { from: ['submitted'], to: 'review_passed', by: 'recommender' },
  fail_review: { from: ['submitted'], to: 'review_failed', by: 'recommender' },
  recommend: { from: ['review_passed', 'recommended'], to: 'recommended', by: 'recommender' },
  /** The first unit recalls its list, or the level above returns the item: back to 形式审查通过 at that unit. */
  unrecommend: { from: ['recommended'], to: 'review_passed', by: 'recommender' },
  start_expert_review: { from: ['recommended'], to: 'expert_review', by: 'office' },
  shortlist: { from: ['expert_review'], to: 'shortlisted', by: 'office' },
  reject: { from: ['expert_review', 'shortlisted', 'public_notice'], to: 'not_awarded', by: 'office' },
  start_public_notice: { from: ['shortlisted'], to: 'public_notice', by: 'office' },
  award: { from: ['public_notice'], to: 'awarded', by: 'office' },
};

export type TransitionResult = { allowed: true; to: ApplicationState } | { allowed: false; reason: string };

/** The state an event leads to from `from` when `by` triggers it, or why it may not. */
export function nextState(from: ApplicationState, event: ApplicationEvent, by: StateActor): TransitionResult {
  const transition = transitions[event];
  if (transition.by !== by) return { allowed: false, reason: `该操作不能由当前角色执行` };
  if (!transition.from.includes(from))
    return { allowed: false, reason: `申报处于“${applicationStateLabels[from]}”状态，不能执行该操作` };
  return { allowed: true, to: transition.to };
}

/** States in which the enterprise may edit the content. */
export const editableStates: readonly ApplicationState[] = ['draft', 'withdrawn', 'returned'];
export const isEditable = (state: ApplicationState) => editableStates.includes(state);

/**
 * Applications an office counts as received, by region: not a draft, and not withdrawn (a withdrawn application is
 * back with the enterprise and may never come again).
 */
export const isCountedAsReceived = (state: ApplicationState) => state !== 'draft' && state !== 'withdrawn';

/**
 * 删除草稿: only a draft never submitted may be deleted. Not a transition: the record goes. Anything once submitted
 * keeps its record and history (a submission, even withdrawn, is part of the call's trail).
 */
export const isDeletableDraft = (state: ApplicationState, submittedAt: unknown) => state === 'draft' && !submittedAt;
