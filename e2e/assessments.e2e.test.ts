import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../server/platform/clock.js';
import { type E2E, PHONE, startE2E } from './harness.js';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  clock.reset();
  await e?.close();
});

const UNITS = ['中共云州市委办公室', '云州市人民政府办公室', '中共云州市委组织部'];
const SCHEME = '2010年度窗口单位作风考评（测试）';

/** Picks an option of an antd Select (typing to search when it is searchable). */
async function pickOption(page: Page, input: Locator, text: string, multiple = false) {
  await input.click();
  if (await input.isEditable()) await input.fill(text);
  await page.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
  if (multiple) await page.keyboard.press('Escape');
}

async function scoreUnit(page: Page, unit: string, values: [string, string][]) {
  await page.getByRole('row').filter({ hasText: unit }).getByRole('button', { name: '评分' }).click();
  const drawer = page.getByRole('dialog');
  for (const [label, value] of values)
    await drawer.locator('.ant-form-item').filter({ hasText: label }).getByRole('spinbutton').fill(value);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await drawer.waitFor({ state: 'detached' });
}

describe('assessments: build → score (staff + evaluator) → rank → nominate → 公示 → final', () => {
  it('runs the whole path in the browser', async () => {
    const staffAccount = e.account('committee_staff');
    const evaluatorAccount = e.account('efficiency_evaluator');
    const staff = await e.newPage();
    await e.login(staff, staffAccount);
    await staff.goto(`${e.baseUrl}/assessments`);
    await staff.getByText('2010年度机关作风建设考评').waitFor();
    await e.screenshot(staff, 'assessments-list-desktop');
    // The demo's joint scheme is in progress: ballots entered for part of the units, ranking incomplete.
    await staff.getByText('2010年度机关作风建设考评').click();
    await staff.getByRole('tab', { name: '满意度测评' }).click();
    await staff.getByText('不了解').first().waitFor();
    await e.screenshot(staff, 'assessments-demo-ballots-desktop');
    await staff.getByRole('tab', { name: '结果排名' }).click();
    await staff.getByText('评分未完成').first().waitFor();
    await e.screenshot(staff, 'assessments-demo-results-desktop');
    await staff.goto(`${e.baseUrl}/assessments`);

    // Build a small scheme: two bodies, two level-1 indicators, three units.
    await staff.getByRole('button', { name: '新建考评方案' }).click();
    await staff.getByLabel('名称').fill(SCHEME);
    await staff.getByLabel('考评期').first().click();
    await staff.getByPlaceholder('开始日期').fill('2010-01-01');
    await staff.getByPlaceholder('结束日期').fill('2010-12-31');
    await staff.keyboard.press('Enter');
    await staff.getByRole('button', { name: /保\s*存/ }).click();
    await staff.waitForURL(/\/assessments\/schemes\/\d+/);
    await staff.getByText('方案为草稿').waitFor();

    await staff.getByRole('button', { name: '添加评分主体' }).click();
    await staff.getByLabel('名称').fill('市直机关工委');
    await staff.getByLabel('权重（%）').fill('60');
    await pickOption(staff, staff.getByLabel('成员'), staffAccount.displayName, true);
    await staff.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.getByRole('cell', { name: '市直机关工委' }).waitFor();
    await staff.getByRole('button', { name: '添加评分主体' }).click();
    await staff.getByLabel('名称').fill('市效能办');
    await staff.getByLabel('权重（%）').fill('40');
    await pickOption(staff, staff.getByLabel('成员'), evaluatorAccount.displayName, true);
    await staff.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.getByText('权重合计：100').waitFor();

    await staff.getByRole('button', { name: '添加一级指标' }).click();
    await staff.getByLabel('名称').fill('作风建设工作');
    await staff.getByLabel('满分').fill('60');
    await staff.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.getByRole('cell', { name: '作风建设工作' }).waitFor();
    await staff.getByRole('button', { name: '添加一级指标' }).click();
    await staff.getByLabel('名称').fill('窗口服务效能');
    await staff.getByLabel('满分').fill('40');
    await pickOption(staff, staff.getByLabel('评分主体'), '市效能办');
    await staff.getByRole('button', { name: /确\s*定|OK/ }).click();
    await staff.getByRole('cell', { name: '窗口服务效能' }).waitFor();

    for (const unit of UNITS) await pickOption(staff, staff.locator('#scheme-units'), unit, true);
    await staff.getByRole('button', { name: '保存参评单位' }).click();
    await staff.getByText('参评单位（3）').waitFor();
    await e.screenshot(staff, 'assessments-setup-desktop');

    await staff.getByRole('button', { name: '开始评分（锁定方案）' }).click();
    await staff
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await staff.getByText('方案已开始评分').waitFor();
    const schemeUrl = staff.url().split('?')[0];

    // Staff scores the 工委 indicator.
    await staff.getByRole('tab', { name: '评分' }).click();
    await scoreUnit(staff, UNITS[0], [['作风建设工作', '55']]);
    await scoreUnit(staff, UNITS[1], [['作风建设工作', '58']]);
    await scoreUnit(staff, UNITS[2], [['作风建设工作', '50']]);

    // The evaluator sees only the schemes it is invited to, and scores only its body's indicator.
    const evaluator = await e.newPage(PHONE);
    await e.login(evaluator, evaluatorAccount);
    await evaluator.goto(`${e.baseUrl}/assessments`);
    await evaluator.getByText(SCHEME).waitFor();
    expect(await evaluator.getByText('2010年度优秀学习中心组评选').count()).toBe(0);
    await evaluator.getByText(SCHEME).click();
    await evaluator.getByRole('tab', { name: '评分' }).click();
    await evaluator.getByText('您所在的评分主体：市效能办').waitFor();
    await e.screenshot(evaluator, 'assessments-evaluator-phone');
    await scoreUnit(evaluator, UNITS[0], [['窗口服务效能', '38']]);
    await scoreUnit(evaluator, UNITS[1], [['窗口服务效能', '35']]);
    await scoreUnit(evaluator, UNITS[2], [['窗口服务效能', '39']]);
    expect(await evaluator.getByRole('tab', { name: '结果排名' }).count()).toBe(0);

    // Ranking: 市政府办 58/60→96.67×60% + 35/40→87.5×40% = 93.00; 市委办 91.67×0.6+95×0.4 = 93.00 — tie on total
    // and deductions → shared rank 1; 组织部 83.33×0.6 + 97.5×0.4 = 89.00 → rank 3.
    await staff.goto(`${schemeUrl}?tab=results`);
    await staff.getByText('93.00').first().waitFor();
    const rows = staff.locator('.ant-table-row');
    expect(await rows.count()).toBe(3);
    await e.screenshot(staff, 'assessments-results-desktop');
    await staff.getByRole('link', { name: UNITS[2] }).click();
    await staff.getByText('第3名').waitFor();
    await e.screenshot(staff, 'assessments-explanation-desktop');
    await staff.goBack();

    await staff.getByRole('button', { name: '发布结果' }).click();
    await staff
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await staff.getByText('结果已发布').first().waitFor();
    await staff.getByRole('tab', { name: '评优表彰' }).click();
    await staff.getByLabel('奖项名称').fill('作风建设示范窗口');
    await staff.getByLabel('每类名额').fill('1');
    await staff.getByRole('button', { name: '提名评优' }).click();
    await staff.getByRole('link', { name: '作风建设示范窗口' }).click();
    await staff.getByText('待领导审批').waitFor();

    // The committee leader approves; 公示 starts.
    const leader = await e.newPage();
    await e.login(leader, e.account('committee_leader'));
    await leader.goto(staff.url());
    await leader.getByPlaceholder('审批意见').fill('同意公示');
    await leader.getByRole('button', { name: '同意并公示' }).click();
    await leader.getByText('公示中').waitFor();
    await e.screenshot(leader, 'assessments-award-publicity-desktop');

    // Finalising early is refused; after the 公示 days it goes through.
    await staff.reload();
    await staff.getByRole('button', { name: '确定最终名单' }).click();
    await staff.getByText(/期满后才能确定最终名单/).waitFor();
    // Six days later (sessions have idled out by then, so sign in again).
    const awardUrl = staff.url();
    clock.advance(6 * 86_400_000);
    await e.login(staff, staffAccount);
    await staff.goto(awardUrl);
    await staff.getByRole('button', { name: '确定最终名单' }).click();
    await staff.getByText('已确定').waitFor();
    expect(await staff.locator('.ant-table-row').count()).toBe(2);
    await e.screenshot(staff, 'assessments-award-final-desktop');
    const phone = await e.newPage(PHONE);
    await e.login(phone, staffAccount);
    await phone.goto(awardUrl);
    await phone.getByText('已确定').waitFor();
    await e.screenshot(phone, 'assessments-award-final-phone');
    await phone.goto(`${schemeUrl}?tab=results`);
    await phone.getByText('93.00').first().waitFor();
    await e.screenshot(phone, 'assessments-results-phone');
  }, 180_000);
});
