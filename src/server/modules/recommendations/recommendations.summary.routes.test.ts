import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createOrganizationWithAdmin, testPassword } from '../../test/accounts.js';
import { createTestApp } from '../../test/app.js';
import { createOffice, publishCall, registerEnterprise, submitComplete } from '../../test/programme.js';
import { asUser, type Session, signIn } from '../../test/sessions.js';

let app: App;
let close: () => Promise<void>;
let office: Session;
let callId: string;
const provinces: Record<string, Session> = {};

const post = (url: string, session: Session, payload?: unknown) =>
  app.inject({ method: 'POST', url, headers: asUser(session), payload: payload as object });

/** Two provinces without cities or districts, so each reviews and recommends its own enterprise straight to the office. */
beforeAll(async () => {
  const test = await createTestApp();
  ({ app, close } = test);
  office = await createOffice(app, test.handle.db, 'miit');
  for (const unit of [
    { username: 'hubei', regionCode: '420000' },
    { username: 'henan', regionCode: '410000' },
  ]) {
    await createOrganizationWithAdmin(test.handle.db, {
      ...unit,
      level: 'province',
      type: 'recommender',
      role: 'recommender',
    });
    provinces[unit.username] = await signIn(app, unit.username, testPassword);
  }
  callId = await publishCall(app, office, {
    templateId: 'excellent-scenario',
    opensAt: '2020-01-01T00:00:00+08:00',
    closesAt: '2099-12-31T17:00:00+08:00',
  });
  for (const [province, registration] of [
    ['hubei', { username: 'hb-1', uscc: '91350100M000100Y43', regionCode: '420106' }],
    ['henan', { username: 'hn-1', uscc: '91110000600037341L', regionCode: '410102' }],
  ] as const) {
    const enterprise = await registerEnterprise(app, registration);
    const application = (
      await post(`/api/calls/${callId}/applications`, enterprise.session, { scenarioCodes: ['2024-11'] })
    ).json().id;
    await submitComplete(app, enterprise.session, application, callId);
    const session = provinces[province]!;
    const sheet = (
      await app.inject({ url: `/api/applications/${application}/formal-review`, headers: asUser(session) })
    )
      .json()
      .items.map((item: { key: string }) => ({ key: item.key, passed: true, note: '' }));
    const passed = await post(`/api/applications/${application}/formal-review`, session, {
      items: sheet,
      outcome: 'pass',
    });
    if (passed.statusCode !== 200) throw new Error(`review failed: ${passed.body}`);
    const list = await post(`/api/calls/${callId}/recommendations`, session, {
      items: [{ applicationId: application, rank: 1 }],
    });
    if (list.statusCode !== 201) throw new Error(`recommendation failed: ${list.body}`);
  }
});
afterAll(() => close());

async function sheetOf(session: Session) {
  const response = await app.inject({
    url: `/api/calls/${callId}/recommendations/summary?format=xlsx`,
    headers: asUser(session),
  });
  expect(response.statusCode).toBe(200);
  // Streamed, with the download headers all the same.
  expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
  expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
    '-智能制造优秀场景推荐汇总表.xlsx',
  );
  expect(response.headers['cache-control']).toBe('no-store');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as never);
  const sheet = workbook.getWorksheet('推荐汇总表')!;
  /** A row's cells as printed: a merged range once, no empty cells after the last value. */
  return (row: number) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, column) => sheet.getCell(row, column + 1))
      .filter((cell) => cell.master === cell)
      .map((cell) => cell.text);
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    return cells;
  };
}

const notes = '注：1.推荐智能制造典型场景排名有先后；2.推荐数量不能超过规定的上限。';
const scenario = '1.工厂建设-1.工厂数字化设计与交付';

describe('推荐汇总表 of each level', () => {
  it('a province’s own table lists its list without a unit column, with 附件6’s notes', async () => {
    const row = await sheetOf(provinces.hubei!);
    expect(row(1)).toEqual(['智能制造优秀场景推荐汇总表']);
    expect(row(3)).toEqual(['序号', '申报企业名称', '申报智能制造典型场景（罗列）', '联系人', '联系方式（手机号）']);
    expect(row(4).slice(0, 3)).toEqual(['1', 'hb-1 智能装备有限公司', scenario]);
    expect(row(5)).toEqual([notes]);
    expect(row(6)).toEqual([]);
  });

  it('the office’s combined table names the recommending unit of each rank, unit by unit', async () => {
    const row = await sheetOf(office);
    expect(row(2)[0]).toBe('推荐单位（盖章）：miit 单位');
    expect(row(3)).toEqual([
      '序号',
      '推荐单位',
      '申报企业名称',
      '申报智能制造典型场景（罗列）',
      '联系人',
      '联系方式（手机号）',
    ]);
    expect(row(4).slice(0, 4)).toEqual(['1', 'henan 单位', 'hn-1 智能装备有限公司', scenario]);
    expect(row(5).slice(0, 4)).toEqual(['1', 'hubei 单位', 'hb-1 智能装备有限公司', scenario]);
    expect(row(6)).toEqual([notes]);
  });

  it('the DOCX carries the same header, unit names, rows and notes', async () => {
    const response = await app.inject({
      url: `/api/calls/${callId}/recommendations/summary?format=docx`,
      headers: asUser(office),
    });
    expect(response.statusCode).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: response.rawPayload });
    const order = [
      '推荐单位',
      '申报企业名称',
      'henan 单位',
      'hn-1 智能装备有限公司',
      'hubei 单位',
      'hb-1 智能装备有限公司',
    ];
    const positions = order.map((text) => value.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(value).toContain(scenario);
    expect(value).toContain(notes);
  });
});
