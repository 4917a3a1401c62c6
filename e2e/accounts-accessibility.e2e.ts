import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiSession, createUserWithOrganization, e2eAdminPassword, signInThroughPage } from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import {
  desktopViewport,
  findSeriousAccessibilityViolations,
  measureHorizontalOverflow,
  openPage,
  phoneViewport,
  saveScreenshot,
  waitForAnimations,
  waitForContent,
  waitForVisible,
} from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let invitationPath: string;
let resetPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await ApiSession.signInAsAdmin(baseUrl);
  const user = await createUserWithOrganization(admin);
  ({ url: invitationPath } = await admin.create<{ url: string }>('/api/admin/invitations', {
    organizationId: user.organizationId,
    role: 'recommender',
    isOrganizationAdmin: false,
  }));
  ({ url: resetPath } = await admin.create<{ url: string }>(
    `/api/admin/users/${user.userId}/password-reset`,
    undefined,
  ));
});

afterAll(async () => {
  await browser?.close();
});

type PageCheck = { name: string; path: () => string; prepare?: (page: Page) => Promise<void> };

const anonymousPages: PageCheck[] = [
  { name: 'sign-in', path: () => '/login' },
  {
    name: 'sign-in with the forgotten-password help open',
    path: () => '/login',
    prepare: async (page) => {
      await page.getByRole('button', { name: '忘记密码？' }).click();
    },
  },
  { name: 'registration', path: () => '/register' },
  {
    name: 'registration with every field marked',
    path: () => '/register',
    prepare: async (page) => {
      await page.getByRole('button', { name: '注册并登录' }).click();
      await waitForVisible(page.getByText('请输入统一社会信用代码'));
    },
  },
  { name: 'invitation', path: () => invitationPath },
  { name: 'unknown invitation', path: () => '/invite/no-such-invitation-token' },
  { name: 'password reset', path: () => resetPath },
];

const administratorPages: PageCheck[] = [
  { name: 'my account', path: () => '/account' },
  {
    name: 'my account with the user menu open',
    path: () => '/account',
    prepare: async (page) => {
      await page.getByRole('button', { name: /当前用户/ }).click();
      await waitForVisible(page.locator('.app-account-menu'));
    },
  },
  { name: 'organisations', path: () => '/admin/organizations' },
  {
    name: 'organisations with the new-unit dialog',
    path: () => '/admin/organizations',
    prepare: async (page) => {
      await page.getByRole('button', { name: '新建单位' }).click();
      await waitForVisible(page.getByRole('dialog', { name: '新建单位' }));
      await waitForAnimations(page);
    },
  },
  { name: 'users', path: () => '/admin/users' },
  { name: 'audit log', path: () => '/admin/audit' },
  { name: 'jurisdiction enterprises', path: () => '/enterprises' },
];

async function checkPage(page: Page, check: PageCheck) {
  await page.goto(check.path());
  await waitForContent(page);
  await check.prepare?.(page);
  expect({ page: check.name, violations: await findSeriousAccessibilityViolations(page) }).toEqual({
    page: check.name,
    violations: [],
  });
}

describe('accessibility of the account pages (axe-core, WCAG 2.1 AA)', () => {
  for (const viewport of [
    { label: 'desktop', size: desktopViewport },
    { label: 'phone', size: phoneViewport },
  ]) {
    it(`the public account pages on ${viewport.label} have no serious or critical violations`, async () => {
      const { page, context } = await openPage(browser, { baseUrl, viewport: viewport.size });
      for (const check of anonymousPages) await checkPage(page, check);
      await context.close();
    });

    it(`my account and the administration pages on ${viewport.label} have no serious or critical violations and fit the width`, async () => {
      const { page, context, pageErrors } = await openPage(browser, { baseUrl, viewport: viewport.size });
      await signInThroughPage(page, { username: 'admin', password: e2eAdminPassword });
      await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
      for (const check of administratorPages) {
        await checkPage(page, check);
        if (viewport.label === 'phone' && !check.prepare) {
          expect({ page: check.name, overflow: await measureHorizontalOverflow(page) }).toEqual({
            page: check.name,
            overflow: 0,
          });
        }
      }
      if (viewport.label === 'phone') {
        await page.goto('/account');
        await waitForContent(page);
        await saveScreenshot(page, 'account-phone');
        await page.goto('/admin/users');
        await waitForContent(page);
        await saveScreenshot(page, 'admin-users-phone');
      }
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }
});
