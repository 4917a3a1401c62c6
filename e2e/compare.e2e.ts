import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EditionMap } from '../src/shared/catalog/catalog.schemas.js';
import { launchBrowser } from './support/browser.js';
import { getJsonFrom, openPage, saveScreenshot, waitForContent, waitForVisible } from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function countByChange(map: EditionMap): Record<string, number> {
  const counts: Record<string, number> = { added: map.added.length, dropped: map.dropped.length };
  for (const relation of ['renamed', 'merged', 'split', 'related', 'same']) {
    counts[relation] = map.links.filter((link) => link.relation === relation).length;
  }
  return counts;
}

describe('comparing editions', () => {
  it('2022 → 2024 shows the counts of each change and links added and dropped scenarios to their details', async () => {
    const map = await getJsonFrom<EditionMap>(baseUrl, '/api/catalog/map?from=2022&to=2024');
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await page.goto('/catalog/compare?from=2022&to=2024');
    await waitForContent(page);

    const shownCounts: Record<string, number> = {};
    for (const item of await page.locator('.compare-count').all()) {
      const kind = (await item.getAttribute('data-kind')) ?? '';
      shownCounts[kind] = Number(await item.locator('.compare-count-value').textContent());
    }
    expect(shownCounts).toEqual(countByChange(map));
    expect(shownCounts.added).toBe(2);
    expect(shownCounts.dropped).toBe(2);

    const addedRow = page.locator('.comparison-row-added').filter({ hasText: '研产供销服深度集成' });
    expect(await addedRow.getByRole('link').getAttribute('href')).toBe('/catalog/2024/2024-37');
    const droppedRow = page.locator('.comparison-row-dropped').filter({ hasText: '供应链可视化' });
    expect(await droppedRow.getByRole('link').getAttribute('href')).toBe('/catalog/2022/2022-36');
    const merged = map.links.find((link) => link.relation === 'merged' && link.to[0]?.name === '质量追溯与分析改进');
    expect(merged?.from.map((ref) => ref.name)).toEqual(['质量精准追溯', '产品质量优化']);
    const mergedRow = page.locator('.comparison-row-merged').filter({ hasText: '质量追溯与分析改进' });
    expect(await mergedRow.getByRole('link').allTextContents()).toEqual(
      [...merged!.from, ...merged!.to].map((ref) => `${ref.number}. ${ref.name}`),
    );
    await saveScreenshot(page, 'compare-desktop');

    await page.getByRole('radiogroup', { name: '变化类型' }).getByText('删除 2').click();
    await page.waitForURL('**/catalog/compare?from=2022&to=2024&change=dropped');
    await page.locator('.comparison-row-same').first().waitFor({ state: 'detached' });
    expect(await page.locator('.comparison-row').count()).toBe(2);
    expect(await page.locator('.comparison-row').allTextContents()).toEqual([
      expect.stringContaining('供应链可视化'),
      expect.stringContaining('工业知识软件化'),
    ]);

    await page.getByRole('radiogroup', { name: '变化类型' }).getByText('新增 2').click();
    await page.locator('.comparison-row-added').getByRole('link', { name: '37. 研产供销服深度集成' }).click();
    await page.waitForURL('**/catalog/2024/2024-37');
    await waitForVisible(page.getByRole('heading', { level: 2, name: '37. 研产供销服深度集成' }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a reversed pair in the address is shown earlier → later', async () => {
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto('/catalog/compare?from=2024&to=2021');
    await waitForContent(page);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('2021年版 → 2024年版');
    await context.close();
  });
});
