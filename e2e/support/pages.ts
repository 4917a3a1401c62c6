import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { repoRoot } from './server.js';

export const desktopViewport = { width: 1366, height: 900 };
export const phoneViewport = { width: 375, height: 812 };

export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');

export type OpenedPage = { page: Page; context: BrowserContext; pageErrors: string[] };

/** A fresh context per test; console errors and uncaught exceptions are collected for the test to assert on. */
export async function openPage(
  browser: Browser,
  { baseUrl, viewport = desktopViewport }: { baseUrl: string; viewport?: { width: number; height: number } },
): Promise<OpenedPage> {
  const isPhone = viewport.width < 768;
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'zh-CN',
    deviceScaleFactor: isPhone ? 2 : 1,
    isMobile: isPhone,
    hasTouch: isPhone,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  return { page, context, pageErrors };
}

/**
 * Waits until a page has rendered (every page has an h1), no loading skeleton is left and the fonts
 * are ready, so assertions and screenshots see real content.
 */
export async function waitForContent(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('main h1') !== null && document.querySelector('[aria-busy="true"]') === null,
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Waits for an element to show. Navigation renders in a React transition, so the URL changes before
 * the next page replaces the old one; assert on the new page's content, not on the URL alone.
 */
export async function waitForVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * Waits until antd's finite CSS animations (dialogs zooming in, popovers fading out) have finished, so a
 * screenshot shows the settled screen. Infinite ones (loading skeletons, spinners) are ignored.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await waitForAnimations(page);
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core against WCAG 2.1 A/AA; returns the serious and critical violations as readable lines. */
export async function findSeriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

/** Width beyond the viewport that would make the page scroll sideways (0 when it fits). */
export async function measureHorizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export async function getJsonFrom<T>(baseUrl: string, apiPath: string): Promise<T> {
  const response = await fetch(`${baseUrl}${apiPath}`);
  if (!response.ok) throw new Error(`GET ${apiPath} answered ${response.status}`);
  return (await response.json()) as T;
}
