import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const WINDOW_UNIT = '云州市信访局';
const DESCRIPTION = `窗口人员脱岗，群众等候无人接待（e2e${process.pid}）`;
const FINDINGS = `接待窗口无人值守约20分钟（e2e${process.pid}）`;
const PNG = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ws-e2e-')), 'evidence.png');
fs.writeFileSync(
  PNG,
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
);

async function pickOption(page: Page, label: string, search: string, option = search) {
  const item = page.locator('.ant-drawer .ant-form-item', { has: page.locator(`label[title="${label}"]`) });
  // A click during the drawer's slide-in can land on an option that is still moving and select
  // nothing (seen once: 问题类别 empty, the save refused by the form). So wait for the drawer to
  // stop moving, and check the durable state — the value shown in the field — before going on.
  await settle(page.locator('.ant-drawer-open .ant-drawer-content-wrapper').last());
  const chosen = item.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await item.locator('.ant-select').click();
    await page.keyboard.type(search);
    await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    const ok = await chosen
      .first()
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (ok) return;
    if (attempt === 2) throw new Error(`「${label}」: option ${option} was clicked but not selected`);
  }
}

/** Waits for the CSS transitions and animations of an element (and inside it) to finish. */
async function settle(locator: Locator) {
  await locator.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}

/** Saves the form of the open drawer, waits for the API's answer, then for the drawer to go away. */
async function saveDrawer<T = { id: number }>(page: Page, method: string, path: RegExp) {
  const drawer = page.locator('.ant-drawer-open').last();
  const body = await apiCall<T>(page, method, path, () =>
    drawer.getByRole('button', { name: /保\s*存/ }).click(),
  );
  await page.locator('.ant-drawer-open form').waitFor({ state: 'detached' });
  return body;
}

/** A screenshot once the page has settled: no request in flight, no spinner, no open picker. */
async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'hidden' });
  await page
    .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
    .first()
    .waitFor({ state: 'hidden' });
  await e.screenshot(page, name);
}

/** Types a date (or time) into an antd picker and confirms it. */
async function pickDate(page: Page, label: string | Locator, value: string) {
  const input = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : label;
  await input.click();
  await input.fill(value);
  // Tab, not Enter: Enter inside a form submits it.
  await input.press('Tab');
}

/** Waits for the answer of an API call started by `action`, and fails with its body unless it is 200. */
async function apiCall<T>(page: Page, method: string, path: RegExp, action: () => Promise<void>) {
  const response = page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
    { timeout: 15_000 },
  );
  // Handled here too, so a failing action does not leave the wait as an unhandled rejection.
  response.catch(() => undefined);
  await action();
  const res = await response.catch(async (error) => {
    // No request went out (a form refused to submit?): keep a picture of why.
    await e.screenshot(page, `work-style-failed-${method}-${path.source.replace(/\W+/g, '_')}`);
    throw error;
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

async function stats(page: Page) {
  const res = await page.request.get(`${e.baseUrl}/api/problems/stats`);
  return (await res.json()) as { total: number; done: number; byStatus: { key: string; count: number }[] };
}

describe('作风建设: 暗访 → problem → feedback → rectification → verification → 销号', () => {
  it('runs the whole path across the committee and the unit, and the statistics follow', async () => {
    const staff = await e.newPage(DESKTOP);
    await e.login(staff, e.account('committee_staff'));
    const before = await stats(staff);

    // Staff records an 暗访 at a window unit.
    await staff.goto(`${e.baseUrl}/work-style/unannounced`);
    await staff.getByRole('button', { name: '登记暗访' }).click();
    await pickOption(staff, '单位', '信访', WINDOW_UNIT);
    await pickDate(staff, '时间', '10:30');
    await staff.getByLabel('暗访人员').fill('群工部 张明、李华');
    await staff.getByLabel('走访记录').fill('上午10时30分进入信访接待大厅');
    await staff.getByLabel('发现问题', { exact: true }).fill(FINDINGS);
    await shot(staff, 'work-style-unannounced-form-desktop');
    await saveDrawer(staff, 'POST', /^\/api\/work-style\/visits$/);
    // Durable state, not the toast: the new 暗访 is a row of the list.
    const visitRow = staff.getByRole('row').filter({ hasText: FINDINGS });
    await visitRow.waitFor();

    // … and registers the problem it found, linked to the 暗访.
    await visitRow.getByRole('button', { name: '登记发现的问题' }).click();
    await pickOption(staff, '问题类别', '工作纪律');
    await staff.getByLabel('问题描述').fill(DESCRIPTION);
    // The "操作成功：ZF…" toast lasts 3 s and the save refetches every list behind it, so the
    // test waits on the answer of the POST (the code) and then on the register's row instead.
    const created = await saveDrawer<{ id: number; code: string }>(staff, 'POST', /^\/api\/problems$/);
    expect(created.code).toMatch(/^ZF\d{4}-\d{3}$/);
    await staff.getByLabel('问题描述').waitFor({ state: 'hidden' });
    await visitRow.getByRole('cell', { name: '1', exact: true }).waitFor();
    await shot(staff, 'work-style-unannounced-desktop');

    // Feeds it back from the register.
    await staff.goto(`${e.baseUrl}/work-style?q=${encodeURIComponent(DESCRIPTION)}`);
    const problemRow = staff.getByRole('row').filter({ hasText: created.code });
    await problemRow.waitFor();
    await problemRow.getByRole('checkbox').check({ force: true });
    await staff.getByRole('button', { name: /批量反馈/ }).click();
    await apiCall(staff, 'POST', /^\/api\/problems\/feedback$/, () =>
      staff.getByRole('dialog').getByRole('button', { name: '反馈单位' }).click(),
    );
    await problemRow.getByText('待报措施').waitFor();
    await shot(staff, 'work-style-problems-desktop');

    // The unit admin answers on a phone: measures, then progress with evidence, then asks for verification.
    const unit = await e.newPage(PHONE);
    await e.login(
      unit,
      e.account('unit_admin', (a) => a.unit === WINDOW_UNIT),
    );
    await unit.getByText(/作风问题待整改/).waitFor();
    await unit
      .getByRole('link', { name: new RegExp(DESCRIPTION.slice(0, 10)) })
      .first()
      .click();
    await unit.getByLabel('整改措施').fill('一、重新排定窗口值班表；二、实行离岗登记；三、纳入月度考核');
    await unit.getByLabel('责任领导').fill('刘副局长');
    await unit.getByLabel('责任人', { exact: true }).fill('接待科科长');
    await pickDate(unit, '整改时限', '2030-12-31');
    await shot(unit, 'work-style-rectify-phone');
    await apiCall(unit, 'PUT', /\/rectification$/, () =>
      unit.getByRole('button', { name: '整改措施' }).click(),
    );
    await unit.getByRole('heading').getByText('已报措施').waitFor();
    await unit.getByLabel('进展情况').fill('值班表已调整并上墙公示');
    await unit.locator('input[type=file]').setInputFiles(PNG);
    await unit.getByText('evidence.png').waitFor();
    await apiCall(unit, 'POST', /\/progress$/, () =>
      unit.getByRole('button', { name: '报告整改进展' }).click(),
    );
    await unit.getByRole('heading').getByText('整改中').waitFor();
    await apiCall(unit, 'POST', /\/request-verification$/, () =>
      unit.getByRole('button', { name: '申请验收' }).click(),
    );
    await unit.getByRole('heading').getByText('待验收').waitFor();
    await shot(unit, 'work-style-problem-phone');

    // Staff verifies and closes it.
    await staff.goto(`${e.baseUrl}/work-style?q=${encodeURIComponent(DESCRIPTION)}`);
    await staff.getByRole('link', { name: created.code }).click();
    await staff.waitForURL(`**/work-style/problems/${created.id}`);
    await apiCall(staff, 'POST', /\/verify$/, () => staff.getByRole('button', { name: '验收通过' }).click());
    await staff.getByRole('heading').getByText('验收通过').waitFor();
    await staff.getByRole('button', { name: /^销\s*号$/ }).click();
    await apiCall(staff, 'POST', /\/close$/, () => staff.getByRole('button', { name: /确\s*定|OK/ }).click());
    await staff.getByRole('heading').getByText('已销号').waitFor();
    await shot(staff, 'work-style-problem-closed-desktop');

    const after = await stats(staff);
    expect(after.total).toBe(before.total + 1);
    expect(after.done).toBe(before.done + 1);
    const closed = (s: typeof before) => s.byStatus.find((b) => b.key === 'closed')?.count ?? 0;
    expect(closed(after)).toBe(closed(before) + 1);

    await staff.goto(`${e.baseUrl}/work-style/stats`);
    await staff.getByText('按问题类别').first().waitFor();
    await staff.locator('canvas').first().waitFor();
    await shot(staff, 'work-style-stats-desktop');
    await unit.goto(`${e.baseUrl}/work-style/ledger`);
    await unit.getByText('整改台账').first().waitFor();
    await shot(unit, 'work-style-ledger-phone');
    await staff.close();
    await unit.close();
  });
});

describe('作风建设: the committee sets up a campaign, a team, a review meeting, a commitment and its check', () => {
  it('saves each form and shows the record where it belongs', async () => {
    const staff = await e.newPage(DESKTOP);
    const me = e.account('committee_staff');
    await e.login(staff, me);
    const NAME = `2011年机关作风建设年（e2e${process.pid}）`;

    await staff.goto(`${e.baseUrl}/work-style/campaigns`);
    await staff.getByRole('button', { name: '新建活动' }).click();
    await staff.getByLabel('活动名称').fill(NAME);
    await staff.getByLabel('年度').fill('2011');
    await pickDate(staff, '开始日期', '2011-03-01');
    await pickDate(staff, '结束日期', '2011-12-31');
    await staff.getByRole('button', { name: '添加阶段' }).click();
    // A phase outside the campaign: the server's 400 lands on the phase's own field.
    await pickDate(staff, staff.getByLabel('开始日期', { exact: true }).nth(1), '2011-02-01');
    await pickDate(staff, staff.getByLabel('结束日期', { exact: true }).nth(1), '2011-04-30');
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff
      .locator('.ant-form-item', { has: staff.locator('#phases_0_startOn') })
      .getByText('阶段日期须在活动起止日期之内')
      .waitFor();
    await pickDate(staff, staff.getByLabel('开始日期', { exact: true }).nth(1), '2011-03-01');
    await staff.getByRole('button', { name: '添加文件' }).click();
    await staff.getByPlaceholder('文件标题').fill('关于深入开展机关作风建设年活动的通知');
    await staff.getByPlaceholder('发文字号').fill('云直工发〔2011〕3号');
    await staff.getByRole('button', { name: '全部单位' }).click();
    await shot(staff, 'work-style-campaign-form-desktop');
    await saveDrawer(staff, 'POST', /^\/api\/work-style\/campaigns$/);
    const card = staff.locator('.ant-card').filter({ hasText: NAME }).first();
    await card.getByText('《关于深入开展机关作风建设年活动的通知》（云直工发〔2011〕3号）').waitFor();

    // A research team with its leader from the committee.
    // Let the campaign list's refetch land first: a re-render of the card while the drawer opens can
    // reset its form (seen in CI: the name typed during the slide-in was gone at save).
    await staff.waitForLoadState('networkidle');
    await card.getByRole('button', { name: '新建调研组' }).click();
    await pickOption(staff, '组长', me.displayName);
    await staff.getByLabel('调研组名称').fill('第一调研组');
    expect(await staff.getByLabel('调研组名称').inputValue()).toBe('第一调研组');
    await saveDrawer(staff, 'POST', /^\/api\/work-style\/teams$/);
    await card
      .getByRole('row')
      .filter({ hasText: '第一调研组' })
      .filter({ hasText: me.displayName })
      .waitFor();

    // A review meeting (点评会).
    await card.getByRole('button', { name: '登记点评会' }).click();
    await staff.getByLabel('会议名称').fill('一季度作风建设点评会');
    await staff.getByLabel('主持（点评）人').fill('工委书记');
    await saveDrawer(staff, 'POST', /^\/api\/work-style\/reviews$/);
    await card.getByText('一季度作风建设点评会').waitFor();
    await shot(staff, 'work-style-campaigns-desktop');

    // A public commitment with two items, then a check: one kept, one not.
    const ITEM = `群众来访当日登记、七日内答复（e2e${process.pid}）`;
    await staff.goto(`${e.baseUrl}/work-style/commitments`);
    await staff.getByRole('button', { name: '登记承诺' }).click();
    await pickOption(staff, '承诺单位', '信访', WINDOW_UNIT);
    await staff.getByLabel('第1项').fill(ITEM);
    await staff.getByRole('button', { name: '添加一项' }).click();
    await staff.getByLabel('第2项').fill('窗口人员挂牌上岗');
    await shot(staff, 'work-style-commitment-form-desktop');
    await saveDrawer(staff, 'POST', /^\/api\/commitments$/);
    const row = staff.getByRole('row').filter({ hasText: ITEM });
    await row.getByText('未检查').waitFor();
    await row.getByRole('button', { name: '跟踪检查' }).click();
    const drawer = staff.locator('.ant-drawer-open');
    await drawer.getByText('未兑现').nth(1).click();
    await drawer.getByLabel('第2项情况说明').fill('两名窗口人员未挂牌');
    await shot(staff, 'work-style-commitment-check-desktop');
    await saveDrawer(staff, 'POST', /\/checks$/);
    await row.getByText('兑现 1/2').waitFor();
    await shot(staff, 'work-style-commitments-desktop');

    // The problem categories.
    await staff.goto(`${e.baseUrl}/work-style/categories`);
    await staff.getByRole('button', { name: '添加类别' }).click();
    await staff.getByRole('textbox').last().fill('窗口服务');
    await apiCall(staff, 'PUT', /^\/api\/problems\/categories$/, () =>
      staff.getByRole('button', { name: /保\s*存/ }).click(),
    );
    const categories = await (await staff.request.get(`${e.baseUrl}/api/problems/categories`)).json();
    expect(categories).toContain('窗口服务');
    await shot(staff, 'work-style-categories-desktop');

    // The same pages on a phone.
    const phone = await e.newPage(PHONE);
    await e.login(phone, me);
    await phone.goto(`${e.baseUrl}/work-style/campaigns`);
    await phone.getByText(NAME).waitFor();
    await shot(phone, 'work-style-campaigns-phone');
    await phone.goto(`${e.baseUrl}/work-style/commitments`);
    await phone.getByText(ITEM).waitFor();
    await shot(phone, 'work-style-commitments-phone');
    await phone.getByRole('button', { name: '登记承诺' }).click();
    await phone.getByLabel('第1项').waitFor();
    await shot(phone, 'work-style-commitment-form-phone');
    await phone.goto(`${e.baseUrl}/work-style/visits`);
    await phone.locator('.ant-card').first().waitFor();
    // 调研走访 lists no 暗访 unless asked: the 暗访 of the first test is not among them.
    expect(await phone.getByText(FINDINGS).count()).toBe(0);
    await shot(phone, 'work-style-visits-phone');
    await staff.close();
    await phone.close();
  });
});
