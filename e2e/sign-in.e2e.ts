import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession, createUserWithOrganization } from './support/accounts.js';
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

describe('signing in and out', () => {
  it('a protected page sends an anonymous visitor to sign in and back; 退出 ends the session', async () => {
    const user = await createUserWithOrganization(admin);
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await page.goto('/account');
    await page.waitForURL(`**/login?next=${encodeURIComponent('/account')}`);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '登录' }));
    await waitForContent(page);
    await saveScreenshot(page, 'login-desktop');

    await page.getByLabel('用户名').fill(user.username);
    await page.getByLabel('密码', { exact: true }).fill(user.password);
    await page
      .getByRole('main')
      .getByRole('button', { name: /登\s*录/ })
      .click();
    await page.waitForURL('**/account');
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await waitForContent(page);
    const profile = page.getByRole('region', { name: '基本信息' });
    expect(await profile.textContent()).toContain(user.organizationName);
    expect(await profile.textContent()).toContain('推荐单位审核员');

    // The user menu: 我的账号, 推荐工作台 and 辖区企业 (a recommender reviews applications and verifies enterprises)
    // and 退出, but no 管理 for a user who administers nothing.
    const menuButton = page.getByRole('button', { name: /当前用户/ });
    await menuButton.click();
    const menu = page.locator('.app-account-menu');
    await waitForVisible(menu);
    expect(await menu.getByRole('link').allTextContents()).toEqual(['我的账号', '推荐工作台', '辖区企业']);
    await menu.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await waitForVisible(page.getByRole('navigation', { name: '账号' }).getByRole('link', { name: '登录' }));

    // The session is over on the server too: the account page asks to sign in again.
    await page.goto('/account');
    await page.waitForURL('**/login?next=*');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('after five wrong passwords the sixth attempt shows that the account is locked', async () => {
    const user = await createUserWithOrganization(admin);
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto('/login');
    await waitForContent(page);
    await page.getByLabel('用户名').fill(user.username);
    const password = page.getByLabel('密码', { exact: true });
    const submit = page.getByRole('main').getByRole('button', { name: /登\s*录/ });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await password.fill(`wrong-password-${attempt}`);
      const answer = page.waitForResponse('**/api/auth/login');
      await submit.click();
      expect((await answer).status()).toBe(401);
      await waitForVisible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));
    }

    // Even the right password is refused while the account is locked.
    await password.fill(user.password);
    const answer = page.waitForResponse('**/api/auth/login');
    await submit.click();
    expect((await answer).status()).toBe(429);
    const lockMessage = page.getByRole('alert').filter({ hasText: '账号已临时锁定' });
    await waitForVisible(lockMessage);
    expect(await lockMessage.textContent()).toMatch(/请 \d+ 分钟后再试/);
    expect(page.url()).toContain('/login');
    await saveScreenshot(page, 'login-locked-desktop');
    await context.close();
  });

  it('忘记密码 explains that an administrator issues the reset link', async () => {
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto('/login');
    await waitForContent(page);
    const toggle = page.getByRole('button', { name: '忘记密码？' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const help = page.getByText(/请联系本单位的管理员，或联系平台系统管理员/);
    await waitForVisible(help);
    await context.close();
  });
});
