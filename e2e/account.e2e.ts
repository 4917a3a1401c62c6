import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession, createUserWithOrganization, signInThroughPage } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { openPage, saveScreenshot, waitForContent, waitForVisible } from './support/pages.js';

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

describe('my account', () => {
  it('a user ends another session, creates an API token that is shown once, revokes it and changes the password', async () => {
    const user = await createUserWithOrganization(admin);
    // A second sign-in elsewhere (a script), to be ended from the page.
    const elsewhere = await ApiSession.signIn(baseUrl, user.username, user.password);
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await signInThroughPage(page, user);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await waitForContent(page);

    const sessions = page.getByRole('region', { name: '登录会话列表' });
    await waitForVisible(sessions.getByText('当前设备'));
    expect(await sessions.getByRole('row').count()).toBe(3);
    await page.getByRole('button', { name: '退出其他所有设备' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await waitForVisible(page.getByRole('status').filter({ hasText: '已退出其他所有设备' }));
    await page.waitForFunction(() => document.querySelectorAll('[aria-label="登录会话列表"] tbody tr').length === 1);
    expect((await elsewhere.send('GET', '/api/me')).status).toBe(401);

    const tokens = page.getByRole('region', { name: 'API 令牌' });
    await tokens.getByLabel('令牌名称').fill('企业ERP对接');
    await tokens.getByRole('button', { name: '创建令牌' }).click();
    const tokenField = tokens.getByRole('textbox', { name: 'API 令牌' });
    await waitForVisible(tokenField);
    const token = await tokenField.inputValue();
    expect(token.length).toBeGreaterThan(20);
    expect(await tokens.getByText('令牌只显示这一次').isVisible()).toBe(true);
    const withToken = await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(withToken.status).toBe(200);
    await waitForVisible(tokens.getByRole('row').filter({ hasText: '企业ERP对接' }));
    await saveScreenshot(page, 'account-token-desktop');

    await tokens.getByRole('button', { name: '吊销 企业ERP对接' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await waitForVisible(tokens.getByText('尚未创建 API 令牌'));
    const revoked = await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(revoked.status).toBe(401);

    const passwordSection = page.getByRole('region', { name: '修改密码' });
    await passwordSection.getByLabel('当前密码').fill('not-my-password');
    await passwordSection.getByLabel('新密码', { exact: true }).fill('Changed-pass-2026');
    await passwordSection.getByLabel('确认新密码').fill('Changed-pass-2026');
    await passwordSection.getByRole('button', { name: '修改密码' }).click();
    await waitForVisible(
      passwordSection.getByText(/密码/).and(passwordSection.locator('.ant-form-item-explain-error')),
    );

    await passwordSection.getByLabel('当前密码').fill(user.password);
    await passwordSection.getByRole('button', { name: '修改密码' }).click();
    await waitForVisible(passwordSection.getByRole('status').filter({ hasText: '密码已修改' }));
    const withNewPassword = await ApiSession.signIn(baseUrl, user.username, 'Changed-pass-2026');
    expect((await withNewPassword.send('GET', '/api/me')).status).toBe(200);
    expect(pageErrors.filter((line) => !/status of (400|401)/.test(line))).toEqual([]);
    await context.close();
  });
});
