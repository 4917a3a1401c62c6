import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ApiSession,
  createUserWithOrganization,
  registerEnterprise,
  signInThroughPage,
  uniqueSuffix,
} from './support/accounts.js';
import { launchBrowser } from './support/browser.js';
import {
  findSeriousAccessibilityViolations,
  openPage,
  phoneViewport,
  saveScreenshot,
  screenshotDir,
  waitForAnimations,
  waitForContent,
  waitForVisible,
} from './support/pages.js';

const baseUrl = inject('baseUrl');

/** A signed-in API client for fixtures that need headers (If-Match) or multipart bodies. */
class Client {
  private readonly cookies = new Map<string, string>();

  static async signIn(username: string, password: string): Promise<Client> {
    const client = new Client();
    const answer = await client.send('POST', '/api/auth/login', { body: { username, password } });
    if (answer.status !== 200) throw new Error(`sign-in as ${username} answered ${answer.status}`);
    return client;
  }

  async send<T = Record<string, unknown>>(
    method: string,
    apiPath: string,
    { body, headers = {}, form }: { body?: unknown; headers?: Record<string, string>; form?: FormData } = {},
  ): Promise<{ status: number; body: T }> {
    const all: Record<string, string> = { accept: 'application/json', ...headers };
    if (body !== undefined) all['content-type'] = 'application/json';
    if (this.cookies.size > 0) all.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('csrf');
    if (csrf && method !== 'GET') all['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${baseUrl}${apiPath}`, {
      method,
      headers: all,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const separator = pair.indexOf('=');
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async expect<T = Record<string, unknown>>(status: number, method: string, apiPath: string, options = {}) {
    const answer = await this.send<T>(method, apiPath, options);
    if (answer.status !== status)
      throw new Error(`${method} ${apiPath} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}

/** Builds an application from the first example of every property in the call's JSON Schema (CONTRACT.md). */
function dataFromExamples(schema: Record<string, unknown>): Record<string, unknown> {
  const build = (node: Record<string, unknown>): unknown => {
    if (Array.isArray(node.examples)) return node.examples[0];
    if (node.type === 'object' || node.properties) {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, build(child)]));
    }
    if (node.type === 'array') {
      const count = Math.max(1, Number(node.minItems ?? 1));
      return Array.from({ length: count }, () => build(node.items as Record<string, unknown>));
    }
    return null;
  };
  return build(schema) as Record<string, unknown>;
}

/** A real PNG (a blue block with a lighter band), so the figure thumbnail shows something. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, y) => {
    const band = y > height / 3 && y < (height * 2) / 3;
    const pixel = band ? [120, 170, 230] : [11, 74, 139];
    return Buffer.from([0, ...Array.from({ length: width }, () => pixel).flat()]);
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const completeProfile = {
  ownershipType: '民营',
  address: '福州市鼓楼区五四路 100 号',
  legalRepresentative: '张建国',
  contactName: '李明',
  contactPhone: '0591-87654321',
};

let browser: Browser;
let tempDir: string;
let pdfFile: string;
let pngFile: string;
let enterprise: { username: string; password: string };
let client: Client;
let callId: string;
let applicationId: string;
let callTitle: string;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'impilot-application-'));
  pdfFile = path.join(tempDir, '营业执照副本.pdf');
  fs.writeFileSync(
    pdfFile,
    Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]),
  );
  pngFile = path.join(tempDir, '产线布局.png');
  fs.writeFileSync(pngFile, makePng(160, 100));

  const admin = await ApiSession.signInAsAdmin(baseUrl);
  const officeUser = await createUserWithOrganization(admin, { type: 'office', level: 'national', role: 'office' });
  const office = await Client.signIn(officeUser.username, officeUser.password);
  callTitle = `2026年度智能制造优秀场景申报${uniqueSuffix()}`;
  const day = 24 * 60 * 60 * 1000;
  ({ id: callId } = await office.expect<{ id: string }>(201, 'POST', '/api/calls', {
    body: {
      templateId: 'excellent-scenario',
      title: callTitle,
      year: 2026,
      catalogEdition: '2024',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 20 * day).toISOString(),
    },
  }));
  await office.expect(200, 'POST', `/api/calls/${callId}/publish`);

  const registered = await registerEnterprise(baseUrl, { regionCode: '350102', name: `福州智造装备${uniqueSuffix()}` });
  enterprise = registered;
  client = await Client.signIn(registered.username, registered.password);
  await client.expect(200, 'PATCH', `/api/enterprises/${registered.organizationId}`, {
    body: completeProfile,
    headers: { 'if-match': '1' },
  });
  ({ id: applicationId } = await client.expect<{ id: string }>(201, 'POST', `/api/calls/${callId}/applications`, {
    body: { scenarioCodes: ['2024-01'] },
  }));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

const editorPath = () => `/applications/${applicationId}`;
const saveStatus = (on: Page) => on.getByRole('status', { name: '保存状态' });
const introduction = (on: Page) => on.getByRole('textbox', { name: '企业简介', exact: true });
type StoredApplication = {
  version: number;
  fingerprint: string;
  data: {
    overview: { introduction?: string };
    scenarios: Array<{ name: string; description: { description?: string }; equipment?: unknown[] }>;
  };
};
const serverApplication = () => client.expect<StoredApplication>(200, 'GET', `/api/applications/${applicationId}`);

async function waitForSaveStatus(on: Page, text: string) {
  await waitForVisible(saveStatus(on).filter({ hasText: new RegExp(`^${text}$`) }));
}

/** beforeunload asks before leaving with unsaved edits; the spec leaves on purpose. */
function acceptLeaving(on: Page) {
  on.on('dialog', (dialog) => void dialog.accept());
}

async function openEditor(on: Page) {
  acceptLeaving(on);
  await on.goto(editorPath());
  await waitForVisible(on.getByRole('heading', { level: 1, name: callTitle }));
  await waitForContent(on);
}

/** What the window shows (the sticky head and panels where a reader sees them), e.g. with a dialog open. */
async function saveViewportScreenshot(on: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await waitForAnimations(on);
  await on.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/** Full-page screenshots are taken from the top, so the sticky head is drawn above the form. */
async function saveTopScreenshot(on: Page, name: string) {
  await on.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(on, name);
}

/** Failed requests the spec causes on purpose (offline, 409) log to the console; anything else is a bug. */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((error) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error));

describe('application editor', () => {
  it('opens the draft, counts words live, flags an over-limit text without truncating it, and saves', async () => {
    ({ page, context, pageErrors } = await openPage(browser, { baseUrl }));
    await signInThroughPage(page, enterprise);
    await waitForVisible(page.getByRole('heading', { level: 1, name: '我的账号' }));
    await openEditor(page);

    const nav = page.getByRole('navigation', { name: '申报书目录' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('申报单位基本信息'), expect.stringContaining('导出与提交')]),
    );
    expect(await page.getByRole('textbox', { name: /企业名称/ }).inputValue()).toContain('福州智造装备');
    expect(await page.getByRole('complementary', { name: '待完善事项' }).textContent()).toContain('请上传附件');
    expect({ violations: await findSeriousAccessibilityViolations(page) }).toEqual({ violations: [] });
    await saveTopScreenshot(page, 'application-editor-desktop');

    const description = page.getByRole('textbox', { name: '具体场景描述', exact: true });
    const overLimit = '智能排产'.repeat(40);
    await description.fill(overLimit);
    const counter = page.locator(`#${await description.getAttribute('id')}-counter`);
    expect(await counter.textContent()).toBe('160/150字超出 10 字');
    expect(await counter.getAttribute('class')).toContain('is-over');
    await waitForSaveStatus(page, '已保存');
    await waitForVisible(
      page.getByRole('complementary', { name: '待完善事项' }).getByRole('button', { name: /超出字数限制：160\/150字/ }),
    );
    expect((await serverApplication()).data.scenarios[0]?.description.description).toBe(overLimit);
    await description.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await saveViewportScreenshot(page, 'application-editor-over-limit-desktop');

    await page
      .getByRole('complementary', { name: '待完善事项' })
      .getByRole('button', { name: /法人代表\/负责人电话/ })
      .click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-enterprise-legalRepresentativePhone');
  }, 120_000);

  it('keeps text typed just before a reload, and text typed offline in a closed tab', async () => {
    await introduction(page).fill('公司成立于2010年，专注智能装备。');
    await page.reload();
    await waitForContent(page);
    expect(await introduction(page).inputValue()).toBe('公司成立于2010年，专注智能装备。');
    await waitForSaveStatus(page, '已保存');
    expect((await serverApplication()).data.overview.introduction).toBe('公司成立于2010年，专注智能装备。');

    await context.setOffline(true);
    await introduction(page).fill('离线时写下的简介：公司拥有三条数字化产线。');
    await waitForSaveStatus(page, '离线，已暂存在本机');
    await saveViewportScreenshot(page, 'application-editor-offline-desktop');
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);

    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    await openEditor(page);
    await waitForVisible(page.getByText('已从本机恢复未保存的修改'));
    expect(await introduction(page).inputValue()).toBe('离线时写下的简介：公司拥有三条数字化产线。');
    await waitForSaveStatus(page, '已保存');
    expect((await serverApplication()).data.overview.introduction).toBe('离线时写下的简介：公司拥有三条数字化产线。');
  }, 120_000);

  it('shows both sides when another tab saved the same field, and saves the merge', async () => {
    const other = await context.newPage();
    await openEditor(other);
    await introduction(page).fill('第一个窗口的简介。');
    await waitForSaveStatus(page, '已保存');

    await introduction(other).fill('第二个窗口的简介。');
    const dialog = other.getByRole('dialog', { name: '合并修改' });
    await waitForVisible(dialog);
    const row = dialog.getByRole('table', { name: '修改冲突对照' }).getByRole('row').filter({ hasText: '企业简介' });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toContain('第一个窗口的简介。');
    expect(cells[1]).toContain('第二个窗口的简介。');
    await waitForAnimations(other);
    expect({ violations: await findSeriousAccessibilityViolations(other) }).toEqual({ violations: [] });
    await saveViewportScreenshot(other, 'application-editor-merge-desktop');

    await dialog.getByRole('radio', { name: /采用服务器的：.*企业简介/ }).check();
    await dialog.getByRole('button', { name: '合并并保存' }).click();
    await waitForSaveStatus(other, '已保存');
    expect(await introduction(other).inputValue()).toBe('第一个窗口的简介。');
    await introduction(other).fill('合并后再改的简介。');
    await waitForSaveStatus(other, '已保存');
    expect((await serverApplication()).data.overview.introduction).toBe('合并后再改的简介。');
    await other.close();
    await page.reload();
    await waitForContent(page);
  }, 120_000);

  it('adds a catalogue scenario and a named one, reorders and removes them, and adds, reorders and removes table rows', async () => {
    const scenarios = page.locator('#section-scenarios');
    await scenarios.getByRole('button', { name: '+ 添加场景' }).click();
    const picker = page.getByRole('dialog', { name: '添加场景' });
    await waitForVisible(picker);
    await picker.getByLabel('从场景目录选择').fill('2024-02');
    await waitForVisible(page.locator('.ant-select-dropdown .ant-select-item-option').first());
    await saveViewportScreenshot(page, 'application-editor-scenario-picker-desktop');
    await picker.getByLabel('从场景目录选择').press('Enter');
    await picker.getByLabel('自主申报场景名称').fill('基于大模型的工艺参数推荐');
    await picker.getByRole('button', { name: /^添\s*加$/ }).click();
    await waitForVisible(scenarios.getByRole('heading', { level: 3, name: '场景3：基于大模型的工艺参数推荐' }));
    const second = (await scenarios.getByRole('heading', { level: 3, name: /^场景2：/ }).textContent()) ?? '';

    await scenarios.getByRole('button', { name: '上移 场景3：基于大模型的工艺参数推荐' }).click();
    await waitForVisible(scenarios.getByRole('heading', { level: 3, name: '场景2：基于大模型的工艺参数推荐' }));
    await scenarios.getByRole('button', { name: `删除场景 ${second.replace('场景2', '场景3')}` }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^删\s*除$/ })
      .click();
    // The removal renders once the confirmation closes; count after it, not before.
    await expect.poll(() => scenarios.getByRole('heading', { level: 3 }).count(), { timeout: 10_000 }).toBe(2);

    const firstScenario = page.locator('#field-scenarios-0');
    await firstScenario.getByRole('button', { name: '+ 添加一行' }).click();
    const equipmentName = (row: number) =>
      firstScenario.getByRole('textbox', { name: `第${row}行 关键技术装备、软件/系统名称` });
    await equipmentName(1).fill('五轴加工中心');
    // A second row moved above the first; an empty third row goes at once, a filled one after confirming.
    await firstScenario.getByRole('button', { name: '+ 添加一行' }).click();
    await equipmentName(2).fill('工业机器人');
    await firstScenario.getByRole('button', { name: '上移 第2行' }).click();
    expect(await equipmentName(1).inputValue()).toBe('工业机器人');
    expect(await equipmentName(2).inputValue()).toBe('五轴加工中心');
    expect(await firstScenario.getByRole('button', { name: '上移 第1行' }).isDisabled()).toBe(true);
    await firstScenario.getByRole('button', { name: '+ 添加一行' }).click();
    await waitForVisible(equipmentName(3));
    await firstScenario.getByRole('button', { name: '删除此行 第3行' }).click();
    await equipmentName(3).waitFor({ state: 'detached' });
    await waitForSaveStatus(page, '已保存');
    expect((await serverApplication()).data.scenarios[0]?.equipment).toEqual([
      { name: '工业机器人' },
      { name: '五轴加工中心' },
    ]);
    await firstScenario.getByRole('button', { name: '删除此行 第1行' }).click();
    const confirmRow = page.locator('.ant-popconfirm').filter({ hasText: '删除第1行？' });
    await waitForVisible(confirmRow);
    await confirmRow.getByRole('button', { name: /^删\s*除$/ }).click();
    await equipmentName(2).waitFor({ state: 'detached' });
    expect(await equipmentName(1).inputValue()).toBe('五轴加工中心');
    await waitForSaveStatus(page, '已保存');
    const stored = (await serverApplication()).data.scenarios;
    expect(stored.map((entry) => entry.name)).toEqual([expect.any(String), '基于大模型的工艺参数推荐']);
    expect(stored[0]?.equipment).toEqual([{ name: '五轴加工中心' }]);
  }, 120_000);

  it('inserts a figure at the cursor, uploads the licence, exports, uploads the stamped scan and submits', async () => {
    const schema = await client.expect<Record<string, unknown>>(200, 'GET', `/api/calls/${callId}/form-schema`);
    const { version } = await serverApplication();
    await client.expect(200, 'PATCH', `/api/applications/${applicationId}`, {
      body: { data: dataFromExamples(schema) },
      headers: { 'if-match': String(version) },
    });
    await page.reload();
    await waitForContent(page);

    const technical = page.getByRole('textbox', { name: '采用的技术方案（包括供应商）' });
    await technical.fill('采用数字孪生平台进行产线仿真。');
    await technical.press('End');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '插入配图' }).click(),
    ]);
    await chooser.setFiles(pngFile);
    await page.waitForFunction(() =>
      (
        document.getElementById('field-scenarios-0-description-technicalSolution') as HTMLTextAreaElement | null
      )?.value.includes('](attachment:'),
    );
    expect(await technical.inputValue()).toMatch(
      /^采用数字孪生平台进行产线仿真。\n!\[图1\]\(attachment:[0-9a-f-]{36}\)\n$/,
    );
    await waitForVisible(page.getByRole('list', { name: '配图' }).getByRole('img', { name: '图1' }));
    await waitForSaveStatus(page, '已保存');

    const problems = page.getByRole('complementary', { name: '待完善事项' });
    await waitForVisible(problems.getByRole('button', { name: '请上传附件“营业执照副本”' }));
    await page.locator('#attachment-businessLicence input[type="file"]').setInputFiles(pdfFile);
    await waitForVisible(page.getByRole('status').filter({ hasText: '已上传“营业执照副本”' }));
    await waitForVisible(page.locator('#attachment-businessLicence').getByRole('link', { name: '营业执照副本.pdf' }));

    const fingerprint = (await page.getByTestId('fingerprint').textContent()) ?? '';
    expect(fingerprint).toBe((await serverApplication()).fingerprint);
    for (const [name, magic] of [
      ['导出 Word（DOCX）', 'PK'],
      ['导出 PDF', '%PDF-'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      const bytes = fs.readFileSync((await download.path()) ?? '');
      expect(bytes.subarray(0, magic.length).toString()).toBe(magic);
      expect(download.suggestedFilename()).toContain(fingerprint);
    }

    const stampedStep = page.locator('#submission-stamped');
    const typedFingerprint = stampedStep.getByRole('textbox', { name: '扫描件页脚上的文档指纹' });
    expect(await typedFingerprint.inputValue()).toBe(fingerprint);
    await typedFingerprint.fill('0000-0000-0000-0000');
    await stampedStep.getByRole('checkbox', { name: '我确认扫描件页脚的文档指纹与上方一致' }).check();
    await stampedStep.locator('input[type="file"]').setInputFiles(pdfFile);
    await waitForVisible(stampedStep.getByRole('alert').filter({ hasText: '不一致' }));
    await typedFingerprint.fill(fingerprint);
    await stampedStep.locator('input[type="file"]').setInputFiles(pdfFile);
    await waitForVisible(stampedStep.getByText(`已上传盖章扫描件，文档指纹 ${fingerprint} 与当前内容一致。`));

    await waitForVisible(problems.getByText('没有待完善的事项'));
    await page.locator('#section-submission').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveViewportScreenshot(page, 'application-editor-ready-desktop');
    await page.getByRole('button', { name: '提交申报书' }).click();
    const confirm = page.getByRole('dialog', { name: '确认提交申报书？' });
    await waitForVisible(confirm);
    await saveViewportScreenshot(page, 'application-editor-submit-confirm-desktop');
    await confirm.getByRole('button', { name: '提交申报书' }).click();
    await waitForVisible(page.getByText(/^申报书已于 .+ 提交，内容已锁定/));
    await waitForVisible(page.locator('.app-editor-header').getByText('已提交', { exact: true }));
    expect(await page.getByRole('textbox', { name: '企业简介', exact: true }).count()).toBe(0);
    await saveTopScreenshot(page, 'application-editor-submitted-desktop');

    // The export's QR code opens the application with its fingerprint: the current one is confirmed, an old one is
    // called out.
    await page.goto(`/applications/${applicationId}?fp=${fingerprint}`);
    await waitForContent(page);
    const verified = page.getByRole('status').filter({ hasText: '扫码核验' });
    await waitForVisible(verified);
    expect(await verified.textContent()).toContain(`导出件指纹 ${fingerprint} 与申报书当前版本一致`);
    expect(await verified.textContent()).toContain('已上传的盖章扫描件也是这一版本');
    await page.goto(`/applications/${applicationId}?fp=0000-0000-0000-0000`);
    await waitForContent(page);
    const stale = page.getByRole('alert').filter({ hasText: '扫码核验' });
    await waitForVisible(stale);
    expect(await stale.textContent()).toContain(`不是申报书的当前版本（当前指纹 ${fingerprint}）`);
    await saveTopScreenshot(page, 'application-fingerprint-check-desktop');
    await page.goto(`/applications/${applicationId}`);
    await waitForContent(page);
  }, 120_000);

  it('withdraws with a reason, shows a version against the current content and restores it', async () => {
    await page.getByRole('button', { name: /^撤\s*回$/ }).click();
    const withdraw = page.getByRole('dialog', { name: '撤回申报书' });
    await waitForVisible(withdraw);
    await withdraw.getByLabel('撤回理由').fill('补充实施成果数据');
    await withdraw.getByRole('button', { name: /^撤\s*回$/ }).click();
    await waitForVisible(page.locator('.app-editor-header').getByText('已撤回', { exact: true }));
    await waitForVisible(introduction(page));

    await page.getByRole('button', { name: '历史版本' }).click();
    const drawer = page.getByRole('dialog', { name: '历史版本' });
    await waitForVisible(drawer);
    await drawer.getByRole('button', { name: /创建/ }).click();
    await waitForVisible(drawer.locator('.app-diff-item').first());
    expect(await drawer.locator('.app-diff-item ins').count()).toBeGreaterThan(0);
    await saveViewportScreenshot(page, 'application-editor-history-desktop');

    await drawer.getByRole('button', { name: '恢复此版本' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复此版本' }).click();
    await waitForVisible(page.getByText(/^已恢复为版本 1$/));
    expect(await introduction(page).inputValue()).toBe('');
    expect((await serverApplication()).data.overview.introduction ?? '').toBe('');
    expect(unexpectedErrors(pageErrors)).toEqual([]);
  }, 120_000);

  it('fits a phone screen', async () => {
    const phone = await openPage(browser, { baseUrl, viewport: phoneViewport });
    await signInThroughPage(phone.page, enterprise);
    await waitForVisible(phone.page.getByRole('heading', { level: 1, name: '我的账号' }));
    await openEditor(phone.page);
    // A phone widens its layout viewport to fit overflowing content, so the page must be exactly the screen's width.
    expect(
      await phone.page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth - window.innerWidth]),
    ).toEqual([phoneViewport.width, 0]);
    await saveTopScreenshot(phone.page, 'application-editor-phone');
    expect(unexpectedErrors(phone.pageErrors)).toEqual([]);
    await phone.context.close();
  }, 120_000);
});
