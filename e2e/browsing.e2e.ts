import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Edition, ScenarioDetail } from '../src/shared/catalog/catalog.schemas.js';
import type { Programme } from '../src/shared/reference/reference.schemas.js';
import { launchBrowser } from './support/browser.js';
import { getJsonFrom, openPage, saveScreenshot, waitForContent, waitForVisible } from './support/pages.js';

const baseUrl = inject('baseUrl');
const siteName = 'impilot 智能制造试点示范服务平台';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('browsing the public catalogue', () => {
  it('the home page lists every programme and edition the API serves, with their counts', async () => {
    const programmes = await getJsonFrom<Programme[]>(baseUrl, '/api/reference/programmes');
    const editions = await getJsonFrom<Edition[]>(baseUrl, '/api/catalog/editions');
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });

    await page.goto('/');
    await waitForContent(page);

    expect(await page.title()).toBe(`首页 - ${siteName}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('智能制造试点示范服务平台');
    const programmeNames = await page.locator('.programme-name').allTextContents();
    expect(programmeNames).toEqual(programmes.map((programme) => expect.stringContaining(programme.name)));
    const editionCounts = await page.locator('.edition-card-count').allTextContents();
    const newestFirst = [...editions].sort((a, b) => b.id.localeCompare(a.id));
    expect(editionCounts).toEqual(newestFirst.map((e) => `${e.stageCount} 个环节 · ${e.scenarioCount} 个场景`));
    await saveScreenshot(page, 'home-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a visitor goes home → catalogue → 2022 edition → a stage → a scenario, and the deep link survives a reload', async () => {
    const scenario = await getJsonFrom<ScenarioDetail>(baseUrl, '/api/catalog/scenarios/2022-16');
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await page.goto('/');
    await waitForContent(page);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '场景目录' }).click();
    await page.waitForURL('**/catalog/2024');
    await waitForVisible(page.getByRole('heading', { level: 1, name: '智能制造典型场景目录' }));
    await waitForContent(page);
    expect(await page.locator('.edition-meta').textContent()).toContain('40 个场景');

    await page.getByRole('radiogroup', { name: '选择目录版本' }).getByText('2022年版').click();
    await page.waitForURL('**/catalog/2022');
    await waitForVisible(page.getByText('45 个场景'));
    await waitForContent(page);
    expect(await page.title()).toBe(`2022年版智能制造典型场景目录 - ${siteName}`);
    expect(await page.locator('.edition-meta').textContent()).toContain('45 个场景');

    const stageTree = page.getByRole('navigation', { name: '环节与场景' });
    await stageTree.getByText('六、质量管控', { exact: true }).click();
    const scenarioLink = stageTree.getByRole('link', { name: '16. 智能在线检测' });
    await scenarioLink.waitFor({ state: 'visible' });
    await scenarioLink.click();
    await page.waitForURL('**/catalog/2022/2022-16');
    const heading = page.getByRole('heading', { level: 2, name: '16. 智能在线检测' });
    await waitForVisible(heading);
    await waitForContent(page);
    expect(await page.locator('.scenario-description').first().textContent()).toBe(scenario.description);
    expect(await page.title()).toBe(`智能在线检测（2022年版） - ${siteName}`);
    await saveScreenshot(page, 'catalog-scenario-desktop');

    await page.reload();
    await waitForVisible(heading);
    await waitForContent(page);
    expect(await page.locator('.stage-menu .ant-menu-item-selected').textContent()).toBe('16. 智能在线检测');
    expect(await page.locator('.scenario-detail').textContent()).toContain('六、质量管控');

    const related = page.getByRole('region', { name: '其他版本中的相关场景' }).getByRole('link');
    const relatedNames = await related.allTextContents();
    expect(relatedNames).toEqual(scenario.related.map((item) => `${item.edition}年版 · ${item.number}. ${item.name}`));
    const later = scenario.related.find((item) => item.direction === 'later');
    expect(later).toBeDefined();
    await related.filter({ hasText: `${later!.number}. ${later!.name}` }).click();
    await page.waitForURL(`**/catalog/${later!.edition}/${later!.code}`);
    await waitForVisible(page.getByRole('heading', { level: 2, name: `${later!.number}. ${later!.name}` }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('an unknown scenario code shows 场景不存在 and an unknown address shows the 404 page', async () => {
    const { page, context } = await openPage(browser, { baseUrl });
    await page.goto('/catalog/2022/2022-99');
    await waitForVisible(page.getByRole('heading', { level: 2, name: '场景不存在' }));

    await page.goto('/no/such/page');
    await waitForContent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.title()).toBe(`页面不存在 - ${siteName}`);
    await saveScreenshot(page, 'not-found-desktop');

    await page.goto('/catalog/2023');
    await waitForContent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('目录版本不存在');
    await context.close();
  });
});

describe('browsing with the keyboard only', () => {
  it('a stage opens with Enter and a scenario opens with the arrow keys and Enter', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    await page.goto('/catalog/2022');
    await waitForContent(page);
    const stageTree = page.getByRole('navigation', { name: '环节与场景' });
    await stageTree.getByRole('menuitem', { name: '六、质量管控' }).focus();
    await page.keyboard.press('Enter');
    await waitForVisible(stageTree.getByRole('link', { name: '16. 智能在线检测' }));
    await page.keyboard.press('ArrowDown');
    // The menu moves focus to the scenario's link asynchronously.
    await page.waitForFunction(() => document.activeElement?.textContent === '16. 智能在线检测');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/catalog/2022/2022-16');
    await waitForVisible(page.getByRole('heading', { level: 2, name: '16. 智能在线检测' }));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
