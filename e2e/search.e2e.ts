import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { openPage, saveScreenshot, waitForContent, waitForVisible } from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('searching the catalogue', () => {
  it('searching 机器视觉 缺陷检测 in the 2022 edition ranks 智能在线检测 first with the matched words marked', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await page.goto('/catalog/search');
    await waitForContent(page);
    expect(await page.getByText('请输入检索词开始检索').isVisible()).toBe(true);

    await page.getByRole('radiogroup', { name: '版本范围' }).getByText('2022年版').click();
    await page.waitForURL('**/catalog/search?edition=2022');
    await page.getByLabel('检索词').fill('机器视觉 缺陷检测');
    await page.getByLabel('检索词').press('Enter');
    await page.waitForURL(/\/catalog\/search\?q=.+&edition=2022$/);
    await waitForVisible(page.getByRole('list', { name: '检索结果' }));
    await waitForContent(page);

    const hits = page.getByRole('list', { name: '检索结果' }).getByRole('listitem');
    const firstHit = hits.first();
    expect(await firstHit.getByRole('heading', { level: 3 }).textContent()).toBe('智能在线检测');
    expect(await firstHit.getByRole('link', { name: '智能在线检测' }).getAttribute('href')).toBe(
      '/catalog/2022/2022-16',
    );
    const marks = firstHit.locator('mark');
    expect(await marks.first().isVisible()).toBe(true);
    const markedWords = new Set(await marks.allTextContents());
    expect([...markedWords].sort()).toEqual(['机器视觉', '检测', '缺陷'].sort());
    const hitEditions = await hits.locator('.search-hit-meta .ant-tag').allTextContents();
    expect(new Set(hitEditions)).toEqual(new Set(['2022年版']));
    expect(await page.title()).toBe('机器视觉 缺陷检测 - 场景检索 - impilot 智能制造试点示范服务平台');
    await saveScreenshot(page, 'search-desktop');

    await firstHit.getByRole('link', { name: '智能在线检测' }).click();
    await page.waitForURL('**/catalog/2022/2022-16');
    await waitForVisible(page.getByRole('heading', { level: 2, name: '16. 智能在线检测' }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a query without matches shows 未找到相关场景', async () => {
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto(`/catalog/search?q=${encodeURIComponent('量子纠缠')}`);
    await waitForContent(page);
    expect(await page.getByText('未找到相关场景').isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: '检索结果' }).count()).toBe(0);
    await saveScreenshot(page, 'search-empty-desktop');
    await context.close();
  });

  it('the search box on the home page opens the catalogue search with the query', async () => {
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto('/');
    await waitForContent(page);
    await page.getByLabel('检索典型场景').fill('数字孪生');
    // antd spaces two-character Chinese button labels (检 索), so find the button by its search region.
    await page.getByRole('search', { name: '站内检索' }).getByRole('button').click();
    await page.waitForURL(`**/catalog/search?q=${encodeURIComponent('数字孪生')}`);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '场景检索' }));
    await waitForContent(page);
    expect(await page.getByLabel('检索词').inputValue()).toBe('数字孪生');
    const firstMarks = await page.getByRole('list', { name: '检索结果' }).locator('mark').allTextContents();
    // The server marks the whole term and the words it splits into (数字孪生, 数字 …).
    expect(firstMarks).toContain('数字孪生');
    expect(firstMarks.filter((mark) => !'数字孪生'.includes(mark))).toEqual([]);
    await context.close();
  });
});
