import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { type ReviewSheet, renderReviewSheetDocx, ticked } from './reviews.export-docx.js';

const sheet = (overrides: Partial<ReviewSheet> = {}): ReviewSheet => ({
  title: '申报单位形式审查表（各区填报）',
  callTitle: '2026年度智能制造优秀场景申报',
  enterpriseName: '重庆智能装备有限公司',
  uscc: '91500000MA5U7XXX1K',
  unitName: '重庆市渝北区经济和信息化委员会',
  unitLabel: '企业所在区（开发区）经信部门（盖章）',
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
    expect(ticked(['是', '否'] as const, '否')).toBe('☐是……☑否');
    expect(ticked(['是', '否'] as const, null)).toBe('☐是……☐否');
    expect(ticked(['通过', '不通过'] as const, '通过', '　')).toBe('☑通过　☐不通过');
  });
});

describe('renderReviewSheetDocx', () => {
  it('prints the seed form’s wording in its order, then answers, evidence, the conclusion and the signatures', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await renderReviewSheetDocx(sheet()) });
    // 000_… 附件4, top to bottom.
    const seedOrder = [
      '申报单位形式审查表（各区填报）',
      '企业名称：重庆智能装备有限公司',
      '企业所在区（开发区）经信部门（盖章）：重庆市渝北区经济和信息化委员会',
      '序号',
      '形式审查主要内容',
      '申报单位在中华人民共和国境内注册，具有独立法人资格',
      '申报单位近三年经营情况良好',
      '申报内容是否涉密',
    ];
    const positions = seedOrder.map((text) => value.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(value).not.toContain('审查结果（是/否）');
    for (const text of [
      '统一社会信用代码：91500000MA5U7XXX1K',
      '审查日期：2026年12月1日',
      '备注',
      '☑是……☐否',
      '☐是……☑否',
      '☐是……☐否',
      '营业执照已核对',
      '系统核验：统一社会信用代码校验通过',
      '2024年营业收入缺失',
      '审查结论',
      '☐通过　☑退回修改　☐不通过',
      '审查意见',
      '请补充2024年度财务数据后重新提交。',
      '审查人：刘洋',
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

  it('prints the generic title and 推荐单位（盖章） for templates whose seed has no form', async () => {
    const national = sheet({ title: '申报单位形式审查表', unitLabel: '推荐单位（盖章）' });
    const { value } = await mammoth.extractRawText({ buffer: await renderReviewSheetDocx(national) });
    expect(value).toContain('推荐单位（盖章）：重庆市渝北区经济和信息化委员会');
    expect(value).not.toContain('各区填报');
  });
});
