import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  createUserWithOrganization,
  registerEnterprise,
  signInThroughPage,
  uniqueSuffix,
} from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import { openPage, screenshotDir, waitForAnimations, waitForContent, waitForVisible } from './support/pages.js';

const baseUrl = inject('baseUrl');
const condition = '离散型智能制造模式要求制造装备数控化率超过70%，请填写并核对“制造装备数控化率”';

let browser: Browser;
let callTitle: string;
let applicationId: string;
let enterprise: { username: string; password: string };
let enterpriseApi: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await ApiSession.signInAsAdmin(baseUrl);
  const office = await createUserWithOrganization(admin, { type: 'office', level: 'province', role: 'office' });
  const officeApi = await ApiSession.signIn(baseUrl, office.username, office.password);
  callTitle = `湖北省智能制造试点示范项目申报（测试${uniqueSuffix()}）`;
  const { id: callId } = await officeApi.create<{ id: string }>('/api/calls', {
    templateId: 'hubei-pilot',
    title: callTitle,
    year: 2026,
    catalogEdition: '2024',
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
  });
  await officeApi.create(`/api/calls/${callId}/publish`, undefined, 200);
  enterprise = await registerEnterprise(baseUrl, { regionCode: '420106', name: `武汉数控装备${uniqueSuffix()}` });
  enterpriseApi = await ApiSession.signIn(baseUrl, enterprise.username, enterprise.password);
  ({ id: applicationId } = await enterpriseApi.create<{ id: string }>(`/api/calls/${callId}/applications`, {
    scenarioCodes: [],
  }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

type Validation = { valid: boolean; problems: Array<{ path: string; message: string; severity?: string }> };

describe('湖北省试点示范: a mode’s numeric condition', () => {
  it('is a yellow warning beside the field while drafting, cleared once met, and a problem at submission', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    page.on('dialog', (dialog) => void dialog.accept());
    await signInThroughPage(page, enterprise);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await page.goto(`/applications/${applicationId}`);
    await waitForVisible(page.getByRole('heading', { level: 1, name: callTitle }));
    await waitForContent(page);

    await page.getByRole('combobox', { name: '试点示范模式' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '离散型智能制造模式' }).click();
    const ncRate = page.getByRole('spinbutton', { name: /制造装备数控化率/ });
    await waitForVisible(ncRate);
    // Exactly at 70 does not meet "超过70%".
    await ncRate.fill('70');
    await ncRate.blur();
    const frame = page.locator('.app-field.has-warning', { has: ncRate });
    await waitForVisible(frame.locator('.app-field-warning').filter({ hasText: `提交前需满足：${condition}` }));
    await ncRate.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // The window as the applicant sees it at the field (a full-page shot of this long form is unreadable).
    await waitForAnimations(page);
    await page.screenshot({ path: path.join(screenshotDir, 'hubei-threshold-warning-desktop.png') });

    // The draft is saved as typed; the server reports the same condition, and submission is refused over it.
    await waitForVisible(page.getByRole('status', { name: '保存状态' }).filter({ hasText: /^已保存$/ }));
    const validation = await enterpriseApi.send<Validation>('GET', `/api/applications/${applicationId}/validation`);
    expect(validation.body.problems).toContainEqual(
      expect.objectContaining({ path: '/data/discrete/ncRate', message: condition }),
    );
    const submitted = await enterpriseApi.send<{ error: { code: string; problems: Validation['problems'] } }>(
      'POST',
      `/api/applications/${applicationId}/submit`,
    );
    expect(submitted.status).toBe(422);
    expect(submitted.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(submitted.body)).toContain(condition);

    await ncRate.fill('78.5');
    await ncRate.blur();
    await expect.poll(() => page.locator('.app-field.has-warning', { has: ncRate }).count()).toBe(0);
    expect(await page.getByText(`提交前需满足：${condition}`).count()).toBe(0);
    await waitForVisible(page.getByRole('status', { name: '保存状态' }).filter({ hasText: /^已保存$/ }));
    const after = await enterpriseApi.send<Validation>('GET', `/api/applications/${applicationId}/validation`);
    expect(after.body.problems.map((problem) => problem.message)).not.toContain(condition);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
