import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(() => e?.close());

const UNIT = '中共云州市委办公室'; // in 第一片区
const TITLE = `关于报送机关党建工作情况的通知（e2e${process.pid}）`;
const TASK = `报送上半年机关党建工作情况（e2e${process.pid}）`;

async function pickInForm(page: Page, label: string, option: string) {
  const item = page.locator('.ant-form-item', { has: page.locator(`label[title="${label}"]`) });
  await item.locator('.ant-select').first().click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

async function fillDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}

describe('文件任务: notice with a task → report → return → resubmit → accept → heat map', () => {
  it('runs the whole path for the committee and a unit of the area', async () => {
    const staff = await e.newPage(DESKTOP);
    await e.login(staff, e.account('committee_staff'));

    // Staff drafts a notice to 第一片区.
    await staff.goto(`${e.baseUrl}/documents/new`);
    await staff.getByLabel('标题', { exact: true }).fill(TITLE);
    await staff.locator('label.ant-radio-button-wrapper', { hasText: '按片区' }).click();
    await pickInForm(staff, '片区', '第一片区');
    await staff.locator('textarea').first().fill('为全面掌握机关党建工作进展，请各单位按要求报送有关情况。');
    await e.screenshot(staff, 'documents-form-desktop');
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff.getByTestId('document-paper').waitFor();

    // … attaches a task, then issues the notice (numbered, sent, task dispatched).
    await staff.getByRole('button', { name: '添加任务' }).click();
    await staff.getByLabel('标题', { exact: true }).fill(TASK);
    await fillDate(staff, '截止日期', '2099-12-31');
    await staff.locator('label.ant-radio-button-wrapper', { hasText: '按片区' }).click();
    await pickInForm(staff, '片区', '第一片区');
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff.getByRole('link', { name: TASK }).waitFor();
    await staff.getByRole('button', { name: '编号印发' }).click();
    await staff.locator('.ant-popconfirm').getByRole('button', { name: '编号印发' }).click();
    await staff.getByText(/已印发，文号：市直工委〔\d{4}〕\d+号/).waitFor();
    await e.screenshot(staff, 'documents-detail-desktop');

    // The unit admin (on a phone) sees the notice and the task, and reports.
    const unit = await e.newPage(PHONE);
    await e.login(
      unit,
      e.account('unit_admin', (a) => a.unit === UNIT),
    );
    await unit.goto(`${e.baseUrl}/documents`);
    await unit.getByRole('link', { name: TITLE }).click();
    await unit.getByTestId('document-paper').waitFor();
    await e.screenshot(unit, 'documents-received-phone');
    await unit.goto(`${e.baseUrl}/tasks`);
    await unit.getByRole('link', { name: TASK }).click();
    await unit.getByLabel('报送内容').fill('上半年召开中心组学习会4次。');
    await e.screenshot(unit, 'tasks-report-phone');
    await unit.getByRole('button', { name: /^报\s*送$/ }).click();
    await unit.getByText('已报送，等待工委审核').waitFor();

    // Staff returns it with a reason.
    await staff.goto(`${e.baseUrl}/tasks`);
    await staff.getByRole('link', { name: TASK }).click();
    await staff
      .getByTestId('heat-matrix')
      .locator('tr', { hasText: '市委办' })
      .locator('[data-state="review"]')
      .click();
    await staff.getByPlaceholder('请写明退回理由，单位将看到').fill('请补充学习专题和参加人数');
    await staff.getByRole('button', { name: /退\s*回/ }).click();
    await staff.getByText('已处理').waitFor();

    // The unit sees the reason and resubmits.
    await unit.reload();
    await unit.getByText('请补充学习专题和参加人数').first().waitFor();
    await unit.getByLabel('报送内容').fill('上半年召开中心组学习会4次，专题为学习型党组织建设，参加42人次。');
    await unit.getByRole('button', { name: /重新报送/ }).click();
    await unit.getByText('已报送，等待工委审核').waitFor();

    // Staff accepts; the timeline shows the whole path.
    await staff.reload();
    await staff.getByRole('button', { name: /审核通过/ }).click();
    await staff.getByText('已处理').waitFor();
    for (const kind of ['报送', '退回', '审核通过'])
      expect(await staff.locator('.ant-timeline').getByText(kind, { exact: true }).count()).toBeGreaterThan(
        0,
      );
    await e.screenshot(staff, 'tasks-slot-desktop');

    // The heat map shows the unit done.
    await staff.goto(`${e.baseUrl}/tasks`);
    await staff.getByRole('link', { name: TASK }).click();
    const row = staff.getByTestId('heat-matrix').locator('tr', { hasText: '市委办' });
    await row.locator('[data-state="done"]').waitFor();
    await e.screenshot(staff, 'tasks-heatmap-desktop');

    const phone = await e.newPage(PHONE);
    await e.login(phone, e.account('committee_staff'));
    await phone.goto(staff.url());
    await phone.getByTestId('heat-matrix').waitFor();
    await e.screenshot(phone, 'tasks-heatmap-phone');
  });

  it('shows the 2010 “168” rollout with its laggards, and the year’s progress view', async () => {
    const staff = await e.newPage(DESKTOP);
    await e.login(staff, e.account('committee_staff'));
    await staff.goto(`${e.baseUrl}/excellence`);
    await staff.getByText('“168”党建工作机制').first().click();
    await staff.getByTestId('heat-matrix').waitFor();
    expect(await staff.locator('[data-state="not_started"]').count()).toBeGreaterThan(0);
    expect(await staff.locator('[data-state="done"]').count()).toBeGreaterThan(0);
    await e.screenshot(staff, 'excellence-matrix-desktop');
    await staff.goto(`${e.baseUrl}/tasks/progress?year=2010`);
    await staff.getByTestId('heat-matrix').waitFor();
    expect(await staff.locator('[data-state="missing"]').count()).toBeGreaterThan(0);
    await e.screenshot(staff, 'tasks-progress-desktop');
    // At 390 px the year's heat map scrolls sideways inside the table, the unit column stays put
    // and the legend stays on screen above it.
    const narrow = await e.newPage(PHONE);
    await e.login(narrow, e.account('committee_staff'));
    await narrow.goto(`${e.baseUrl}/tasks/progress?year=2010`);
    await narrow.getByTestId('heat-matrix').waitFor();
    await expect.poll(() => narrow.getByTestId('matrix-legend').isVisible()).toBe(true);
    const legendBox = await narrow.getByTestId('matrix-legend').boundingBox();
    expect(legendBox!.x).toBeGreaterThanOrEqual(0);
    expect(legendBox!.x + legendBox!.width).toBeLessThanOrEqual(390);
    const body = narrow.getByTestId('heat-matrix').locator('.ant-table-content, .ant-table-body').first();
    const sizes = await body.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const firstUnit = narrow
      .getByTestId('heat-matrix')
      .locator('tbody td.ant-table-cell-fix-start, tbody td.ant-table-cell-fix-left')
      .first();
    const before = await firstUnit.boundingBox();
    await body.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await narrow.waitForTimeout(200);
    const after = await firstUnit.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    expect(await firstUnit.isVisible()).toBe(true);
    await e.screenshot(narrow, 'tasks-progress-phone-scrolled');
    // A unit reports one element of “168” on a phone; staff confirm it in the review queue.
    const unit = await e.newPage(PHONE);
    await e.login(
      unit,
      e.account('unit_admin', (a) => a.unit === UNIT),
    );
    await unit.goto(`${e.baseUrl}/documents`);
    await unit.getByRole('link', { name: /学习型党组织建设的实施意见/ }).waitFor();
    await e.screenshot(unit, 'documents-list-phone');
    await unit.goto(`${e.baseUrl}/excellence`);
    await unit.getByText('“168”党建工作机制').first().click();
    const row = unit
      .locator('.ant-list-item', { has: unit.getByRole('button', { name: /填\s*报/, disabled: false }) })
      .first();
    // The title is [group, name] in a Space; the review queue shows "group · name".
    const element = (
      (await row.locator('.ant-list-item-meta-title .ant-space-item').last().textContent()) ?? ''
    ).trim();
    await row.getByRole('button', { name: /填\s*报/ }).click();
    await unit.locator('label.ant-radio-button-wrapper', { hasText: '已落实' }).click();
    await unit.getByLabel('落实情况及佐证').fill('已制定制度并在支部党员大会上通过，见会议记录。');
    await e.screenshot(unit, 'excellence-sheet-phone');
    await unit.getByRole('button', { name: /报\s*送/ }).click();
    await unit.getByText('已报送，等待工委确认').waitFor();
    await staff.goto(`${e.baseUrl}/excellence`);
    await staff.getByText('“168”党建工作机制').first().click();
    await staff.getByText('待审核的落实情况').click();
    const item = staff
      .locator('.ant-list-item', { hasText: '市委办公室' })
      .filter({ hasText: element })
      .first();
    await item.getByRole('button', { name: /审核通过/ }).click();
    await staff.getByText('已处理').waitFor();

    const phone = await e.newPage(PHONE);
    await e.login(phone, e.account('committee_staff'));
    await phone.goto(`${e.baseUrl}/`);
    await phone
      .getByText(/项报送待审核/)
      .first()
      .waitFor();
    await e.screenshot(phone, 'documents-workbench-phone');
  });
});
