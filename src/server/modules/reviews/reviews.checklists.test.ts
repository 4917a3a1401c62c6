import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormVariant } from '../../../shared/calls/template.schemas.js';
import { loadCallTemplates, templateIds, variantOf } from '../calls/calls.templates.js';
import { automaticJudgements } from './reviews.rules.js';

const templates = loadCallTemplates(path.resolve('data'));
const variant = (templateId: string, key?: string): FormVariant => variantOf(templates.get(templateId)!, key)!;
const seed = (file: string) => fs.readFileSync(path.resolve('docs/seeds', file), 'utf8');

/** The items of 000_… 附件4 as printed: a line with the number, the item, then □是……□否. */
function provincialFormItems() {
  const text = seed('000_ce6b46e72733f1c5.txt');
  const form = text.slice(text.indexOf('申报单位形式审查表（各区填报）'), text.indexOf('附件5'));
  const lines = form
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.flatMap((line, i) =>
    /^\d+$/.test(line) && lines[i + 2] === '□是……□否' ? [{ number: Number(line), title: lines[i + 1]! }] : [],
  );
}

describe('the 形式审查 checklist of every template', () => {
  it('follows 000_… 附件4 for the provincial form: its ten items, in order, word for word', () => {
    const printed = provincialFormItems();
    expect(printed.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const checklist = variant('excellent-scenario', 'provincial2023').checklist;
    expect(checklist.map((item) => item.title)).toEqual(printed.map((item) => item.title));
  });

  it('passes item 8 申报内容是否涉密 with 否 and every other provincial item with 是', () => {
    const checklist = variant('excellent-scenario', 'provincial2023').checklist;
    expect(checklist[7]).toMatchObject({ title: '申报内容是否涉密', pass: '否' });
    expect(checklist.filter((item) => item.pass === '否')).toHaveLength(1);
  });

  it('pre-judges the provincial items the data can show', () => {
    const auto = variant('excellent-scenario', 'provincial2023').checklist.map((item) => item.auto ?? null);
    expect(auto).toEqual([
      'usccValid',
      'financialsComplete',
      null,
      'noMajorAccident',
      'noMajorAccident',
      null,
      'stampedFingerprintMatches',
      null,
      'attachmentsComplete',
      null,
    ]);
  });

  it('derives the national lists from 001_…’s 推荐条件, the CMMM level checked for 示范工厂', () => {
    const scenario = variant('excellent-scenario', 'national2021').checklist;
    const factory = variant('demo-factory').checklist;
    const conditions = seed('001_62d91902c6a54cfa.txt');
    for (const title of ['近三年经济效益较好', '信用记录良好', '纸质版申报材料应与网上填报内容一致'])
      expect(conditions).toContain(title);
    expect(scenario.map((item) => item.title)).toEqual(
      expect.arrayContaining(['近三年经济效益较好', '信用记录良好', '纸质版申报材料应与网上填报内容一致']),
    );
    expect(factory.find((item) => item.auto === 'cmmmLevel2')?.title).toContain('二级及以上');
    expect(scenario.some((item) => item.auto === 'cmmmLevel2')).toBe(false);
  });

  it('holds the Hubei (002_…) and Wuxi (003_…) lists, each item found in or drawn from its seed', () => {
    const hubei = variant('hubei-pilot').checklist;
    const wuxi = variant('wuxi-benchmark').checklist;
    expect(hubei.length).toBeGreaterThanOrEqual(5);
    expect(wuxi.length).toBeGreaterThanOrEqual(5);
    const hubeiSeed = seed('002_e560f0feb83a9262.txt');
    for (const title of ['具有独立法人资格', '运营和财务状况良好', '项目技术上处于国内先进水平'])
      expect(hubei.map((item) => item.title).filter((entry) => hubeiSeed.includes(entry))).toContain(title);
    expect(hubei[0]).toMatchObject({ title: '项目实施单位在湖北省境内注册', auto: 'regionInScope' });
    expect(seed('003_075631c92597cdcb.txt')).toContain(wuxi[0]!.title);
    expect(wuxi[0]).toMatchObject({ title: '在无锡市内注册满一周年的工业企业', auto: 'regionInScope' });
  });

  it('gives every item of every variant a unique key and, where it names one, a judgement the system has', () => {
    for (const id of templateIds)
      for (const form of templates.get(id)!.variants) {
        expect(form.checklist.length, `${id}/${form.key}`).toBeGreaterThan(0);
        const keys = form.checklist.map((item) => item.key);
        expect(new Set(keys).size, `${id}/${form.key}`).toBe(keys.length);
        for (const item of form.checklist)
          if (item.auto) expect(automaticJudgements, `${id}/${form.key}/${item.key}`).toContain(item.auto);
      }
  });
});
