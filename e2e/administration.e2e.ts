import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  createUserWithOrganization,
  e2eAdminPassword,
  signInThroughPage,
  uniqueSuffix,
} from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { openPage, saveScreenshot, waitForAnimations, waitForContent, waitForVisible } from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let admin: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await ApiSession.signInAsAdmin(baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

async function signInAsAdmin(page: Page) {
  await signInThroughPage(page, { username: 'admin', password: e2eAdminPassword });
  await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
}

async function openAdministration(page: Page) {
  await page.getByRole('button', { name: /当前用户/ }).click();
  await page.locator('.app-account-menu').getByRole('link', { name: '管理', exact: true }).click();
  await waitForVisible(page.getByRole('heading', { level: 2, name: '单位管理' }));
  await waitForContent(page);
}

describe('administration', () => {
  it('the administrator creates a province recommending unit, invites its administrator, who accepts and is signed in', async () => {
    const suffix = uniqueSuffix();
    const unitName = `湖北省经济和信息化厅推荐处${suffix}`;
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await signInAsAdmin(page);
    await openAdministration(page);
    expect(page.url()).toBe(`${baseUrl}/admin/organizations`);

    await page.getByRole('button', { name: '新建单位' }).click();
    const createDialog = page.getByRole('dialog', { name: '新建单位' });
    await waitForVisible(createDialog);
    await createDialog.getByText('推荐单位', { exact: true }).click();
    await createDialog.getByLabel('单位名称').fill(unitName);
    await createDialog.getByLabel('单位级别').click();
    await page.locator('.ant-select-dropdown').getByText('省级', { exact: true }).click();
    await createDialog.getByLabel('行政区划').click();
    await page.locator('.ant-cascader-dropdown').getByRole('menuitemcheckbox', { name: '湖北省', exact: true }).click();
    await waitForAnimations(page);
    await saveScreenshot(page, 'admin-create-organization-desktop');
    await createDialog.getByRole('button', { name: /创\s*建/ }).click();
    await createDialog.waitFor({ state: 'hidden' });

    const created = page.getByRole('status').filter({ hasText: `已创建单位“${unitName}”` });
    await waitForVisible(created);
    const row = page.getByRole('row').filter({ hasText: unitName });
    await waitForVisible(row);
    expect(await row.textContent()).toContain('推荐单位');
    expect(await row.textContent()).toContain('省级');
    expect(await row.textContent()).toContain('420000');

    await created.getByRole('button', { name: '邀请该单位管理员' }).click();
    const inviteDialog = page.getByRole('dialog', { name: '邀请用户' });
    await waitForVisible(inviteDialog);
    expect(
      await inviteDialog.locator('.ant-select-content, .ant-select-selection-item').first().textContent(),
    ).toContain(unitName);
    expect(await inviteDialog.getByRole('checkbox', { name: '单位管理员' }).isChecked()).toBe(true);
    await inviteDialog.getByRole('button', { name: '生成邀请链接' }).click();
    const linkField = inviteDialog.getByRole('textbox', { name: '邀请链接' });
    await waitForVisible(linkField);
    const invitationUrl = await linkField.inputValue();
    expect(invitationUrl).toMatch(new RegExp(`^${baseUrl}/invite/\\S+$`));
    await inviteDialog.getByRole('button', { name: /复\s*制/ }).click();
    await waitForVisible(inviteDialog.getByRole('button', { name: '已复制' }));
    await waitForAnimations(page);
    await saveScreenshot(page, 'admin-invitation-desktop');
    await inviteDialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();
    await inviteDialog.waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
    await context.close();

    // The invitee opens the link in a browser of their own.
    const invitee = await openPage(browser, { baseUrl });
    await invitee.page.goto(invitationUrl);
    await waitForVisible(invitee.page.getByRole('heading', { level: 1, name: '接受邀请' }));
    await waitForContent(invitee.page);
    expect(await invitee.page.locator('.invitation-summary').textContent()).toContain(
      `您受邀加入“${unitName}”，角色为推荐单位审核员`,
    );
    const username = `hb_admin_${suffix}`;
    await invitee.page.getByLabel('姓名').fill('张晓明');
    await invitee.page.getByLabel('用户名').fill(username);
    await invitee.page.getByLabel('密码', { exact: true }).fill(`Invitee-pass-${suffix}`);
    await invitee.page.getByLabel('确认密码').fill(`Invitee-pass-${suffix}`);
    await saveScreenshot(invitee.page, 'invitation-desktop');
    await invitee.page.getByRole('button', { name: '开通账号并登录' }).click();
    await invitee.page.waitForURL('**/account');
    await waitForVisible(invitee.page.getByRole('heading', { level: 1, name: '我的账号' }));
    await waitForContent(invitee.page);
    const profile = invitee.page.getByRole('region', { name: '基本信息' });
    expect(await profile.textContent()).toContain(username);
    expect(await profile.textContent()).toContain(unitName);
    expect(await invitee.page.getByRole('button', { name: /当前用户/ }).textContent()).toContain('张晓明');

    // As the unit's administrator they may open 管理, scoped to their unit.
    await openAdministration(invitee.page);
    expect(await invitee.page.locator('.page-intro').first().textContent()).toBe(`管理范围：${unitName}及其下级单位`);
    expect(await invitee.page.getByRole('link', { name: '审计日志' }).count()).toBe(0);

    // The link works once.
    await invitee.page.goto(new URL(invitationUrl).pathname);
    await waitForVisible(invitee.page.getByRole('heading', { level: 1, name: /邀请链接/ }));
    expect(invitee.pageErrors.filter((line) => !line.includes('410'))).toEqual([]);
    await invitee.context.close();
  });

  it('the administrator creates a user in a chosen unit with an initial password, who then signs in', async () => {
    const unit = await createUserWithOrganization(admin);
    const suffix = uniqueSuffix();
    const username = `created_${suffix}`;
    const password = `Initial-pass-${suffix}`;
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await signInAsAdmin(page);
    await openAdministration(page);
    await page.getByRole('navigation', { name: '管理栏目' }).getByRole('link', { name: '用户' }).click();
    await waitForVisible(page.getByRole('heading', { level: 2, name: '用户管理' }));
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await waitForVisible(dialog);
    await dialog.getByLabel('所属单位', { exact: true }).fill(unit.organizationName);
    // Wait for the server's search to narrow the list to this unit before picking it: clicking while the list is
    // still being replaced can land on nothing.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allTextContents()).toEqual([`${unit.organizationName}（推荐单位）`]);
    await options.first().click();
    await expect
      .poll(() => dialog.locator('.ant-select-content, .ant-select-selection-item').first().textContent())
      .toContain(unit.organizationName);
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('王建国');
    await dialog.getByLabel('初始密码').fill(password);
    await dialog.getByLabel('确认密码').fill(password);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    // Polling the dialog's text makes a failure show the message that kept it open.
    await expect
      .poll(async () => ((await dialog.isVisible()) ? await dialog.textContent() : 'closed'), { timeout: 20_000 })
      .toBe('closed');
    await waitForVisible(page.getByText(`已创建用户“${username}”`));
    expect(pageErrors).toEqual([]);
    await context.close();

    const user = await openPage(browser, { baseUrl });
    await signInThroughPage(user.page, { username, password });
    await waitForVisible(user.page.getByRole('heading', { level: 1, name: '我的账号' }));
    await user.context.close();
  });

  it('the administrator issues a password reset link; the user sets a new password with it and signs in', async () => {
    const user = await createUserWithOrganization(admin);
    const { page, context } = await openPage(browser, { baseUrl });
    await signInAsAdmin(page);
    await openAdministration(page);
    await page.getByRole('navigation', { name: '管理栏目' }).getByRole('link', { name: '用户' }).click();
    await waitForVisible(page.getByRole('heading', { level: 2, name: '用户管理' }));
    await page.getByRole('searchbox', { name: '检索用户名或姓名' }).fill(user.username);
    await page.getByRole('searchbox', { name: '检索用户名或姓名' }).press('Enter');
    await page.waitForURL(`**/admin/users?q=${user.username}`);
    const row = page.getByRole('row').filter({ hasText: user.username });
    await waitForVisible(row);
    // The filtered page replaces the previous one once its answer arrives (the old rows stay visible until then).
    await expect.poll(() => page.getByRole('row').count(), { timeout: 10_000 }).toBe(2);

    await row.getByRole('button', { name: /重置密码/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    const resetDialog = page.getByRole('dialog', { name: `重置密码链接：${user.username}` });
    await waitForVisible(resetDialog);
    const resetUrl = await resetDialog.getByRole('textbox', { name: '重置密码链接' }).inputValue();
    expect(resetUrl).toMatch(new RegExp(`^${baseUrl}/reset-password/\\S+$`));
    await waitForAnimations(page);
    await saveScreenshot(page, 'admin-password-reset-desktop');
    await context.close();

    const owner = await openPage(browser, { baseUrl });
    await owner.page.goto(resetUrl);
    await waitForVisible(owner.page.getByRole('heading', { level: 1, name: '设置新密码' }));
    await waitForContent(owner.page);
    const newPassword = `Brand-new-pass-${uniqueSuffix()}`;
    await owner.page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await owner.page.getByLabel('确认新密码').fill(newPassword);
    await owner.page.getByRole('button', { name: '设置新密码' }).click();
    await waitForVisible(owner.page.getByRole('heading', { level: 1, name: '密码已重置' }));
    await saveScreenshot(owner.page, 'reset-password-done-desktop');
    await owner.page.getByRole('link', { name: '前往登录' }).click();
    await waitForVisible(owner.page.getByRole('heading', { level: 1, name: '登录' }));
    await owner.page.getByLabel('用户名').fill(user.username);
    await owner.page.getByLabel('密码', { exact: true }).fill(newPassword);
    await owner.page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    await owner.page.waitForURL('**/account');
    await waitForVisible(owner.page.getByRole('heading', { level: 1, name: '我的账号' }));

    // The link is single-use.
    await owner.page.goto(new URL(resetUrl).pathname);
    await waitForVisible(owner.page.getByLabel('新密码', { exact: true }));
    await owner.page.getByLabel('新密码', { exact: true }).fill(`${newPassword}-2`);
    await owner.page.getByLabel('确认新密码').fill(`${newPassword}-2`);
    await owner.page.getByRole('button', { name: '设置新密码' }).click();
    await waitForVisible(owner.page.getByRole('alert').filter({ hasText: '重置链接已失效' }));
    await owner.context.close();
  });

  it('the audit log lists the sign-ins and changes, filtered by actor', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await signInAsAdmin(page);
    await openAdministration(page);
    await page.getByRole('navigation', { name: '管理栏目' }).getByRole('link', { name: '审计日志' }).click();
    await waitForVisible(page.getByRole('heading', { level: 2, name: '审计日志' }));
    await waitForContent(page);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThan(0);

    await page.getByLabel('操作人').fill('admin');
    const filtered = page.waitForResponse((response) => response.url().includes('/api/admin/audit?actor=admin'));
    await page.getByRole('button', { name: /^筛\s*选$/ }).click();
    await page.waitForURL('**/admin/audit?actor=admin');
    await filtered;
    await page.locator('.ant-table-row').first().waitFor();
    const actors = await page.locator('.ant-table-row td:nth-child(2)').allTextContents();
    expect(new Set(actors)).toEqual(new Set(['admin']));
    await saveScreenshot(page, 'admin-audit-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
