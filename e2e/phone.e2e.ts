import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import {
  measureHorizontalOverflow,
  openPage,
  phoneViewport,
  saveScreenshot,
  waitForContent,
  waitForVisible,
} from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('on a 375 × 812 phone', () => {
  it('the catalogue moves its stage tree into a drawer and lists the stages inline, without sideways scrolling', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl, viewport: phoneViewport });
    await page.goto('/catalog/2024');
    await waitForContent(page);

    expect(await page.locator('.catalog-sidebar').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: '各环节概览' }).isVisible()).toBe(true);
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'catalog-phone');

    await page.getByRole('button', { name: '按环节浏览场景' }).click();
    const drawer = page.getByRole('dialog', { name: '环节与场景' });
    await drawer.waitFor({ state: 'visible' });
    await drawer.getByText('七、设备管理', { exact: true }).click();
    await drawer.getByRole('link', { name: '16. 设备运行监控' }).click();
    await page.waitForURL('**/catalog/2024/2024-16');
    await drawer.waitFor({ state: 'hidden' });
    await waitForVisible(page.getByRole('heading', { level: 2, name: '16. 设备运行监控' }));
    await waitForContent(page);
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'scenario-phone');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the home, search and comparison pages fit the phone width', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl, viewport: phoneViewport });
    const pages = [
      { path: '/', screenshot: 'home-phone' },
      { path: `/catalog/search?q=${encodeURIComponent('机器视觉 缺陷检测')}&edition=2022`, screenshot: 'search-phone' },
      { path: '/catalog/compare?from=2022&to=2024', screenshot: 'compare-phone' },
    ];
    for (const { path, screenshot } of pages) {
      await page.goto(path);
      await waitForContent(page);
      expect({ path, overflow: await measureHorizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      await saveScreenshot(page, screenshot);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
