import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  openPage,
  saveScreenshot,
  waitForAnimations,
  waitForContent,
  waitForVisible,
} from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let admin: ApiSession;
let licenceFile: string;
let tempDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await ApiSession.signInAsAdmin(baseUrl);
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-licence-'));
  licenceFile = path.join(tempDir, '营业执照.pdf');
  fs.writeFileSync(
    licenceFile,
    Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  );
});

afterAll(async () => {
  await browser?.close();
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

async function signIn(page: Page, credentials: { username: string; password: string }) {
  await signInThroughPage(page, credentials);
  await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
}

async function openFromUserMenu(page: Page, link: string) {
  await page.getByRole('button', { name: /当前用户/ }).click();
  await page.locator('.app-account-menu').getByRole('link', { name: link }).click();
  await waitForVisible(page.getByRole('heading', { level: 1, name: link }));
  await waitForContent(page);
}

const profileRegion = (page: Page) => page.getByRole('region', { name: '企业信息' });

async function startEditing(page: Page) {
  await profileRegion(page)
    .getByRole('button', { name: /编\s*辑/ })
    .click();
  await waitForVisible(page.getByRole('form', { name: '编辑' }));
}

async function save(page: Page) {
  await page
    .getByRole('form', { name: '编辑' })
    .getByRole('button', { name: /保\s*存/ })
    .click();
}

async function expectNoAccessibilityProblems(page: Page, name: string) {
  expect({ page: name, violations: await findSeriousAccessibilityViolations(page) }).toEqual({
    page: name,
    violations: [],
  });
}

describe('enterprise verification', () => {
  it('an enterprise edits its profile and uploads its licence; the district recommender verifies it', async () => {
    const suffix = uniqueSuffix();
    const district = await createUserWithOrganization(admin, {
      type: 'recommender',
      level: 'district',
      regionCode: '350102',
      role: 'recommender',
      isOrganizationAdmin: true,
    });
    const enterprise = await registerEnterprise(baseUrl, { regionCode: '350102', name: `福州鼓楼智造科技${suffix}` });
    const address = `福州市鼓楼区五四路${suffix}号`;

    // The enterprise fills in its address and uploads the licence scan.
    const ent = await openPage(browser, { baseUrl });
    await signIn(ent.page, enterprise);
    await openFromUserMenu(ent.page, '本单位');
    expect(await profileRegion(ent.page).textContent()).toContain(enterprise.uscc);
    expect(await ent.page.getByRole('region', { name: '营业执照' }).textContent()).toContain('未上传营业执照');
    await expectNoAccessibilityProblems(ent.page, 'organisation');

    await startEditing(ent.page);
    await waitForVisible(ent.page.getByText('修改企业名称或法定代表人后，原有核验将被撤销'));
    await ent.page.getByLabel('地址', { exact: true }).fill(address);
    await expectNoAccessibilityProblems(ent.page, 'organisation editing');
    await saveScreenshot(ent.page, 'organization-edit-desktop');
    await save(ent.page);
    await waitForVisible(ent.page.getByRole('status').filter({ hasText: '企业信息已保存' }));
    expect(await profileRegion(ent.page).textContent()).toContain(address);

    await ent.page.locator('input[type="file"]').setInputFiles(licenceFile);
    const licenceRegion = ent.page.getByRole('region', { name: '营业执照' });
    await waitForVisible(licenceRegion.getByRole('status').filter({ hasText: '营业执照已上传' }));
    await waitForVisible(licenceRegion.getByText('待核验', { exact: true }));
    await waitForVisible(licenceRegion.getByRole('link', { name: '下载营业执照' }));
    await saveScreenshot(ent.page, 'organization-desktop');
    expect(ent.pageErrors).toEqual([]);

    // The district recommender, in a browser of their own, finds the enterprise and verifies it.
    const reviewer = await openPage(browser, { baseUrl });
    await signIn(reviewer.page, district);
    await openFromUserMenu(reviewer.page, '辖区企业');
    await reviewer.page.getByRole('searchbox', { name: '检索企业名称或统一社会信用代码' }).fill(enterprise.name);
    await reviewer.page.getByRole('searchbox', { name: '检索企业名称或统一社会信用代码' }).press('Enter');
    const row = reviewer.page.getByRole('row').filter({ hasText: enterprise.name });
    await waitForVisible(row);
    expect(await row.textContent()).toContain('待核验');
    expect(await reviewer.page.getByRole('row').count()).toBe(2);
    await expectNoAccessibilityProblems(reviewer.page, 'jurisdiction enterprises');
    await saveScreenshot(reviewer.page, 'enterprises-desktop');

    await row.getByRole('button', { name: enterprise.name }).click();
    const drawer = reviewer.page.getByRole('dialog', { name: `企业详情：${enterprise.name}` });
    await waitForVisible(drawer);
    await waitForVisible(drawer.getByText(address));
    expect(await drawer.getByRole('link', { name: '下载营业执照' }).getAttribute('href')).toBe(
      `/api/enterprises/${enterprise.organizationId}/licence`,
    );
    await drawer.getByLabel('核验意见').fill('名称、法定代表人与营业执照一致');
    await drawer.getByRole('button', { name: '核验通过' }).click();
    const confirm = reviewer.page.locator('.ant-popconfirm');
    await waitForVisible(confirm);
    await waitForAnimations(reviewer.page);
    await expectNoAccessibilityProblems(reviewer.page, 'verification confirmation');
    await confirm.getByRole('button', { name: /确\s*认/ }).click();
    await waitForVisible(drawer.getByRole('status').filter({ hasText: '已核验通过' }));
    await waitForVisible(drawer.getByText(/^已核验（\d{4}-\d{2}-\d{2}）$/));
    await saveScreenshot(reviewer.page, 'enterprise-drawer-desktop');
    expect(reviewer.pageErrors).toEqual([]);
    await reviewer.context.close();

    // The enterprise sees the verification after reloading.
    await ent.page.reload();
    await waitForContent(ent.page);
    await waitForVisible(ent.page.getByRole('region', { name: '营业执照' }).getByText(/^已核验（\d{4}-\d{2}-\d{2}）$/));
    expect(ent.pageErrors).toEqual([]);
    await ent.context.close();
  });

  it('a stale edit shows the current and the unsaved values side by side and can be re-applied', async () => {
    const enterprise = await registerEnterprise(baseUrl);
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await signIn(page, enterprise);
    await page.goto('/organization');
    await waitForContent(page);
    const other = await context.newPage();
    await other.goto('/organization');
    await waitForContent(other);

    await startEditing(page);
    await startEditing(other);
    await page.getByLabel('联系人', { exact: true }).fill('王一');
    await save(page);
    await waitForVisible(page.getByRole('status').filter({ hasText: '企业信息已保存' }));

    await other.getByLabel('联系人', { exact: true }).fill('李二');
    await other.getByLabel('联系电话', { exact: true }).fill('0591-87654321');
    await save(other);
    const conflict = other.getByRole('alert').filter({ hasText: '保存失败：企业信息已被他人修改' });
    await waitForVisible(conflict);
    const table = conflict.getByRole('table', { name: '修改冲突对照' });
    const contactRow = table.getByRole('row').filter({ hasText: '联系人' });
    expect(await contactRow.getByRole('cell').allTextContents()).toEqual(['王一', '李二']);
    const phoneRow = table.getByRole('row').filter({ hasText: '联系电话' });
    expect(await phoneRow.getByRole('cell').allTextContents()).toEqual(['未填写', '0591-87654321']);
    await expectNoAccessibilityProblems(other, 'organisation with an edit conflict');
    await saveScreenshot(other, 'organization-conflict-desktop');

    await conflict.getByRole('button', { name: '在最新版本上重新应用我的修改' }).click();
    await waitForVisible(other.getByRole('status').filter({ hasText: '已在最新版本上填入您的修改' }));
    expect(await other.getByLabel('联系人', { exact: true }).inputValue()).toBe('李二');
    await save(other);
    await waitForVisible(other.getByRole('status').filter({ hasText: '企业信息已保存' }));
    const profileText = await profileRegion(other).textContent();
    expect(profileText).toContain('李二');
    expect(profileText).toContain('0591-87654321');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
