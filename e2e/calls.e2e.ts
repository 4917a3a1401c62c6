import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  createUserWithOrganization,
  registerEnterprise,
  signInThroughPage,
  uniqueSuffix,
} from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import {
  findSeriousAccessibilityViolations,
  measureHorizontalOverflow,
  openPage,
  phoneViewport,
  saveScreenshot,
  waitForAnimations,
  waitForContent,
  waitForVisible,
} from './support/pages.js';
import { prepareApplicationAs, stampAndSubmit } from './support/programme.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let admin: ApiSession;

type Credentials = { username: string; password: string };
type CallRow = { id: string; title: string; year: number; status: string; closesAt: string };

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await ApiSession.signInAsAdmin(baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

/** The enterprise fills in what the forms prefill (as src/server/test/programme.ts does), so the to-do list is about the form. */
async function completeProfile(enterprise: Credentials & { organizationId: string }) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: enterprise.username, password: enterprise.password }),
  });
  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const csrf = cookies.find((cookie) => cookie.startsWith('csrf='))?.slice('csrf='.length) ?? '';
  const answer = await fetch(`${baseUrl}/api/enterprises/${enterprise.organizationId}`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      cookie: cookies.join('; '),
      'x-csrf-token': decodeURIComponent(csrf),
      'if-match': '1',
    },
    body: JSON.stringify({
      ownershipType: '民营',
      address: '福建省福州市鼓楼区五四路 100 号',
      legalRepresentative: '张建国',
      contactName: '李明',
      contactPhone: '0591-87654321',
    }),
  });
  if (answer.status !== 200) throw new Error(`profile update answered ${answer.status}: ${await answer.text()}`);
}

async function signIn(page: Page, credentials: Credentials) {
  await signInThroughPage(page, credentials);
  await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
}

async function openFromUserMenu(page: Page, link: string) {
  await page.getByRole('button', { name: /当前用户/ }).click();
  await page.locator('.app-account-menu').getByRole('link', { name: link }).click();
  await waitForVisible(page.getByRole('heading', { level: 1, name: link }));
  await waitForContent(page);
}

async function expectNoAccessibilityProblems(page: Page, name: string) {
  // A message fading out (a field error just fixed, a closed dialog) is not what the reader is left with.
  await waitForAnimations(page);
  expect({ page: name, violations: await findSeriousAccessibilityViolations(page) }).toEqual({
    page: name,
    violations: [],
  });
}

/** Types a time into an antd DatePicker (read as Beijing time) and confirms it. */
async function pickTime(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await waitForAnimations(page);
  expect(await input.inputValue()).toBe(value);
}

/** `YYYY-MM-DD HH:mm` in Beijing time, `days` from now at 17:00. */
/** Tries to start a factory application (智能仓储 task) and returns the refusal the exclusivity rule shows. */
async function applyForFactoryRefused(page: Page, factoryCallId: string) {
  await page.goto(`/calls/${factoryCallId}/apply`);
  await waitForContent(page);
  await page.getByRole('checkbox', { name: /智能仓储/ }).check();
  await page.getByRole('button', { name: '创建申报书' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '申报书未创建' });
  await waitForVisible(refusal);
  return refusal;
}

function beijingDaysFromNow(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000);
  return `${date.toISOString().slice(0, 10)} 17:00`;
}

describe('calls and applications', () => {
  it('an office publishes a call; the public reads it; an enterprise applies, sees its to-do list and the exclusivity rule; the office sees the count and grants an extension', async () => {
    const suffix = uniqueSuffix();
    const office = await createUserWithOrganization(admin, { type: 'office', level: 'national', role: 'office' });
    const enterpriseName = `福州智造装备${suffix}有限公司`;
    const enterprise = await registerEnterprise(baseUrl, { regionCode: '350102', name: enterpriseName });
    await completeProfile(enterprise);
    const callTitle = `关于组织开展智能制造优秀场景申报工作的通知（测试${suffix}）`;
    const closesAt = beijingDaysFromNow(20);

    // The office creates the call from the 优秀场景 template through the dialog, then publishes it.
    const officer = await openPage(browser, { baseUrl });
    await signIn(officer.page, office);
    await openFromUserMenu(officer.page, '申报管理');
    await officer.page.getByRole('button', { name: '新建申报通知' }).click();
    const dialog = officer.page.getByRole('dialog', { name: '新建申报通知' });
    await waitForVisible(dialog);
    await dialog.getByLabel('申报模板').click();
    await officer.page.locator('.ant-select-item-option').filter({ hasText: '智能制造优秀场景（国家级）' }).click();
    await waitForVisible(dialog.getByRole('radio', { name: '智能制造优秀场景申报书（2021年度）' }));
    expect(await dialog.getByRole('radio', { name: '智能制造优秀场景申报书（2021年度）' }).isChecked()).toBe(true);
    expect(await dialog.getByLabel('通知标题').inputValue()).toMatch(
      /^关于组织开展\d{4}年度智能制造优秀场景申报工作的通知$/,
    );
    await dialog.getByLabel('通知标题').fill(callTitle);
    await pickTime(officer.page, '申报截止时间', closesAt);
    // The notice's quotas come prefilled from the template; this call gives 计划单列市 fewer.
    const quotas = dialog.getByRole('group', { name: '推荐名额' });
    expect(await quotas.getByLabel('每个省（区、市）').inputValue()).toBe('20');
    expect(await quotas.getByLabel('每家中央企业').inputValue()).toBe('6');
    await quotas.getByLabel('每个计划单列市').fill('8');
    await dialog.getByLabel('联系方式').fill('智能制造处 王老师 010-68200000');
    await dialog
      .getByLabel('通知正文')
      .fill('一、申报条件\n申报企业应在中国境内注册，具有独立法人资格。\n二、申报方式\n通过本平台在线填报。');
    await waitForAnimations(officer.page);
    await expectNoAccessibilityProblems(officer.page, 'new call dialog');
    await saveScreenshot(officer.page, 'office-new-call-desktop');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForVisible(officer.page.getByRole('status').filter({ hasText: `“${callTitle}”已创建为草稿` }));
    const row = officer.page.getByRole('row').filter({ hasText: callTitle });
    expect(await row.textContent()).toContain('草稿');

    await row.getByRole('button', { name: /发\s*布/ }).click();
    const publishDialog = officer.page.getByRole('dialog', { name: '确认发布申报通知？' });
    await waitForVisible(publishDialog);
    expect(await publishDialog.textContent()).toContain(
      '申报书表单将固定为“智能制造优秀场景申报书（2021年度）”第 1 版',
    );
    await waitForAnimations(officer.page);
    await saveScreenshot(officer.page, 'office-publish-confirm-desktop');
    await publishDialog.getByRole('button', { name: /发\s*布/ }).click();
    await publishDialog.waitFor({ state: 'hidden' });
    await waitForVisible(officer.page.getByRole('status').filter({ hasText: `“${callTitle}”已发布` }));
    await waitForVisible(row.getByText('申报中'));
    await waitForAnimations(officer.page);
    await expectNoAccessibilityProblems(officer.page, 'office calls');
    await saveScreenshot(officer.page, 'office-calls-desktop');

    const officeApi = await ApiSession.signIn(baseUrl, office.username, office.password);
    const managed = (await officeApi.send<CallRow[]>('GET', '/api/office/calls')).body;
    const call = managed.find((candidate) => candidate.title === callTitle);
    expect(call?.status).toBe('published');
    expect((call as CallRow & { quotas: unknown }).quotas).toEqual([
      { unit: 'province', max: 20 },
      { unit: 'planCity', max: 8 },
      { unit: 'central', max: 6 },
    ]);
    const callId = call?.id ?? '';

    // The public, signed out, finds the call in the list and reads it.
    const visitor = await openPage(browser, { baseUrl });
    await visitor.page.goto('/');
    await waitForContent(visitor.page);
    const openCalls = visitor.page.getByRole('region', { name: '正在申报的通知' });
    // Specs share one server: other open calls may come first, so only the block itself is certain.
    await waitForVisible(openCalls.getByRole('article').first());
    await expectNoAccessibilityProblems(visitor.page, 'home with open calls');
    await saveScreenshot(visitor.page, 'home-open-calls-desktop');
    await visitor.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '申报通知' }).click();
    await waitForVisible(visitor.page.getByRole('heading', { level: 1, name: '申报通知' }));
    await waitForContent(visitor.page);
    await visitor.page.locator('.ant-radio-button-wrapper').filter({ hasText: '申报中' }).click();
    await expect.poll(() => visitor.page.getByRole('radio', { name: '申报中' }).isChecked()).toBe(true);
    const card = visitor.page.getByRole('article', { name: callTitle });
    await waitForVisible(card);
    expect(await card.textContent()).toContain('距截止还有');
    await expectNoAccessibilityProblems(visitor.page, 'calls');
    await saveScreenshot(visitor.page, 'calls-desktop');
    await card.getByRole('link', { name: callTitle }).click();
    await waitForVisible(visitor.page.getByRole('heading', { level: 1, name: callTitle }));
    await waitForContent(visitor.page);
    expect(await visitor.page.getByRole('region', { name: '通知正文' }).textContent()).toContain('具有独立法人资格');
    const formRegion = visitor.page.getByRole('region', { name: '申报书结构' });
    expect(await formRegion.textContent()).toContain('每个场景合计不超过 3000 字');
    expect(await formRegion.textContent()).toContain('营业执照副本');
    await waitForVisible(visitor.page.getByText('企业用户登录后即可申报。'));
    await expectNoAccessibilityProblems(visitor.page, 'call detail (signed out)');
    await saveScreenshot(visitor.page, 'call-detail-desktop');
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();

    // The enterprise opens the call, chooses two catalogue scenarios and one of its own, and creates the application.
    const applicant = await openPage(browser, { baseUrl });
    await signIn(applicant.page, enterprise);
    await applicant.page.goto(`/calls/${callId}`);
    await waitForContent(applicant.page);
    await applicant.page.getByRole('link', { name: '开始申报' }).click();
    await waitForVisible(applicant.page.getByRole('heading', { level: 1, name: '开始申报' }));
    await waitForContent(applicant.page);
    await applicant.page.getByRole('checkbox', { name: /智能排产调度/ }).check();
    await saveScreenshot(applicant.page, 'new-application-catalogue-desktop');
    await applicant.page.getByRole('searchbox', { name: '检索场景名称或编号' }).fill('检测');
    await applicant.page.getByRole('checkbox', { name: /在线智能检测/ }).check();
    await applicant.page.getByLabel('自主场景名称').fill('基于数字孪生的产线虚拟调试');
    await applicant.page.getByRole('button', { name: /添\s*加/ }).click();
    await waitForVisible(applicant.page.getByText('已选 2 个目录场景、1 个自主场景'));
    await expectNoAccessibilityProblems(applicant.page, 'new application');
    await saveScreenshot(applicant.page, 'new-application-desktop');
    await applicant.page.getByRole('button', { name: '创建申报书' }).click();
    await applicant.page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationId = applicant.page.url().split('/').at(-1);

    // 我的申报 shows it with its countdown and what is still missing.
    await applicant.page.goto('/account');
    await waitForContent(applicant.page);
    await openFromUserMenu(applicant.page, '我的申报');
    const application = applicant.page.getByRole('article', { name: callTitle });
    await waitForVisible(application);
    const applicationText = (await application.textContent()) ?? '';
    expect(applicationText).toContain('草稿');
    expect(applicationText).toMatch(/剩余 (19|20) 天/);
    expect(applicationText).toContain('智能排产调度');
    expect(applicationText).toContain('基于数字孪生的产线虚拟调试');
    const todo = await application.getByRole('listitem').allTextContents();
    expect(todo.some((item) => /^还有 \d+ 处填写问题$/.test(item))).toBe(true);
    expect(todo.some((item) => item.includes('营业执照副本'))).toBe(true);
    expect(await application.getByRole('link', { name: /继续填写/ }).getAttribute('href')).toBe(
      `/applications/${applicationId}`,
    );
    await expectNoAccessibilityProblems(applicant.page, 'my applications');
    await saveScreenshot(applicant.page, 'my-applications-desktop');

    // A same-year 示范工厂 call: the enterprise may apply for only one of the two national programmes.
    const factoryCall = await officeApi.create<{ id: string }>('/api/calls', {
      templateId: 'demo-factory',
      title: `智能制造示范工厂揭榜任务申报（测试${suffix}）`,
      year: call?.year,
      catalogEdition: '2024',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    await officeApi.create(`/api/calls/${factoryCall.id}/publish`, undefined, 200);
    const refusal = await applyForFactoryRefused(applicant.page, factoryCall.id);
    expect(await refusal.textContent()).toContain('企业只能申报优秀场景或示范工厂其中之一');
    expect(await refusal.textContent()).toContain(callTitle);
    await waitForVisible(refusal.getByRole('link', { name: '前往“我的申报”' }));
    await saveScreenshot(applicant.page, 'new-application-conflict-desktop');
    // The browser logs the refused request itself; nothing else may have gone wrong.
    expect(applicant.pageErrors).toEqual([
      'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    applicant.pageErrors.length = 0;

    // The office sees the draft counted and grants the enterprise an extension.
    await officer.page
      .getByRole('row')
      .filter({ hasText: callTitle })
      .getByRole('link', { name: /申报情况/ })
      .click();
    await waitForVisible(officer.page.getByRole('heading', { level: 1, name: callTitle }));
    await waitForContent(officer.page);
    const stats = officer.page.getByRole('list', { name: '按状态统计' });
    expect(await stats.getByRole('listitem').first().textContent()).toBe('申报书总数1');
    expect(await stats.getByRole('listitem').filter({ hasText: '草稿' }).textContent()).toBe('草稿1');
    await waitForVisible(officer.page.getByRole('img', { name: /^按状态统计：草稿 1 件/ }).locator('svg'));
    const extensionDeadline = beijingDaysFromNow(27);
    await officer.page.getByLabel('企业', { exact: true }).fill(enterpriseName);
    await officer.page.locator('.ant-select-item-option').filter({ hasText: enterpriseName }).click();
    await pickTime(officer.page, '新的截止时间', extensionDeadline);
    await officer.page.getByLabel('延期理由').fill('因停电未能按时完成填报，经核实同意延期');
    await expectNoAccessibilityProblems(officer.page, 'office call');
    await saveScreenshot(officer.page, 'office-call-desktop');
    await officer.page.getByRole('form', { name: '批准延期' }).getByRole('button', { name: '批准延期' }).click();
    const grantDialog = officer.page.getByRole('dialog', { name: '确认批准延期？' });
    await waitForVisible(grantDialog);
    expect(await grantDialog.textContent()).toContain(`将“${enterpriseName}”的申报截止时间延长至 ${extensionDeadline}`);
    await grantDialog.getByRole('button', { name: '批准延期' }).click();
    await waitForVisible(officer.page.getByRole('status').filter({ hasText: `已为“${enterpriseName}”批准延期` }));
    const extensionRow = officer.page.getByRole('table').getByRole('row').filter({ hasText: enterpriseName });
    await waitForVisible(extensionRow);
    expect(await extensionRow.textContent()).toContain('因停电未能按时完成填报');
    await saveScreenshot(officer.page, 'office-call-extension-desktop');

    // The office attaches the signed notice as a PDF; a text file passed off as a PDF is refused by its content.
    const documents = officer.page.getByRole('region', { name: '通知文件', exact: true });
    const fileInput = documents.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('不是PDF') });
    await waitForVisible(documents.getByRole('alert').filter({ hasText: '只能上传 PDF、Word' }));
    const noticePdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF\n')]);
    await fileInput.setInputFiles({ name: '申报通知.pdf', mimeType: 'application/pdf', buffer: noticePdf });
    await waitForVisible(documents.getByRole('status').filter({ hasText: '已上传“申报通知”' }));
    await waitForVisible(documents.getByRole('row').filter({ hasText: '申报通知' }).getByText('PDF'));
    await saveScreenshot(officer.page, 'office-call-documents-desktop');
    // The browser logs the refused upload itself; nothing else may have gone wrong.
    expect(officer.pageErrors).toEqual([
      'console: Failed to load resource: the server responded with a status of 415 (Unsupported Media Type)',
    ]);
    await officer.context.close();

    // Anyone reading the call downloads it.
    const reader = await openPage(browser, { baseUrl });
    await reader.page.goto(`/calls/${callId}`);
    await waitForContent(reader.page);
    const published = reader.page.getByRole('region', { name: '通知文件', exact: true });
    const [download] = await Promise.all([
      reader.page.waitForEvent('download'),
      published.getByRole('link', { name: '申报通知' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('申报通知.pdf');
    expect(reader.pageErrors).toEqual([]);
    await reader.context.close();

    // The enterprise's deadline is now the extended one.
    await applicant.page.goto('/applications');
    await waitForContent(applicant.page);
    expect(await applicant.page.getByRole('article', { name: callTitle }).textContent()).toContain(extensionDeadline);
    expect(applicant.pageErrors).toEqual([]);
    await applicant.context.close();
    // The whole journey (three people, two calls) took 63 s on a busy 2-core machine, past the 60 s default.
  }, 120_000);

  it('an enterprise that started a draft in the wrong national programme deletes it, after confirming, and applies to the other', async () => {
    const suffix = uniqueSuffix();
    const office = await createUserWithOrganization(admin, { type: 'office', level: 'national', role: 'office' });
    const officeApi = await ApiSession.signIn(baseUrl, office.username, office.password);
    const window = {
      year: 2026,
      catalogEdition: '2024',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 15 * 86_400_000).toISOString(),
    };
    const scenarioTitle = `智能制造优秀场景申报（误建测试${suffix}）`;
    const scenarioCall = await officeApi.create<{ id: string }>('/api/calls', {
      templateId: 'excellent-scenario',
      title: scenarioTitle,
      ...window,
    });
    const factoryCall = await officeApi.create<{ id: string }>('/api/calls', {
      templateId: 'demo-factory',
      title: `智能制造示范工厂揭榜（误建测试${suffix}）`,
      ...window,
    });
    for (const { id } of [scenarioCall, factoryCall])
      await officeApi.create(`/api/calls/${id}/publish`, undefined, 200);
    const enterprise = await registerEnterprise(baseUrl, { regionCode: '350102' });
    await completeProfile(enterprise);
    const enterpriseApi = await ApiSession.signIn(baseUrl, enterprise.username, enterprise.password);
    const mistaken = await enterpriseApi.create<{ id: string }>(`/api/calls/${scenarioCall.id}/applications`, {
      scenarioCodes: [],
    });

    // The factory call is refused while the scenario draft exists; the refusal leads to 我的申报.
    const applicant = await openPage(browser, { baseUrl });
    await signIn(applicant.page, enterprise);
    const refusal = await applyForFactoryRefused(applicant.page, factoryCall.id);
    await refusal.getByRole('link', { name: '前往“我的申报”' }).click();
    await waitForVisible(applicant.page.getByRole('heading', { level: 1, name: '我的申报' }));
    await waitForContent(applicant.page);

    // 删除草稿 asks first; cancelling keeps the draft.
    const card = applicant.page.getByRole('article', { name: scenarioTitle });
    await card.getByRole('button', { name: /删除草稿/ }).click();
    const confirm = applicant.page.getByRole('dialog', { name: '确认删除这份草稿？' });
    await waitForVisible(confirm);
    expect(await confirm.textContent()).toContain(`将删除“${scenarioTitle}”的草稿及其全部历史版本和附件`);
    await waitForAnimations(applicant.page);
    await expectNoAccessibilityProblems(applicant.page, 'delete draft dialog');
    await saveScreenshot(applicant.page, 'my-applications-delete-confirm-desktop');
    await confirm.getByRole('button', { name: /取\s*消/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await enterpriseApi.send('GET', `/api/applications/${mistaken.id}`)).status).toBe(200);

    await card.getByRole('button', { name: /删除草稿/ }).click();
    await waitForVisible(confirm);
    await confirm.getByRole('button', { name: /删\s*除/ }).click();
    await waitForVisible(applicant.page.getByText('草稿已删除'));
    await card.waitFor({ state: 'detached' });
    await waitForVisible(applicant.page.getByText('还没有申报书。'));
    expect((await enterpriseApi.send('GET', `/api/applications/${mistaken.id}`)).status).toBe(404);

    // The year is free again: the factory application is created.
    await applicant.page.goto(`/calls/${factoryCall.id}/apply`);
    await waitForContent(applicant.page);
    await applicant.page.getByRole('checkbox', { name: /智能仓储/ }).check();
    await applicant.page.getByRole('button', { name: '创建申报书' }).click();
    await applicant.page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    // The browser logs the refused request itself; nothing else may have gone wrong.
    expect(applicant.pageErrors).toEqual([
      'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await applicant.context.close();
  });

  it('the calls pages fit a phone and have no serious accessibility problems there', async () => {
    const office = await createUserWithOrganization(admin, { type: 'office', level: 'national', role: 'office' });
    const officeApi = await ApiSession.signIn(baseUrl, office.username, office.password);
    const title = `无锡市智能制造标杆申报通知（测试${uniqueSuffix()}）`;
    const { id } = await officeApi.create<{ id: string }>('/api/calls', {
      templateId: 'wuxi-benchmark',
      title,
      year: 2026,
      catalogEdition: '2024',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      contact: '无锡市工业和信息化局 智能制造处',
      notice: '申报类型：智能工厂、智能车间、智能场景。',
    });
    await officeApi.create(`/api/calls/${id}/publish`, undefined, 200);

    const { page, context, pageErrors } = await openPage(browser, { baseUrl, viewport: phoneViewport });
    await page.goto('/calls');
    await waitForContent(page);
    const callCard = page.getByRole('article', { name: title });
    await waitForVisible(callCard);
    // Under three days left: the countdown is shown in red.
    expect(await callCard.locator('.call-countdown.is-urgent').textContent()).toMatch(/^距截止还有 1 天 23 小时$/);
    await expectNoAccessibilityProblems(page, 'calls on a phone');
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'calls-phone');
    await callCard.getByRole('link', { name: title }).click();
    await waitForVisible(page.getByRole('heading', { level: 1, name: title }));
    await waitForContent(page);
    // 无锡标杆 has no scenario section: the form summary lists its sections and attachments.
    expect(await page.getByRole('region', { name: '申报书结构' }).textContent()).toContain('社会法人公共信用评价报告');
    await expectNoAccessibilityProblems(page, 'call detail on a phone');
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'call-detail-phone');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office sees counts by state and by region as cards and charts, refreshed from the server', async () => {
    const suffix = uniqueSuffix();
    // A Hubei province office, whose call reaches every enterprise registered under GB/T 2260 prefix 42.
    const office = await createUserWithOrganization(admin, {
      type: 'office',
      level: 'province',
      regionCode: '420000',
      role: 'office',
    });
    const officeApi = await ApiSession.signIn(baseUrl, office.username, office.password);
    const title = `湖北省智能制造试点示范项目申报通知（测试${suffix}）`;
    const { id } = await officeApi.create<{ id: string }>('/api/calls', {
      templateId: 'hubei-pilot',
      title,
      year: 2026,
      catalogEdition: '2024',
      regionPrefix: '42',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    await officeApi.create(`/api/calls/${id}/publish`, undefined, 200);

    // Five enterprises in two Wuhan districts, each application complete; one stays a draft, one is withdrawn.
    const plan = [
      { regionCode: '420106', district: '武昌区', state: 'submitted' },
      { regionCode: '420106', district: '武昌区', state: 'submitted' },
      { regionCode: '420106', district: '武昌区', state: 'withdrawn' },
      { regionCode: '420111', district: '洪山区', state: 'submitted' },
      { regionCode: '420111', district: '洪山区', state: 'draft' },
    ] as const;
    type Created = { regionCode: string; district: string; state: (typeof plan)[number]['state'] } & Awaited<
      ReturnType<typeof prepareApplicationAs>
    >;
    const created: Created[] = [];
    for (const [index, { regionCode, district, state }] of plan.entries()) {
      const prepared = await prepareApplicationAs(baseUrl, {
        callId: id,
        regionCode,
        name: `${district}智能装备${suffix}${index}有限公司`,
        submit: state !== 'draft',
      });
      if (state === 'withdrawn')
        await prepared.client.expect(200, 'POST', `/api/applications/${prepared.applicationId}/withdraw`, {
          body: { reason: '项目投资数据需与财务核对后重新提交' },
        });
      created.push({ ...prepared, regionCode, district, state });
    }

    /** What the page should show for the applications as they now stand: regions by count, equal counts by code. */
    const expectedCounts = () => {
      const labels = { draft: '草稿', submitted: '已提交', withdrawn: '已撤回' } as const;
      const states = Object.entries(labels).map(([state, label]) => ({
        label,
        count: created.filter((application) => application.state === state).length,
      }));
      const byRegion = new Map<string, { name: string; count: number }>();
      for (const { regionCode, district } of created.filter(({ state }) => state === 'submitted'))
        byRegion.set(regionCode, { name: district, count: (byRegion.get(regionCode)?.count ?? 0) + 1 });
      const regions = [...byRegion]
        .sort(([codeA, a], [codeB, b]) => b.count - a.count || codeA.localeCompare(codeB))
        .map(([, region]) => [region.name, region.count] as const);
      return {
        cards: [`申报书总数${created.length}`, ...states.map(({ label, count }) => `${label}${count}`)],
        statusChart: `按状态统计：${states.map(({ label, count }) => `${label} ${count} 件`).join('，')}`,
        regionChart: `按地区统计（不含草稿和已撤回）：${regions.map(([name, count]) => `${name} ${count} 件`).join('，')}`,
      };
    };

    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    // The page's timers run on a clock the test can move forward, so its periodic refresh comes without waiting.
    await page.clock.install();
    const expectChartsToShow = async (expected: ReturnType<typeof expectedCounts>) => {
      for (const name of [expected.statusChart, expected.regionChart])
        await waitForVisible(page.getByRole('img', { name, exact: true }).locator('svg'));
    };
    await signIn(page, office);
    await page.goto(`/office/calls/${id}`);
    await waitForVisible(page.getByRole('heading', { level: 1, name: title }));
    await waitForContent(page);
    const cards = page.getByRole('list', { name: '按状态统计' }).getByRole('listitem');
    const before = expectedCounts();
    expect(await cards.allTextContents()).toEqual(before.cards);
    await expectChartsToShow(before);

    // The draft is submitted meanwhile; the open page shows it once its refresh, every N seconds as it says, comes due.
    const refreshText = (await page.locator('.stats-refresh').textContent()) ?? '';
    const refreshSeconds = Number(/每 (\d+) 秒自动刷新/.exec(refreshText)?.[1]);
    expect(refreshSeconds).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as { loadedBeforeRefresh?: boolean }).loadedBeforeRefresh = true;
    });
    const draft = created.find((application) => application.state === 'draft');
    if (!draft) throw new Error('the plan has a draft');
    await stampAndSubmit(draft.client, draft.applicationId);
    draft.state = 'submitted';
    expect(await cards.allTextContents()).toEqual(before.cards);
    await page.clock.fastForward(refreshSeconds * 1000);
    const after = expectedCounts();
    await expect.poll(() => cards.allTextContents(), { timeout: 15_000 }).toEqual(after.cards);
    await expectChartsToShow(after);
    expect(await page.evaluate(() => (window as { loadedBeforeRefresh?: boolean }).loadedBeforeRefresh)).toBe(true);

    await expectNoAccessibilityProblems(page, 'office call with counts');
    await saveScreenshot(page, 'office-call-stats-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
