import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeUscc, uniqueSuffix } from './support/accounts.js';
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

/** Opens a cascader by its label and clicks through the named options, one column at a time. */
async function pickInCascader(page: Page, label: string, path: string[]) {
  await page.getByLabel(label, { exact: true }).click();
  for (const name of path) await cascaderOption(page, name).click();
  // The popup closes once a leaf (or the last wanted level) is chosen.
  await page.locator('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

function cascaderOption(page: Page, name: string) {
  return page.locator('.ant-cascader-dropdown').getByRole('menuitemcheckbox', { name, exact: true });
}

async function fillAccount(page: Page, { username, password }: { username: string; password: string }) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('确认密码').fill(password);
}

const sizeValue = (page: Page) => page.locator('.enterprise-size-value');

describe('enterprise registration', () => {
  it('an enterprise fills the form with the pickers, sees its size class and lands signed in on 我的账号', async () => {
    const { page, context, pageErrors } = await openPage(browser, { baseUrl });
    const suffix = uniqueSuffix();
    const username = `ent_${suffix}`;
    await page.goto('/');
    await waitForContent(page);
    await page.getByRole('navigation', { name: '账号' }).getByRole('link', { name: '注册' }).click();
    await waitForVisible(page.getByRole('heading', { level: 1, name: '企业注册' }));
    await waitForContent(page);

    await fillAccount(page, { username, password: `Pass-word-${suffix}` });

    // The shared USCC rule checks the code as it is typed: a wrong check character first, then the right one.
    const uscc = page.getByLabel('统一社会信用代码');
    await uscc.fill('91350100m000100y44');
    await waitForVisible(page.getByText('统一社会信用代码校验位不正确，请核对营业执照'));
    expect(await uscc.inputValue()).toBe('91350100M000100Y44');
    await uscc.fill('91350100M000100Y43');
    await page.getByText('统一社会信用代码校验位不正确，请核对营业执照').waitFor({ state: 'detached' });

    await page.getByLabel('企业名称').fill(`福州智造装备有限公司${suffix}`);
    await pickInCascader(page, '注册地', ['福建省', '福州市', '鼓楼区']);
    expect(await page.locator('.ant-cascader').first().textContent()).toContain('福建省 / 福州市 / 鼓楼区');
    await pickInCascader(page, '所属行业', ['制造业', '通用设备制造业', '金属加工机械制造']);

    expect(await page.locator('.enterprise-size-pending').textContent()).toBe('填写从业人员和营业收入后自动划分');
    await page.getByLabel('从业人员（人）').fill('500');
    await page.getByLabel('上年度营业收入（万元）').fill('30000');
    await waitForVisible(sizeValue(page));
    expect(await sizeValue(page).textContent()).toBe('中型企业');
    // 1,500 staff but only 1,000 万元 revenue: both lower bounds must be met, so 小型 (the rule's own example).
    await page.getByLabel('从业人员（人）').fill('1500');
    await page.getByLabel('上年度营业收入（万元）').fill('1000');
    await page.waitForFunction(() => document.querySelector('.enterprise-size-value')?.textContent === '小型企业');
    await page.getByLabel('上年度营业收入（万元）').fill('50000');
    await page.waitForFunction(() => document.querySelector('.enterprise-size-value')?.textContent === '大型企业');
    await saveScreenshot(page, 'register-desktop');

    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL('**/account');
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await waitForContent(page);
    expect(await page.getByRole('status').filter({ hasText: '注册成功' }).textContent()).toContain(
      `福州智造装备有限公司${suffix}（大型企业）已完成注册`,
    );
    const profile = page.getByRole('region', { name: '基本信息' });
    expect(await profile.textContent()).toContain(username);
    expect(await profile.textContent()).toContain('企业用户');
    expect(await profile.textContent()).toContain(`福州智造装备有限公司${suffix}`);
    await waitForVisible(page.getByRole('button', { name: /当前用户/ }));
    await saveScreenshot(page, 'account-desktop');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('registering a USCC that is already registered shows the server message saying whom to contact', async () => {
    const uscc = makeUscc();
    const first = await fetch(`${baseUrl}/api/enterprises/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `first_${uniqueSuffix()}`,
        password: 'First-pass-2026',
        enterprise: {
          uscc,
          name: '先注册的企业',
          regionCode: '350102',
          industryCode: '34',
          employees: 50,
          revenue: 800,
        },
      }),
    });
    expect(first.status).toBe(201);

    const { page, context } = await openPage(browser, { baseUrl });
    const suffix = uniqueSuffix();
    await page.goto('/register');
    await waitForContent(page);
    await fillAccount(page, { username: `second_${suffix}`, password: `Pass-word-${suffix}` });
    await page.getByLabel('统一社会信用代码').fill(uscc);
    await page.getByLabel('企业名称').fill('后注册的企业');
    await pickInCascader(page, '注册地', ['福建省', '福州市', '台江区']);
    // A 大类 is enough: the industry picker accepts a path that stops at the division.
    await page.getByLabel('所属行业', { exact: true }).click();
    await cascaderOption(page, '制造业').click();
    await cascaderOption(page, '通用设备制造业').click();
    await page.keyboard.press('Escape');
    await page.getByLabel('从业人员（人）').fill('50');
    await page.getByLabel('上年度营业收入（万元）').fill('800');
    await page.getByRole('button', { name: '注册并登录' }).click();

    const banner = page.getByRole('alert').filter({ hasText: '该企业已注册' });
    await waitForVisible(banner);
    const message = (await banner.textContent()) ?? '';
    expect(message).toMatch(/联系/);
    await waitForVisible(page.getByText('该统一社会信用代码已注册，请见上方说明'));
    expect(page.url()).toBe(`${baseUrl}/register`);
    await saveScreenshot(page, 'register-duplicate-desktop');
    await context.close();
  });

  it('the registration form fits a phone and shows every problem when sent empty', async () => {
    const { page, context } = await openPage(browser, { baseUrl, viewport: phoneViewport });
    await page.goto('/register');
    await waitForContent(page);
    await page.getByRole('button', { name: '注册并登录' }).click();
    await waitForVisible(page.getByText('请输入统一社会信用代码'));
    for (const message of ['请输入用户名', '请输入密码', '请选择注册地（省 / 市 / 区县）', '请输入从业人员数']) {
      expect(await page.getByText(message, { exact: true }).isVisible()).toBe(true);
    }
    expect(await measureHorizontalOverflow(page)).toBe(0);
    await saveScreenshot(page, 'register-phone');
    await context.close();
  });
});
