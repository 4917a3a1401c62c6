import { AppError } from '../../plugins/errors.js';

export const notHeldHere = () =>
  new AppError(409, 'NOT_AWAITING_REVIEW', '该申报书当前不在本单位待形式审查（可能已审查、已退回或已撤回）');
export const checklistIncomplete = (keys: string[]) =>
  new AppError(
    400,
    'INVALID_INPUT',
    `形式审查表还有未填写的项目：${keys.join('、')}`,
    keys.map((key) => ({ path: `/items/${key}`, message: '请填写' })),
  );
export const unknownChecklistItem = (key: string) => new AppError(400, 'INVALID_INPUT', `形式审查表没有该项目：${key}`);
export const passWithFailedItem = (titles: string[]) =>
  new AppError(422, 'CHECKLIST_FAILED', `以下项目未通过，不能给出“通过”结论：${titles.join('；')}`);
export const reasonRequired = (outcome: 'return' | 'reject' | 'pass') =>
  outcome === 'reject'
    ? new AppError(400, 'INVALID_INPUT', '不通过须在审查意见中填写理由', [
        { path: '/comment', message: '请填写不通过的理由' },
      ])
    : new AppError(400, 'INVALID_INPUT', '退回修改须填写审查意见或逐项修改意见');
