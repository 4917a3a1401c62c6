import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import {
  desktopViewport,
  findSeriousAccessibilityViolations,
  openPage,
  phoneViewport,
  waitForContent,
} from './support/pages.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const publicPages = [
  { name: 'home', path: '/' },
  { name: 'catalogue', path: '/catalog/2024' },
  { name: 'scenario', path: '/catalog/2022/2022-16' },
  { name: 'search results', path: `/catalog/search?q=${encodeURIComponent('机器视觉 缺陷检测')}&edition=2022` },
  { name: 'search without matches', path: `/catalog/search?q=${encodeURIComponent('量子纠缠')}` },
  { name: 'comparison', path: '/catalog/compare?from=2022&to=2024' },
  { name: 'not found', path: '/no/such/page' },
];

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const viewport of [
    { label: 'desktop', size: desktopViewport },
    { label: 'phone', size: phoneViewport },
  ]) {
    for (const { name, path } of publicPages) {
      it(`the ${name} page on ${viewport.label} has no serious or critical violations`, async () => {
        const { page, context } = await openPage(browser, { baseUrl, viewport: viewport.size });
        await page.goto(path);
        await waitForContent(page);
        expect(await findSeriousAccessibilityViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
