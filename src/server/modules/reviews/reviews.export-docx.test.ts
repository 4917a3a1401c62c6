import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { type ReviewSheet, renderReviewSheetDocx, ticked } from './reviews.export-docx.js';

const sheet = (overrides: Partial<ReviewSheet> = {}): ReviewSheet => ({
  title: '申报单位形式审查表',
  callTitle: '2026年度智能制造优秀场景申报',
  enterpriseName: '重庆智能装备有限公司',
  uscc: '91500000MA5U7XXX1K',
  unitName: '重庆市渝北区经济和信息化委员会',
  items: [
    {
      number: 1,
      title: '申报单位在中华人民共和国境内注册，具有独立法人资格',
      passingAnswer: '是',
      answer: '是',
      note: '营业执照已核对',
      evidence: '统一社会信用代码校验通过',
    },
    {
      number: 2,
      title: '申报单位近三年经营情况良好',
      passingAnswer: '是',
      answer: '否',
      note: '2024年营业收入缺失',
      evidence: null,
    },
    { number: 8, title: '申报内容是否涉密', passingAnswer: '否', answer: null, note: '', evidence: null },
  ],
  outcome: '退回修改',
  comment: '请补充2024年度财务数据后重新提交。',
  reviewerName: '刘洋',
  date: new Date('2026-11-30T16:30:00Z'),
  ...overrides,
});

describe('ticked', () => {
  it('ticks the chosen option and none while unanswered', () => {
    expect(ticked(['是', '否'] as const, '否')).toBe('☐是　☑否');
    expect(ticked(['是', '否'] as const, null)).toBe('☐是　☐否');
  });
});

describe('renderReviewSheetDocx', () => {
  it('prints items, answers, evidence, the conclusion and the signature lines', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await renderReviewSheetDocx(sheet()) });
    for (const text of [
      '申报单位形式审查表',
      '申报项目：2026年度智能制造优秀场景申报',
      '企业名称：重庆智能装备有限公司',
      '统一社会信用代码：91500000MA5U7XXX1K',
      '审查日期：2026年12月1日',
      '序号',
      '审查内容',
      '审查结果（是/否）',
      '备注',
      '申报单位在中华人民共和国境内注册，具有独立法人资格',
      '申报单位近三年经营情况良好',
      '申报内容是否涉密',
      '☑是　☐否',
      '☐是　☑否',
      '☐是　☐否',
      '营业执照已核对',
      '系统核验：统一社会信用代码校验通过',
      '2024年营业收入缺失',
      '审查结论',
      '☐通过　☑退回修改　☐不通过',
      '审查意见',
      '请补充2024年度财务数据后重新提交。',
      '审查人：刘洋',
      '推荐单位（盖章）：重庆市渝北区经济和信息化委员会',
      '年  月  日',
    ]) {
      expect(value).toContain(text);
    }
    // Items in order, the evidence in the 备注 of its own item.
    expect(value.indexOf('营业执照已核对')).toBeLessThan(value.indexOf('系统核验：'));
    expect(value.indexOf('系统核验：')).toBeLessThan(value.indexOf('申报单位近三年经营情况良好'));
  });

  it('prints an undecided sheet with blank ticks and room for the comment', async () => {
    const blank = sheet({ outcome: null, comment: '', items: [] });
    const { value } = await mammoth.extractRawText({ buffer: await renderReviewSheetDocx(blank) });
    expect(value).toContain('☐通过　☐退回修改　☐不通过');
    expect(value).toContain('无');
    expect(value).toContain('审查人：刘洋');
  });
});
