import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession, createUserWithOrganization, signInThroughPage, uniqueSuffix } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import {
  findSeriousAccessibilityViolations,
  measureHorizontalOverflow,
  type OpenedPage,
  openPage,
  phoneViewport,
  saveScreenshot,
  screenshotDir,
  waitForAnimations,
  waitForContent,
  waitForVisible,
} from './support/pages.js';
import {
  createRecommender,
  createReviewerIn,
  ProgrammeClient,
  stampAndSubmit,
  submitApplicationAs,
} from './support/programme.js';

const baseUrl = inject('baseUrl');
type Credentials = { username: string; password: string };
type Submitted = Awaited<ReturnType<typeof submitApplicationAs>>;

let browser: Browser;
let admin: ApiSession;
let callId: string;
let callTitle: string;
const units: Record<'province' | 'city' | 'district', Credentials & { organizationName: string }> = {} as never;
/** A reviewer of the province unit the city's list reached (see createReviewerIn). */
let province: Credentials;
let first: Submitted;
let second: Submitted;
const correctedIntroduction = '公司成立于2010年，专注智能装备研发制造，2025年营业收入5.2亿元，拥有数字化产线三条。';

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await ApiSession.signInAsAdmin(baseUrl);
  const officeUser = await createUserWithOrganization(admin, { type: 'office', level: 'national', role: 'office' });
  const office = await ApiSession.signIn(baseUrl, officeUser.username, officeUser.password);
  units.province = await createRecommender(admin, 'province', '420000');
  units.city = await createRecommender(admin, 'city', '420100');
  units.district = await createRecommender(admin, 'district', '420106');
  const suffix = uniqueSuffix();
  callTitle = `2026年度智能制造优秀场景推荐（测试${suffix}）`;
  ({ id: callId } = await office.create<{ id: string }>('/api/calls', {
    templateId: 'excellent-scenario',
    title: callTitle,
    year: 2026,
    catalogEdition: '2024',
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    quotas: [
      { unit: 'city', max: 1 },
      { unit: 'province', max: 20 },
    ],
  }));
  await office.create(`/api/calls/${callId}/publish`, undefined, 200);
  first = await submitApplicationAs(baseUrl, { callId, regionCode: '420106', name: `武汉智造装备${suffix}有限公司` });
  second = await submitApplicationAs(baseUrl, { callId, regionCode: '420106', name: `武昌数字工厂${suffix}有限公司` });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** Full-page screenshots start at the top, so the sticky checklist is drawn beside the beginning of the form. */
async function saveTopScreenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

/** What the window shows with `locator` in the middle, as the reader sees it. */
async function saveViewportScreenshot(page: Page, name: string, locator: Locator) {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await waitForAnimations(page);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function expectNoAccessibilityProblems(page: Page, name: string) {
  await waitForAnimations(page);
  const violations = await findSeriousAccessibilityViolations(page);
  expect({ page: name, violations }).toEqual({
    page: name,
    violations: [],
  });
}

/** Signs in, opens 推荐工作台 from the user menu and chooses the spec's call. */
async function openWorkbench(credentials: Credentials): Promise<OpenedPage> {
  const opened = await openPage(browser, { baseUrl });
  const { page } = opened;
  await signInThroughPage(page, credentials);
  await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
  await page.getByRole('button', { name: /当前用户/ }).click();
  await page.locator('.app-account-menu').getByRole('link', { name: '推荐工作台' }).click();
  await waitForVisible(page.getByRole('heading', { level: 1, name: '推荐工作台' }));
  await waitForContent(page);
  const select = page.getByLabel('申报通知');
  await select.click();
  await select.fill(callTitle.slice(-12));
  await page.locator('.ant-select-item-option').filter({ hasText: callTitle }).click();
  await expect.poll(() => page.locator('.review-call-select').textContent()).toContain(callTitle);
  await waitForContent(page);
  return opened;
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await waitForVisible(page.getByRole('tab', { name, selected: true }));
  await waitForContent(page);
}

/** Opens one application from 待形式审查 and waits for its checklist. */
async function openReview(page: Page, enterpriseName: string) {
  await openTab(page, '待形式审查');
  await page
    .getByRole('region', { name: '待形式审查的申报书' })
    .getByRole('link', { name: enterpriseName, exact: true })
    .click();
  await waitForVisible(page.getByRole('heading', { level: 1, name: `形式审查：${enterpriseName}` }));
  await waitForContent(page);
  await waitForVisible(page.getByRole('table', { name: '形式审查项目' }));
}

/** Answers every item the system left 待判断 with 是, as the reviewer confirms them. */
async function confirmOpenItems(page: Page) {
  const groups = page.getByRole('table', { name: '形式审查项目' }).getByRole('radiogroup');
  for (const group of await groups.all())
    if ((await group.getByRole('radio', { checked: true }).count()) === 0)
      await group.getByRole('radio', { name: '是' }).check();
}

async function chooseOutcome(page: Page, outcome: '通过' | '退回修改' | '不通过') {
  await page
    .locator('.review-outcome .ant-radio-button-wrapper')
    .filter({ hasText: new RegExp(`^${outcome}$`) })
    .click();
}

async function decide(page: Page, outcome: '通过' | '退回修改' | '不通过', comment = '') {
  await chooseOutcome(page, outcome);
  if (comment) await page.getByLabel('审查意见', { exact: true }).fill(comment);
  await page.getByRole('button', { name: '提交审查结论' }).click();
  const dialog = page.getByRole('dialog', { name: '确认提交形式审查结论？' });
  await waitForVisible(dialog);
  await dialog.getByRole('button', { name: '提交审查结论' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Failed requests the spec causes on purpose (422 quota, checklist) log to the console; anything else is a bug. */
const unexpectedErrors = (errors: string[]) => errors.filter((error) => !/Failed to load resource/.test(error));

describe('formal review and recommendation', () => {
  let district: OpenedPage;

  it('the district reviews: pre-judged checklist, a refused pass, a field comment, and a return for correction', async () => {
    district = await openWorkbench(units.district);
    const { page } = district;
    const queue = page.getByRole('region', { name: '待形式审查的申报书' });
    await waitForVisible(queue.getByRole('link', { name: first.name, exact: true }));
    await waitForVisible(queue.getByRole('link', { name: second.name, exact: true }));
    expect(await queue.getByRole('row').filter({ hasText: first.name }).textContent()).toContain('武昌区');
    await expectNoAccessibilityProblems(page, 'workbench review queue');
    await saveScreenshot(page, 'reviews-workbench-desktop');

    await openReview(page, first.name);
    const checklist = page.getByRole('table', { name: '形式审查项目' });
    const regionRow = checklist.getByRole('row').filter({ hasText: '申报主体属于推荐单位本地区' });
    expect(await regionRow.textContent()).toContain('✓ 符合');
    expect(await regionRow.textContent()).toContain('武昌区');
    expect(await regionRow.getByRole('radio', { name: '是' }).isChecked()).toBe(true);
    expect(await checklist.getByRole('row').filter({ hasText: '信用记录良好' }).textContent()).toContain('待判断');
    await confirmOpenItems(page);

    // The reviewer overrides one item and still chooses 通过: the server refuses and says which item failed.
    await page.getByRole('radiogroup', { name: '第 4 项审查结果' }).getByRole('radio', { name: '否' }).check();
    await chooseOutcome(page, '通过');
    await waitForVisible(page.getByText('有 1 项结论为不符合，不能给出“通过”结论。'));
    await decide(page, '通过');
    const refusal = page.getByRole('alert').filter({ hasText: '审查结论未提交' });
    await waitForVisible(refusal);
    expect(await refusal.textContent()).toContain('以下项目未通过，不能给出“通过”结论：信用记录良好');
    await page.getByRole('radiogroup', { name: '第 4 项审查结果' }).getByRole('radio', { name: '是' }).check();

    await page.getByRole('button', { name: '添加意见：企业简介' }).click();
    const commentDialog = page.getByRole('dialog', { name: '对“企业简介”的意见' });
    await waitForVisible(commentDialog);
    await commentDialog.getByLabel('意见内容').fill('简介过于简略，请补充主营业务和近年经营数据');
    await commentDialog.getByRole('button', { name: '保存意见' }).click();
    await commentDialog.waitFor({ state: 'hidden' });
    await waitForVisible(page.getByRole('note').filter({ hasText: '简介过于简略' }));
    await waitForVisible(page.getByRole('heading', { name: '逐项意见（1）' }));
    await page.getByLabel('审查意见', { exact: true }).fill('请补充实施成果的量化数据。');
    await saveViewportScreenshot(page, 'reviews-decision-desktop', page.getByRole('button', { name: '提交审查结论' }));
    await expectNoAccessibilityProblems(page, 'formal review');
    await saveTopScreenshot(page, 'reviews-formal-review-desktop');
    await saveViewportScreenshot(page, 'reviews-field-comment-desktop', page.getByRole('note'));

    await decide(page, '退回修改');
    await waitForVisible(page.getByRole('status').filter({ hasText: '审查结论已提交，申报书状态：退回修改' }));
    expect(await page.getByRole('button', { name: /^添加意见/ }).count()).toBe(0);
  }, 180_000);

  it('the enterprise sees the comments in its editor, corrects the field and resubmits', async () => {
    const enterprise = await openPage(browser, { baseUrl });
    const { page } = enterprise;
    page.on('dialog', (dialog) => void dialog.accept());
    await signInThroughPage(page, first);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await page.goto(`/applications/${first.applicationId}`);
    await waitForContent(page);
    const banner = page.locator('.returned-banner');
    await waitForVisible(banner);
    expect(await banner.textContent()).toContain(`${units.district.organizationName}退回了申报书`);
    expect(await banner.textContent()).toContain('请补充实施成果的量化数据。');
    const note = page.getByRole('note').filter({ hasText: '简介过于简略' });
    await waitForVisible(note);
    const introduction = page.getByRole('textbox', { name: '企业简介', exact: true });
    // The comment sits under the text box and is read with it.
    const describedBy = (await introduction.getAttribute('aria-describedby')) ?? '';
    const asideId = describedBy.split(' ').find((id) => id.endsWith('-aside')) ?? '';
    expect(await page.locator(`[id="${asideId}"]`).textContent()).toContain('简介过于简略');
    await expectNoAccessibilityProblems(page, 'editor with return comments');
    await saveTopScreenshot(page, 'reviews-returned-editor-desktop');
    await saveViewportScreenshot(page, 'reviews-returned-field-desktop', note);

    await introduction.fill(correctedIntroduction);
    await waitForVisible(page.getByRole('status', { name: '保存状态' }).filter({ hasText: /^已保存$/ }));
    await stampAndSubmit(first.client, first.applicationId, { submit: false });
    await page.reload();
    await waitForContent(page);
    await page.getByRole('button', { name: '提交申报书' }).click();
    const confirm = page.getByRole('dialog', { name: '确认提交申报书？' });
    await waitForVisible(confirm);
    await confirm.getByRole('button', { name: '提交申报书' }).click();
    await waitForVisible(page.locator('.app-editor-header').getByText('已提交', { exact: true }));
    await expect.poll(() => banner.count()).toBe(0);
    expect(unexpectedErrors(enterprise.pageErrors)).toEqual([]);
    await enterprise.context.close();
  }, 180_000);

  it('the district sees the difference from the returned version, passes both and recommends them in order', async () => {
    const { page } = district;
    await page.goto(`/reviews?call=${callId}&tab=review`);
    await waitForContent(page);
    await openReview(page, first.name);
    const diff = page.getByRole('region', { name: '与退回版本的差异' });
    await waitForVisible(diff);
    expect(await diff.textContent()).toContain('简介过于简略');
    const change = diff.locator('.app-diff-item').filter({ hasText: '企业简介' });
    expect(await change.locator('ins').allTextContents()).not.toEqual([]);
    // Without what was taken out, the diff reads as the corrected text.
    const corrected = await change.locator('.app-text-diff').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const removed of copy.querySelectorAll('del')) removed.remove();
      return copy.textContent;
    });
    expect(corrected).toBe(correctedIntroduction);
    await expectNoAccessibilityProblems(page, 'formal review of a resubmission');
    await saveTopScreenshot(page, 'reviews-resubmission-diff-desktop');
    await confirmOpenItems(page);
    await decide(page, '通过');
    await waitForVisible(page.getByRole('status').filter({ hasText: '申报书状态：形式审查通过' }));

    await page.getByRole('status').getByRole('link', { name: '返回推荐工作台' }).click();
    await waitForContent(page);
    await openReview(page, second.name);
    await confirmOpenItems(page);
    await decide(page, '通过');
    await waitForVisible(page.getByRole('status').filter({ hasText: '申报书状态：形式审查通过' }));

    await page.goto(`/reviews?call=${callId}&tab=recommend`);
    await waitForContent(page);
    await page.getByRole('checkbox', { name: `选择 ${first.name}` }).check();
    await page.getByRole('checkbox', { name: `选择 ${second.name}` }).check();
    const ranked = page.getByRole('list', { name: '推荐名单（按优先顺序）' });
    const names = () => ranked.locator('.review-ranked-name').allTextContents();
    expect((await names()).map((text) => text.startsWith(first.name))).toEqual([true, false]);
    // Dragged into place, then moved back and forth with the buttons.
    await ranked.getByTestId('ranked-item').nth(1).dragTo(ranked.getByTestId('ranked-item').nth(0));
    await expect.poll(async () => (await names())[0]?.startsWith(second.name)).toBe(true);
    await ranked.getByRole('button', { name: `下移 ${second.name}` }).click();
    await ranked.getByRole('button', { name: `上移 ${second.name}` }).click();
    expect(await ranked.locator('.review-ranked-rank').allTextContents()).toEqual(['第 1 名', '第 2 名']);
    expect((await names())[0]).toContain(second.name);
    await waitForVisible(page.getByText('本级未设推荐名额'));
    await expectNoAccessibilityProblems(page, 'ranking');
    await saveScreenshot(page, 'reviews-ranking-desktop');
    await page.getByRole('button', { name: '提交推荐名单' }).click();
    const dialog = page.getByRole('dialog', { name: '确认提交推荐名单？' });
    await waitForVisible(dialog);
    expect(await dialog.locator('li').allTextContents()).toEqual([second.name, first.name]);
    await dialog.getByRole('button', { name: '提交推荐名单' }).click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '推荐名单已提交（2 个）' }));

    // Recalled before the city acts, then sent again.
    await openTab(page, '推荐名单');
    await page.getByRole('button', { name: '撤回名单' }).click();
    const recall = page.getByRole('dialog', { name: '确认撤回推荐名单？' });
    await recall.getByRole('button', { name: '撤回名单' }).click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '推荐名单已撤回' }));
    await openTab(page, '待推荐');
    await page.getByRole('checkbox', { name: `选择 ${second.name}` }).check();
    await page.getByRole('checkbox', { name: `选择 ${first.name}` }).check();
    await page.getByRole('button', { name: '提交推荐名单' }).click();
    await page
      .getByRole('dialog', { name: '确认提交推荐名单？' })
      .getByRole('button', { name: '提交推荐名单' })
      .click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '推荐名单已提交（2 个）' }));
    expect(unexpectedErrors(district.pageErrors)).toEqual([]);
    await district.context.close();
  }, 180_000);

  it('the city is held to its quota of 1, recommends one and returns the other', async () => {
    const city = await openWorkbench(units.city);
    const { page } = city;
    await openTab(page, '待推荐');
    const queue = page.getByRole('region', { name: '待推荐的申报书' });
    await waitForVisible(queue.getByRole('link', { name: first.name, exact: true }));
    await expect.poll(() => queue.getByRole('row').count(), { timeout: 10_000 }).toBe(3);
    await waitForVisible(page.getByTestId('quota').filter({ hasText: '已用 0 / 名额 1' }));
    await page.getByRole('checkbox', { name: `选择 ${second.name}` }).check();
    await page.getByRole('checkbox', { name: `选择 ${first.name}` }).check();
    await waitForVisible(page.getByTestId('quota').filter({ hasText: '将超出名额 1 个' }));
    await page.getByRole('button', { name: '提交推荐名单' }).click();
    await page
      .getByRole('dialog', { name: '确认提交推荐名单？' })
      .getByRole('button', { name: '提交推荐名单' })
      .click();
    const refusal = page.getByRole('alert').filter({ hasText: '推荐名单未提交' });
    await waitForVisible(refusal);
    expect(await refusal.textContent()).toContain('超出推荐名额：每个市最多推荐 1 个，本次合计 2 个');
    await saveScreenshot(page, 'reviews-quota-exceeded-desktop');

    await page.getByRole('button', { name: `移出 ${first.name}` }).click();
    await page.getByRole('button', { name: '提交推荐名单' }).click();
    await page
      .getByRole('dialog', { name: '确认提交推荐名单？' })
      .getByRole('button', { name: '提交推荐名单' })
      .click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '推荐名单已提交（1 个）' }));

    await openTab(page, '推荐名单');
    const received = page.getByRole('article', { name: new RegExp(`${units.district.organizationName} 报送本单位`) });
    await received.getByRole('button', { name: `退回此项：${first.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `退回“${first.name}”` });
    await dialog.getByLabel('退回理由').fill('本市名额已满，请区里留存');
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await waitForVisible(page.getByRole('status').filter({ hasText: `已退回“${first.name}”` }));
    await waitForVisible(received.getByText('退回理由：本市名额已满，请区里留存'));
    await expectNoAccessibilityProblems(page, 'recommendation lists');
    await saveScreenshot(page, 'reviews-lists-desktop');
    expect(unexpectedErrors(city.pageErrors)).toEqual([]);
    await city.context.close();
  }, 180_000);

  it('the province receives it, recommends it, reads the statistics and downloads the summary table', async () => {
    const cityApi = await ProgrammeClient.signIn(baseUrl, units.city.username, units.city.password);
    const lists = await cityApi.expect<Array<{ direction: string; toOrganizationName: string }>>(
      200,
      'GET',
      `/api/calls/${callId}/recommendations`,
    );
    const receiver = lists.find((list) => list.direction === 'submitted')?.toOrganizationName ?? '';
    province = receiver === units.province.organizationName ? units.province : await createReviewerIn(admin, receiver);

    const opened = await openWorkbench(province);
    const { page } = opened;
    await openTab(page, '待推荐');
    await page.getByRole('checkbox', { name: `选择 ${second.name}` }).check();
    await waitForVisible(page.getByTestId('quota').filter({ hasText: /已用 \d+ \/ 名额 20/ }));
    await page.getByRole('button', { name: '提交推荐名单' }).click();
    await page
      .getByRole('dialog', { name: '确认提交推荐名单？' })
      .getByRole('button', { name: '提交推荐名单' })
      .click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '推荐名单已提交（1 个）' }));

    await openTab(page, '统计');
    await waitForVisible(page.getByRole('img', { name: /^按地区统计：.*武昌区 2 件/ }).locator('svg'));
    await waitForVisible(page.getByRole('img', { name: /^按环节统计：/ }).locator('svg'));
    await expectNoAccessibilityProblems(page, 'statistics');
    await saveScreenshot(page, 'reviews-statistics-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载推荐汇总表（Excel）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path()) ?? '') as never);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String).join('|');
    expect(cells).toContain(second.name);
    expect(cells).not.toContain(first.name);
    expect(unexpectedErrors(opened.pageErrors)).toEqual([]);
    await opened.context.close();
  }, 180_000);

  it('the workbench and the review page fit a phone', async () => {
    const phone = await openPage(browser, { baseUrl, viewport: phoneViewport });
    const { page } = phone;
    await signInThroughPage(page, province);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await page.goto(`/reviews?call=${callId}&tab=lists`);
    await waitForContent(page);
    await waitForVisible(page.getByRole('article').first());
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await expectNoAccessibilityProblems(page, 'lists on a phone');
    await saveScreenshot(page, 'reviews-lists-phone');
    await page.goto(`/reviews/${second.applicationId}`);
    await waitForVisible(page.getByRole('heading', { level: 1, name: `形式审查：${second.name}` }));
    await waitForContent(page);
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'reviews-formal-review-phone');
    expect(unexpectedErrors(phone.pageErrors)).toEqual([]);
    await phone.context.close();
  }, 120_000);
});
